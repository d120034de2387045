// The scheduled rollup: the only writer of each quiz's summary. Folds settled hours of submissions, exactly once.

import type { QuizFile } from '../contract/quiz.ts';
import { type Env, settings } from './env.ts';
import { quizIdsWithResults } from './quiz-catalog.ts';
import { HOUR_MS, bucketOf, firstBucket, keys, listSubmissions, readSummary, writeSummary } from './store.ts';
import { type Summary, addRecord, emptyTally } from './tally.ts';

/** KV operations one rollup invocation may spend; the platform allows 1,000 per invocation. */
export const ROLLUP_OPERATION_BUDGET = 900;

/**
 * An hour is settled once no submission can still land in it: its attempts have expired,
 * and KV's list delay (the margin) has passed since. Only settled hours are folded.
 */
export function isSettled(bucket: number, now: number, env: Env): boolean {
  const { attemptTtlSeconds, settleMarginSeconds } = settings(env);
  return now >= (bucket + 1) * HOUR_MS + (attemptTtlSeconds + settleMarginSeconds) * 1000;
}

export type QuizRollup = { quizId: string; folded: number; operations: number; caughtUp: boolean };

export async function rollup(env: Env, now: number, budget = ROLLUP_OPERATION_BUDGET): Promise<QuizRollup[]> {
  const reports: QuizRollup[] = [];
  let listed = 0;
  const ids = await quizIdsWithResults(env, () => listed++);
  let left = budget - listed;
  // Each minute starts one quiz further on, so with more quizzes than one budget covers none waits for ever.
  const start = Math.floor(now / 60_000) % Math.max(1, ids.length);
  for (const id of [...ids.slice(start), ...ids.slice(0, start)]) {
    if (left < 3) break;
    const report = await rollupQuiz(env, { id }, now, left);
    left -= report.operations;
    reports.push(report);
  }
  // Finding the published quizzes (a list a minute at most) is part of the run's cost.
  const first = reports[0];
  if (first) first.operations += listed;
  return reports;
}

/**
 * Reads the summary, folds whole list pages of settled hours while the budget lasts, then writes
 * the figures and the new marker in one put. Dying before that put loses nothing and counts nothing:
 * the next run starts again from the stored marker.
 */
export async function rollupQuiz(
  env: Env,
  quiz: Pick<QuizFile, 'id'>,
  now: number,
  budget: number,
): Promise<QuizRollup> {
  const kv = env.SCORES;
  let operations = 1;
  let summary = await readSummary<Summary>(kv, quiz.id);
  if (!summary) {
    operations++;
    const first = await firstBucket(kv, quiz.id);
    if (first === null) {
      // Nothing stored yet, and every future submission carries an attempt issued at most one token
      // lifetime ago. Writing that start once spares a list every minute while a quiz waits for readers.
      operations++;
      const start = bucketOf(now - settings(env).attemptTtlSeconds * 1000);
      await writeSummary(kv, quiz.id, emptySummary(start, now));
      return { quizId: quiz.id, folded: 0, operations, caughtUp: true };
    }
    summary = emptySummary(first, now);
  }

  let folded = 0;
  let moved = false;
  const next = { ...summary.next };
  // Keep one operation for the final write.
  while (operations < budget - 1 && isSettled(next.bucket, now, env)) {
    operations++;
    const page = await listSubmissions(kv, keys.bucket(quiz.id, next.bucket), next.cursor);
    for (const { record } of page.records) addRecord(summary.tally, record);
    folded += page.records.length;
    moved = true;
    if (page.complete) {
      next.bucket++;
      delete next.cursor;
    } else {
      next.cursor = page.cursor;
    }
  }
  if (moved) {
    operations++;
    await writeSummary(kv, quiz.id, { ...summary, next, updatedAt: new Date(now).toISOString() });
  }
  return { quizId: quiz.id, folded, operations, caughtUp: !isSettled(next.bucket, now, env) };
}

function emptySummary(bucket: number, now: number): Summary {
  return { v: 1, next: { bucket }, tally: emptyTally(), updatedAt: new Date(now).toISOString() };
}
