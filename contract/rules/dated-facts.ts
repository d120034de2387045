// Dated facts: the quiz was checked no later than today, each source read before that, and no source older than the current fact it supports.

import { earliestDay, isIsoDateOrPartial, isReviewDue } from '../fact-dates.ts';
import type { Localized, QuizFile } from '../quiz.ts';
import { type QuizProblem, type Where, problem } from './problem.ts';

/** A quiz that states current facts must be looked at again within this many days of its check. */
export const MAX_REVIEW_DAYS = 366;

/**
 * Runs on a structurally valid quiz (dates well formed, `accessed` on every citation). `today` (UTC,
 * YYYY-MM-DD) is needed for the rules about now; without it those are left out.
 */
export function datedFactProblems(quiz: QuizFile, today?: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (code: string, where: Where, message: Localized, severity: 'error' | 'warning' = 'error') =>
    problems.push(problem(code, severity, where, message));
  const { checkedAt, reviewBy } = quiz;
  if (today !== undefined && checkedAt > today)
    add(
      'checked-in-future',
      { field: 'checkedAt' },
      {
        en: `The facts cannot have been checked after today (${today}).`,
        es: `Los datos no pueden haberse verificado después de hoy (${today}).`,
      },
    );
  if (today !== undefined && isReviewDue(quiz, today))
    add(
      'review-due',
      { field: 'reviewBy' },
      {
        en: `Its facts were checked ${checkedAt}, to be reviewed by ${reviewBy}: check its outside facts and sources again, then update "checkedAt", "reviewBy" and each "accessed".`,
        es: `Sus datos se verificaron el ${checkedAt} y debían revisarse antes del ${reviewBy}: vuelve a comprobar los datos externos y las fuentes, y actualiza "checkedAt", "reviewBy" y cada "accessed".`,
      },
      // A date must not break an unchanged build.
      'warning',
    );

  let statesCurrentFacts = false;
  for (const q of quiz.questions) {
    const sources = q.sources ?? [];
    if (q.asOf !== undefined) {
      if (q.asOf > checkedAt)
        add(
          'as-of-after-check',
          { question: q.id, field: 'asOf' },
          {
            en: `The current claim cannot hold from after the quiz's checkedAt (${checkedAt}).`,
            es: `El dato vigente no puede valer desde después de checkedAt (${checkedAt}).`,
          },
        );
      if (!sources.some((s) => s.current === true))
        add(
          'as-of-unsupported',
          { question: q.id, field: 'asOf' },
          {
            en: 'Declares a current claim, but no source is marked "current": true to support it.',
            es: 'Declara un dato vigente, pero ninguna fuente está marcada "current": true para respaldarlo.',
          },
        );
    }
    sources.forEach((s, i) => {
      const at = (field: string): Where => ({ question: q.id, field: `sources[${i}].${field}` });
      if (s.accessed > checkedAt)
        add('accessed-after-check', at('accessed'), {
          en: `Source ${i + 1} was read after the quiz's checkedAt (${checkedAt}).`,
          es: `La fuente ${i + 1} se consultó después de checkedAt (${checkedAt}).`,
        });
      if (s.date !== undefined && isIsoDateOrPartial(s.date) && earliestDay(s.date) > s.accessed)
        add('published-after-read', at('date'), {
          en: `Source ${i + 1} is dated after the day it was read (${s.accessed}).`,
          es: `La fuente ${i + 1} tiene fecha posterior al día en que se consultó (${s.accessed}).`,
        });
      if (s.current !== true || q.asOf === undefined) return;
      statesCurrentFacts = true;
      // A living page with no date of its own counts from the day it was read.
      const seen = s.date ?? s.accessed;
      if (earliestDay(seen) < q.asOf)
        add('source-older-than-fact', at('date'), {
          en: `${seen} is older than the fact it supports (asOf ${q.asOf}): a current claim needs a source from on or after that day.`,
          es: `${seen} es anterior al dato que respalda (asOf ${q.asOf}): un dato vigente necesita una fuente de ese día o posterior.`,
        });
    });
  }

  if (statesCurrentFacts) {
    if (reviewBy === undefined)
      add(
        'review-by-missing',
        { field: 'reviewBy' },
        {
          en: 'A review date is needed: the quiz states current facts, which go stale.',
          es: 'Hace falta una fecha de revisión: el cuestionario afirma datos vigentes, que caducan.',
        },
      );
    else if (daysBetween(checkedAt, reviewBy) > MAX_REVIEW_DAYS)
      add(
        'review-by-too-late',
        { field: 'reviewBy' },
        {
          en: `The review date is more than ${MAX_REVIEW_DAYS} days after checkedAt, too late for current facts.`,
          es: `La fecha de revisión cae más de ${MAX_REVIEW_DAYS} días después de checkedAt: demasiado tarde para datos vigentes.`,
        },
      );
  }
  return problems;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
