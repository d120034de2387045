// Every quiz the Worker serves, bundled (questions/) or published from the editor, found the same way.

import type { Lang, QuizSummary } from '../../contract/quiz.ts';
import { isReviewDue } from '../../contract/fact-dates.ts';
import { isoDay } from '../../contract/utc-day.ts';
import { isQuizId } from '../../contract/quiz.ts';
import type { Env } from '../env.ts';
import { publishedListings, publishedQuiz } from './published.ts';
import { type ServedQuiz, bundledQuiz, currentVersion, quizzes as bundled } from './bundled.ts';
import type { PublishedListing } from '../store.ts';

/**
 * A bundled file wins over a published quiz of the same id: that is how a quiz exported from the
 * editor and committed to questions/ takes over, keeping its id and so its results.
 * `hidden` admits unpublished quizzes: their results stay readable, and takes already under way finish.
 */
export async function findQuiz(env: Env, id: string, { hidden = false } = {}): Promise<ServedQuiz | undefined> {
  const found = bundledQuiz(id);
  if (found) return found;
  // An id that could not be a quiz never costs a KV read.
  if (!isQuizId(id)) return undefined;
  return publishedQuiz(env.SCORES, id, hidden);
}

export function isBundled(id: string): boolean {
  return bundledQuiz(id) !== undefined;
}

/** What the quiz list needs of a quiz: a published one's listing in KV carries it, a bundled one is asked. */
type Listed = Pick<
  PublishedListing,
  'id' | 'title' | 'languages' | 'questionCount' | 'version' | 'checkedAt' | 'reviewBy'
>;

function listed(quiz: ServedQuiz): Listed {
  const { id, title, languages, checkedAt, reviewBy } = quiz;
  return {
    id,
    title,
    languages,
    questionCount: quiz.questions.length,
    version: currentVersion(quiz).version,
    checkedAt,
    reviewBy,
  };
}

/** The one summary of a quiz in the list, in one language, bundled or published alike. */
function quizSummary(quiz: Listed, lang: Lang, now: number): QuizSummary {
  return {
    id: quiz.id,
    title: quiz.title[lang],
    languages: quiz.languages,
    questionCount: quiz.questionCount,
    version: quiz.version,
    checkedAt: quiz.checkedAt,
    reviewDue: isReviewDue(quiz, isoDay(now)),
  };
}

/** The quiz list: bundled quizzes first, then published ones, hidden ones left out. */
export async function quizSummaries(env: Env, lang: Lang, now: number): Promise<QuizSummary[]> {
  const published = (await publishedListings(env.SCORES)).filter((l) => !l.hidden && !isBundled(l.id));
  return [...bundled.map(listed), ...published].map((quiz) => quizSummary(quiz, lang, now));
}
