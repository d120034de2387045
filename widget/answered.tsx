// Lazy chunk: how an answered question looks (verdict per choice, feedback, announcement) and the way on from it.

import type { Lang } from '../contract/quiz.ts';
import { ChoiceNote } from './choice-note.tsx';
import { FeedbackPanel } from './feedback-panel.tsx';
import type { QuizFlow } from './quiz-flow.ts';
import { laterStrings } from './strings.ts';

/**
 * What the question screen (embed.js) draws once the answer is checked, or null before that. The
 * reader's right choices and the correct ones are marked and explained; the rest are dimmed.
 */
export function answered(flow: QuizFlow, lang: Lang) {
  const { feedback: result, index, quiz } = flow.state;
  if (!result) return null;
  const t = laterStrings[lang];
  const right = (id: string) => result.correctChoiceIds.includes(id);
  const last = index + 1 >= (quiz?.questions.length ?? 0);
  return {
    mark: (id: string, picked: boolean) => `choice ${right(id) ? 'ok' : picked ? 'bad' : 'dim'}`,
    note: (id: string, picked: boolean) =>
      (right(id) || picked) && <ChoiceNote result={result} choiceId={id} picked={picked} lang={lang} />,
    panel: <FeedbackPanel result={result} lang={lang} />,
    announce: result.correct ? t.announceCorrect : t.announceWrong,
    action: flow.state.busy ? t.saving : last ? t.finish : t.next,
    /** On to the next question, or save the score after the last one. */
    next: () =>
      last ? flow.submit() : flow.set({ index: index + 1, chosen: [], feedback: null, failure: null }, true),
  };
}
