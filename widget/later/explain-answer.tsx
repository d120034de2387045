// How an answered question looks (verdict per choice, feedback, announcement) and the way on from it.

import type { State } from '../core/reduce.ts';
import type { Ctx } from '../core/effects.ts';
import { laterStrings } from '../shared/strings.ts';
import { next } from './check-answer.ts';
import { ChoiceNote } from './choice-note.tsx';
import { failureText } from './failure-text.ts';
import { FeedbackPanel } from './feedback-panel.tsx';
import { OtherChoices } from './other-choices.tsx';
import { submit } from './finish-take.ts';
import { choices } from './take-order.ts';

/**
 * What the question screen (the app chunk) draws once the answer is checked, or null before that. The
 * reader's right choices and the correct ones are marked and explained; the rest are dimmed.
 */
export function explainAnswer(state: State, ctx: Ctx) {
  const { feedback: result, index, quiz, busy, failure, chosen } = state;
  if (!result) return null;
  const { lang } = ctx.config;
  const t = laterStrings[lang];
  const right = (id: string) => result.correctChoiceIds.includes(id);
  const last = index + 1 >= (quiz?.questionCount ?? 0);
  const question = quiz?.questions[index];
  return {
    mark: (id: string, picked: boolean) => `choice ${right(id) ? 'ok' : picked ? 'bad' : 'dim'}`,
    note: (id: string, picked: boolean) =>
      (right(id) || picked) && <ChoiceNote result={result} choiceId={id} picked={picked} lang={lang} />,
    panel: (
      <FeedbackPanel result={result} lang={lang}>
        {question && <OtherChoices result={result} choices={choices(question, ctx)} chosen={chosen} lang={lang} />}
      </FeedbackPanel>
    ),
    announce: result.correct ? t.announceCorrect : t.announceWrong,
    action: busy ? (last ? t.saving : t.loadingNext) : last ? t.finish : t.next,
    /** Why going on failed, if it did: the next question could not be fetched, or the score not saved. */
    failed: failure ? failureText(lang, failure, last ? 'save' : 'next') : undefined,
    /** On to the next question (waiting for it if the rest of the quiz is still on its way), or save the score. */
    next: () => (last ? submit(ctx) : next(ctx)),
  };
}
