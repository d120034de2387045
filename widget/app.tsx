// The widget's root: theme, language and accent on one element, and the screen for the current step.

import type { WidgetConfig } from './config.ts';
import { ErrorNote } from './error-note.tsx';
import { QuestionScreen } from './question-screen.tsx';
import type { QuizFlow } from './quiz-flow.ts';
import { Skeleton } from './skeleton.tsx';
import { StartScreen } from './start-screen.tsx';
import { coreStrings } from './strings.ts';

/** `style` holds the custom accent's properties (accent.ts), worked out once per widget. */
type Props = { flow: QuizFlow; config: WidgetConfig; style?: Record<string, string>; crashed: boolean };

export function App({ flow, config, style, crashed }: Props) {
  const { lang, theme } = config;
  const { quiz, loadFailure, step, later } = flow.state;
  const t = coreStrings[lang];
  return (
    <div class={`lt ${theme}`} lang={lang} dir="ltr" style={style}>
      {crashed ? (
        <ErrorNote message={t.broken} action={t.startAgain} onAction={flow.restart} />
      ) : loadFailure ? (
        <ErrorNote
          message={loadFailure === 'missing' ? t.missing : t.loadFailed}
          action={t.retry}
          onAction={flow.load}
        />
      ) : !quiz ? (
        <Skeleton t={t} />
      ) : step === 'start' ? (
        <StartScreen quiz={quiz} t={t} onStart={flow.begin} />
      ) : step === 'end' && later ? (
        <later.EndScreen flow={flow} config={config} />
      ) : (
        <QuestionScreen flow={flow} config={config} t={t} />
      )}
    </div>
  );
}
