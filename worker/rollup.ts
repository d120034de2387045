// The scheduled rollup: the only writer of each quiz's summary. Folds settled hours of submissions, exactly once.

import type { QuizFile } from '../contract/quiz.ts';
import { type Env, settings } from './env.ts';
import { type GroupBatch, groupWriteCost, writeGroupTallies } from './group-fold.ts';
import { firstVersion, quizzes } from './quiz-bank.ts';
import { HOUR_MS, bucketOf, firstBucket, keys, listSubmissions, readSummary, writeSummary } from './store.ts';
import { type FoldMarker, type StoredSummary, type Summary, addRecord, upgradeSummary } from './tally.ts';

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
  let left = budget;
  for (const quiz of quizzes) {
    if (left < 3) break;
    const report = await rollupQuiz(env, quiz, now, left);
    left -= report.operations;
    reports.push(report);
  }
  return reports;
}

/**
 * Reads the summary, folds list pages of settled hours while the budget lasts, then writes the tallies
 * of the groups that had takes (only those: a quiz's idle groups cost nothing) and last the figures and
 * the new marker in one put. Dying before that put counts nothing: the next run starts again from the
 * stored marker, and group tallies already written skip the keys they hold (group-fold.ts).
 */
export async function rollupQuiz(env: Env, quiz: QuizFile, now: number, budget: number): Promise<QuizRollup> {
  const kv = env.SCORES;
  let operations = 1;
  const legacyVersion = firstVersion(quiz);
  const stored = await readSummary<StoredSummary>(kv, quiz.id);
  let summary = stored && upgradeSummary(stored, legacyVersion);
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
  /** The last submission key this run folds: group tallies are stamped with it. */
  let last = '';
  const next: FoldMarker = { ...summary.next };
  const groups: GroupBatch = new Map();
  // Every write waits for the end of the run, so the budget keeps room for them: the group tallies, then the summary.
  const reserved = (groupCount: number) => groupWriteCost(groupCount) + 1;
  while (operations + 1 + reserved(groups.size) <= budget && isSettled(next.bucket, now, env)) {
    operations++;
    const page = await listSubmissions(kv, keys.bucket(quiz.id, next.bucket), next.cursor);
    let lastInPage: string | undefined;
    let full = false;
    for (const { key, record } of page.records) {
      // A page the previous run stopped inside: its first keys are folded already.
      if (next.after !== undefined && key <= next.after) continue;
      if (record.g && !groups.has(record.g) && operations + reserved(groups.size + 1) > budget) {
        full = true;
        break;
      }
      addRecord(summary.tallies, record, legacyVersion);
      if (record.g) {
        const takes = groups.get(record.g);
        if (takes) takes.push({ key, record });
        else groups.set(record.g, [{ key, record }]);
      }
      last = lastInPage = key;
      folded++;
    }
    if (full) {
      // Too many groups in this page for what is left of the budget: stop inside it, and let the next
      // run list the same page again and skip what this one folded.
      if (lastInPage !== undefined) {
        next.after = lastInPage;
        moved = true;
      }
      break;
    }
    moved = true;
    delete next.after;
    if (page.complete) {
      next.bucket++;
      delete next.cursor;
    } else {
      next.cursor = page.cursor;
    }
  }
  if (moved) {
    operations += await writeGroupTallies(kv, quiz.id, groups, last, legacyVersion);
    operations++;
    await writeSummary(kv, quiz.id, { ...summary, next, updatedAt: new Date(now).toISOString() });
  }
  return { quizId: quiz.id, folded, operations, caughtUp: !isSettled(next.bucket, now, env) };
}

function emptySummary(bucket: number, now: number): Summary {
  return { v: 2, next: { bucket }, tallies: {}, updatedAt: new Date(now).toISOString() };
}
