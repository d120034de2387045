// Brakes on takes that would skew the aggregate or use up the KV quota: too fast to have been read, and the daily budget.

import type { Results } from '../../contract/api.ts';
import type { Attempt } from './attempt-token.ts';
import { type Env, dailySubmissionLimit, settings } from '../env.ts';
import { fail } from '../http/errors.ts';
import { isoDay, nextUtcMidnight } from '../../contract/utc-day.ts';
import { everyQuiz } from '../quizzes/catalog.ts';
import type { ServedQuiz } from '../quizzes/bundled.ts';

/**
 * Refuses (422 `too_fast`, nothing stored) a take that arrives sooner after its attempt was issued
 * than a person could read the questions: MIN_SECONDS_PER_QUESTION (1 s) for each. A reader who reads
 * spends far longer on every question, so only scripts meet it.
 */
export function requirePlausibleTime(
  env: Env,
  quiz: { questions: readonly unknown[] },
  attempt: Attempt,
  now: number,
): void {
  const floorMs = settings(env).minSecondsPerQuestion * quiz.questions.length * 1000;
  if (now - attempt.issuedAt < floorMs) {
    fail(
      422,
      'too_fast',
      'This take was sent faster than the questions can be read, so it was not added to the results.',
    );
  }
}

/**
 * Refuses (429 `daily_limit`, nothing stored) once today's takes, all quizzes together (bundled and
 * published, hidden ones too: their takes under way still write), reach
 * DAILY_SUBMISSION_LIMIT. Counting costs no KV write: today's takes are the `daily` figure of each
 * quiz's results, the folded summary plus the unfolded hours, through the same cache the end screen
 * uses. The count can trail by the cache period plus KV's list delay (about 90 s), so the limit can
 * be passed by what arrives in that window; set it below the quota by that much. While results are
 * stale (the rollup far behind), today's takes can't be counted, and takes are refused.
 */
export async function requireDailyBudget(
  env: Env,
  now: number,
  resultsOf: (quiz: ServedQuiz) => Promise<Results>,
): Promise<void> {
  const limit = dailySubmissionLimit(env);
  if (limit === null) return;
  let all: Results[];
  try {
    all = await Promise.all((await everyQuiz(env)).map(resultsOf));
  } catch (err) {
    console.error('[lateral] daily count unavailable:', err);
    fail(503, 'storage_unavailable', 'Scores could not be saved just now. Please try again in a moment.', {
      'Retry-After': '2',
    });
  }
  const today = isoDay(now);
  const taken = all.reduce((n, r) => n + (r.daily.find((d) => d.date === today)?.takes ?? 0), 0);
  const midnight = nextUtcMidnight(now);
  const retryAfter = { 'Retry-After': String(Math.ceil((midnight - now) / 1000)) };
  if (all.some((r) => r.stale)) {
    fail(429, 'daily_limit', "Today's takes can't be counted just now, so this take was not recorded.", {
      'Retry-After': '600',
    });
  }
  if (taken >= limit) {
    fail(
      429,
      'daily_limit',
      'This site has reached its limit of takes for today, so this take was not recorded.',
      retryAfter,
    );
  }
}
