// The brake on takes that would skew the aggregate: too fast to have been read (the daily write budget is worker/http/write-budget.ts).

import type { Attempt } from './attempt-token.ts';
import { type Env, settings } from '../env.ts';
import { fail } from '../http/errors.ts';

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
