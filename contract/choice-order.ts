// The order a take shows a question's choices in: shuffled per take, the same on every reload and retry of it.

/**
 * A take's order key, as the API accepts it (`?order=`): the widget's is its seed and the take's number
 * (widget/later/take-order.ts), known before any attempt token exists, since question 1 is shown at Start.
 */
export const ORDER_KEY = /^[0-9a-f]{8,32}$/;

/** FNV-1a with a final mix (murmur3's): a well-spread 32-bit number from text, the same in the Worker and the widget. */
function rank(text: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 0x01000193);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * `choices` in the order of the take keyed `key`, for question `questionId`: each choice ranked by a hash
 * of the key, the question and its own id. The order depends on those only, never on the order the
 * author wrote the choices in or the order they arrived in.
 */
export function choiceOrder<T extends { id: string }>(choices: readonly T[], key: string, questionId: string): T[] {
  const ranked = choices.map((c) => ({ c, r: rank(`${key}|${questionId}|${c.id}`) }));
  return ranked.sort((a, b) => a.r - b.r).map(({ c }) => c);
}

/** The choices a reader sees: as written when the question keeps its order, else in the take's order. */
export function shownChoices<T extends { id: string }>(
  question: { id: string; choices: readonly T[]; fixedOrder?: unknown },
  key: string,
): readonly T[] {
  return question.fixedOrder ? question.choices : choiceOrder(question.choices, key, question.id);
}
