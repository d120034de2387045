// Dated facts: the ISO dates a quiz file carries, and whether its facts are due for another check.

import type { QuizFile } from './quiz.ts';

const FULL = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar day written YYYY-MM-DD (no 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && FULL.test(value) && isRealDay(value);
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a source's publication date known only to the month or the year. */
export function isIsoDateOrPartial(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PARTIAL.exec(value);
  if (!m) return false;
  if (m[3]) return isRealDay(value);
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12);
}

/**
 * The first day a (possibly partial) date can mean: `2025-05` → `2025-05-01`. Comparing with it is
 * the strict reading of "no older than": a source known only as "May 2025" is not taken to be from
 * the end of May.
 */
export function earliestDay(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

function isRealDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** True once the quiz's `reviewBy` day has passed. A warning only: it never fails a build or a request. */
export function isReviewDue(quiz: Pick<QuizFile, 'reviewBy'>, today: string): boolean {
  return quiz.reviewBy !== undefined && today > quiz.reviewBy;
}
