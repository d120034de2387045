// The widget's root: theme, language and accent on one element, and the screen for the current step.

import type { LaterChunk } from '../later/later-chunk.ts';
import { coreStrings } from '../shared/strings.ts';
import { AskQuestion } from './ask-question.tsx';
import { type Ctx, begin, load, restart } from './effects.ts';
import { ErrorNote } from './error-note.tsx';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import type { State } from './reduce.ts';
import { StartScreen } from './start-screen.tsx';

/** `style` holds the custom accent's properties (accent.ts), worked out once per widget. */
type Props = { state: State; ctx: Ctx; later: LaterChunk | null; style?: Record<string, string>; crashed: boolean };

export function App({ state, ctx, later, style, crashed }: Props) {
  const { lang, theme } = ctx.config;
  const { quiz, loadFailure, step } = state;
  const t = coreStrings[lang];
  return (
    <div class={`lt ${theme}`} lang={lang} dir="ltr" style={style}>
      {crashed ? (
        <ErrorNote message={t.broken} action={t.startAgain} onAction={() => restart(ctx)} />
      ) : loadFailure ? (
        <ErrorNote
          message={loadFailure === 'missing' ? t.missing : t.loadFailed}
          action={t.retry}
          onAction={() => load(ctx)}
        />
      ) : !quiz ? (
        state.slow && <LoadingSkeleton t={t} />
      ) : step === 'start' ? (
        [
          <StartScreen quiz={quiz} t={t} onStart={() => begin(ctx)} />,
          // A class group's line, or "Have a class code?" (issue 15): from the lazy chunk, under Start.
          later && <later.GroupStart state={state} ctx={ctx} />,
        ]
      ) : step === 'end' && later ? (
        <later.FinishScreen state={state} ctx={ctx} />
      ) : (
        <AskQuestion state={state} ctx={ctx} later={later} t={t} />
      )}
      {later && <later.Challenge ctx={ctx} />}
    </div>
  );
}
