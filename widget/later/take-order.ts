// Which order a take shows its choices in (issue 20 §3), kept in the lazy chunk so the first download pays nothing for it.

import { shownChoices } from '../../contract/choice-order.ts';
import type { Question } from '../../contract/quiz.ts';
import type { Ctx } from '../core/effects.ts';

/**
 * Per widget: a seed drawn when the chunk first meets it, and the take that was already on screen then
 * (0 if none). The chunk is fetched with question 1, so it nearly always meets a widget on its start
 * screen; one that arrives after Start leaves that take in the order the API served (the version's own
 * shuffle), so no choice moves under the reader's eyes, and shuffles every take after it.
 */
const met = new WeakMap<Ctx, { seed: string; late: number }>();

export function meet(ctx: Ctx): { seed: string; late: number } {
  let known = met.get(ctx);
  if (!known) {
    const { step, take } = ctx.state();
    known = { seed: Math.random().toString(16).slice(2, 10).padEnd(8, '0'), late: step === 'question' ? take : 0 };
    met.set(ctx, known);
  }
  return known;
}

/**
 * The take's order key: the widget's seed and the take's number, so a retry, a refetch or a redraw of
 * the take keeps its order and the next take (Retake, Start again) gets another.
 */
export function orderKey(ctx: Ctx): string {
  return `${meet(ctx).seed}${ctx.state().take.toString(16).padStart(8, '0')}`;
}

/** The choices of `question` in the order this take shows them. */
export function choices(question: Question, ctx: Ctx): readonly Question['choices'][number][] {
  return ctx.state().take === meet(ctx).late ? question.choices : shownChoices(question, orderKey(ctx));
}
