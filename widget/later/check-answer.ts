// Checking an answer and stepping on to the next question: effects that talk to the API and dispatch what happened.

import type { CheckResult } from '../../contract/api.ts';
import type { Ctx } from '../core/effects.ts';

/** Sends the chosen answer for feedback; the answer is kept (by the `checked` event) only once the server checked it. */
export async function check(ctx: Ctx): Promise<void> {
  const { quiz, index, chosen, take } = ctx.state();
  const { quizId } = ctx.config;
  const question = quiz?.questions[index];
  if (!question || !chosen.length) return ctx.dispatch({ type: 'failed', take, failure: 'rejected' });
  // Explanations come in the language the quiz's text is in, which may not be the interface's.
  const r = await ctx.api<CheckResult>(`/check?lang=${quiz.lang}`, { questionId: question.id, choiceIds: chosen });
  if (ctx.state().take !== take) return;
  if (!r.ok) return ctx.dispatch({ type: 'failed', take, failure: r.failure });
  ctx.dispatch({ type: 'checked', take, result: r.data });
  ctx.emit('lateral:answer', { quizId, questionId: question.id, correct: r.data.correct });
}

/**
 * On to the next question. The first screens came with question 1 only; if the rest of the quiz,
 * fetched since Start, is not here yet, the Next button waits busy (and keeps focus), and a failure
 * leaves the reader on the answered question with a Retry: the answers given so far stay.
 */
export async function next(ctx: Ctx): Promise<void> {
  const { quiz, index, take } = ctx.state();
  if (!quiz?.questions[index + 1]) {
    ctx.dispatch({ type: 'busy', take });
    const r = await ctx.whole();
    if (!r.ok) return ctx.dispatch({ type: 'failed', take, failure: r.failure });
  }
  ctx.dispatch({ type: 'next', take });
}
