// Dated facts: the ISO dates a quiz file carries, and whether its facts are due for another check.

import type { QuizFile } from './quiz.ts';

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today as an ISO date, in UTC like every other date Lateral keeps. */
export function isoDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** True once the quiz's `reviewBy` day has passed. A warning only: it never fails a build or a request. */
export function isReviewDue(quiz: Pick<QuizFile, 'reviewBy'>, today: string): boolean {
  return quiz.reviewBy !== undefined && today > quiz.reviewBy;
}
