// Editorial rules on dated facts: when the quiz was checked, when each source was read, and that no source is older than the "current" fact it supports.

import { earliestDay, isIsoDateOrPartial, isIsoDay } from '../contract/iso-dates.ts';
import type { QuizFile } from '../contract/quiz.ts';
import type { QuizProblem } from '../contract/validate-quiz.ts';

/** A quiz that states current facts must be looked at again within this many days of its check. */
export const MAX_REVIEW_DAYS = 366;

// `checkedAt`, `reviewBy` and `accessed` join the contract with issue 10 (notes/shared-contract.md);
// read here from the file as written so the rule holds before and after that change.
type Dated = { checkedAt?: unknown; reviewBy?: unknown };
type Accessed = { accessed?: unknown };

export function checkDatedFacts(file: string, quiz: QuizFile, today: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (field: string, message: string, question?: string) =>
    problems.push({ file, field, message, ...(question ? { question } : {}) });
  const { checkedAt, reviewBy } = quiz as QuizFile & Dated;

  if (!isIsoDay(checkedAt)) {
    add('checkedAt', 'must say, as YYYY-MM-DD, the day the facts were checked');
    return problems;
  }
  if (checkedAt > today) add('checkedAt', `is after today (${today})`);
  if (reviewBy !== undefined && (!isIsoDay(reviewBy) || reviewBy <= checkedAt))
    add('reviewBy', `must be a YYYY-MM-DD date after checkedAt (${checkedAt})`);

  let statesCurrentFacts = false;
  for (const q of quiz.questions) {
    const sources = q.sources ?? [];
    const current = sources.filter((s) => s.current === true);
    if (q.asOf !== undefined) {
      if (q.asOf > checkedAt) add('asOf', `is after the quiz's checkedAt (${checkedAt})`, q.id);
      if (current.length === 0)
        add('asOf', 'declares a current claim, but no source is marked "current": true to support it', q.id);
    }
    sources.forEach((s, i) => {
      const { accessed } = s as typeof s & Accessed;
      const field = `sources[${i}]`;
      if (!isIsoDay(accessed))
        return add(`${field}.accessed`, 'must say, as YYYY-MM-DD, when the source was read', q.id);
      if (accessed > checkedAt) add(`${field}.accessed`, `is after the quiz's checkedAt (${checkedAt})`, q.id);
      if (s.date !== undefined && isIsoDateOrPartial(s.date) && earliestDay(s.date) > accessed)
        add(`${field}.date`, `is after the day it was read (${accessed})`, q.id);
      if (s.current !== true || q.asOf === undefined) return;
      statesCurrentFacts = true;
      // A living page with no date of its own counts from the day it was read.
      const seen = s.date ?? accessed;
      if (earliestDay(seen) < q.asOf)
        add(
          `${field}.date`,
          `${seen} is older than the fact it supports (asOf ${q.asOf}): a current claim needs a source from on or after that day`,
          q.id,
        );
    });
  }

  if (statesCurrentFacts) {
    if (reviewBy === undefined) add('reviewBy', 'is needed: the quiz states current facts, which go stale');
    else if (isIsoDay(reviewBy) && daysBetween(checkedAt, reviewBy) > MAX_REVIEW_DAYS)
      add('reviewBy', `is more than ${MAX_REVIEW_DAYS} days after checkedAt, too late for current facts`);
  }
  return problems;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
