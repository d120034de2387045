// Every quiz the Worker serves, bundled (questions/) or published from the editor, found the same way.

import type { Lang, QuizFile, QuizSummary } from '../../contract/quiz.ts';
import { isReviewDue, isoDay } from '../../contract/fact-dates.ts';
import { isQuizId } from '../../contract/quiz.ts';
import type { Env } from '../env.ts';
import { publishedListings, publishedQuiz } from './published.ts';
import { findQuiz as bundledQuiz, quizSummary, quizzes as bundled } from './bundled.ts';
import type { PublishedListing } from '../store.ts';

/**
 * A bundled file wins over a published quiz of the same id: that is how a quiz exported from the
 * editor and committed to questions/ takes over, keeping its id and so its results.
 * `hidden` admits unpublished quizzes: their results stay readable, and takes already under way finish.
 */
export async function findQuiz(env: Env, id: string, { hidden = false } = {}): Promise<QuizFile | undefined> {
  const found = bundledQuiz(id);
  if (found) return found;
  // An id that could not be a quiz never costs a KV read.
  if (!isQuizId(id)) return undefined;
  return publishedQuiz(env.SCORES, id, hidden);
}

export function isBundled(id: string): boolean {
  return bundledQuiz(id) !== undefined;
}

function listingSummary(listing: PublishedListing, lang: Lang, now: number): QuizSummary {
  return {
    id: listing.id,
    title: listing.title[lang],
    languages: listing.languages,
    questionCount: listing.questionCount,
    version: listing.version,
    checkedAt: listing.checkedAt,
    reviewDue: isReviewDue(listing, isoDay(now)),
  };
}

/** The quiz list: bundled quizzes first, then published ones, hidden ones left out. */
export async function quizSummaries(env: Env, lang: Lang, now: number): Promise<QuizSummary[]> {
  const published = (await publishedListings(env.SCORES)).filter((l) => !l.hidden && !isBundled(l.id));
  return [...bundled.map((q) => quizSummary(q, lang, now)), ...published.map((l) => listingSummary(l, lang, now))];
}
