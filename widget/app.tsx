// The widget's root: theme, language and accent on one element, and the screen for the current step.

import { accentVars } from './accent.ts';
import { ErrorNote } from './error-note.tsx';
import { QuestionScreen } from './question-screen.tsx';
import type { QuizFlow } from './quiz-flow.ts';
import type { WidgetConfig } from './config.ts';
import { Skeleton } from './skeleton.tsx';
import { StartScreen } from './start-screen.tsx';
import { coreStrings } from './strings.ts';

type Props = { flow: QuizFlow; config: WidgetConfig; crashed: boolean };

export function App({ flow, config, crashed }: Props) {
  const { lang, theme, accent } = config;
  const t = coreStrings[lang];
  return (
    <div class={`lt ${theme}`} lang={lang} dir="ltr" style={accentVars(accent)}>
      {crashed ? (
        <ErrorNote message={t.broken} action={t.startAgain} onAction={flow.restart} />
      ) : (
        <Screen flow={flow} config={config} />
      )}
    </div>
  );
}

function Screen({ flow, config }: { flow: QuizFlow; config: WidgetConfig }) {
  const { quiz, loadFailure, step, result, crowd, shared, later } = flow.state;
  const t = coreStrings[config.lang];
  if (loadFailure) {
    return (
      <ErrorNote message={loadFailure === 'missing' ? t.missing : t.loadFailed} action={t.retry} onAction={flow.load} />
    );
  }
  if (!quiz) return <Skeleton t={t} />;
  if (step === 'start') return <StartScreen quiz={quiz} t={t} onStart={flow.begin} />;
  if (step === 'end' && result && later) {
    return (
      <later.EndScreen
        quiz={quiz}
        result={result}
        crowd={crowd}
        shared={shared}
        shareUrl={config.frame ? location.href.replace(/#.*/, '') : location.href}
        onShared={(s) => flow.set({ shared: s })}
        onRetake={flow.begin}
      />
    );
  }
  return <QuestionScreen flow={flow} config={config} t={t} />;
}
