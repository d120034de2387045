// Editorial rules on dated facts: when the quiz was checked, when each source was read, and that no source is older than the "current" fact it supports.

import { earliestDay, isIsoDateOrPartial } from '../contract/fact-dates.ts';
import type { QuizFile } from '../contract/quiz.ts';
import type { QuizProblem } from '../contract/validate-quiz.ts';

/** A quiz that states current facts must be looked at again within this many days of its check. */
export const MAX_REVIEW_DAYS = 366;

/**
 * Runs on a quiz that passed `validateQuizFile`, which already holds the dates' format (`checkedAt`,
 * `reviewBy` not before it, `accessed` on every citation); these are the editorial rules on top.
 */
export function checkDatedFacts(file: string, quiz: QuizFile, today: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (field: string, message: string, question?: string) =>
    problems.push({ file, field, message, ...(question ? { question } : {}) });
  const { checkedAt, reviewBy } = quiz;
  if (checkedAt > today) add('checkedAt', `is after today (${today})`);

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
      const { accessed } = s;
      const field = `sources[${i}]`;
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
    else if (daysBetween(checkedAt, reviewBy) > MAX_REVIEW_DAYS)
      add('reviewBy', `is more than ${MAX_REVIEW_DAYS} days after checkedAt, too late for current facts`);
  }
  return problems;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
