// The scheduled rollup: the only writer of each quiz's summary. Folds settled hours of submissions, exactly once.

import { type Env, MAX_ATTEMPT_TTL_SECONDS, settings } from '../env.ts';
import { adoptLegacyGroups, dropOldGroups, foldGroupTake } from './group-fold.ts';
import { publishedListings } from '../quizzes/published.ts';
import { firstVersion, quizzes } from '../quizzes/bundled.ts';
import { isBundled } from '../quizzes/catalog.ts';
import { HOUR_MS, bucketOf, firstBucket, keys, listSubmissions, readSummary, writeSummary } from '../store.ts';
import { type FoldMarker, type StoredSummary, type Summary, addRecord, upgradeSummary } from './tally.ts';
import type { ServedQuiz } from '../quizzes/bundled.ts';

/** KV operations one rollup invocation may spend; the platform allows 1,000 per invocation. */
export const ROLLUP_OPERATION_BUDGET = 900;

/**
 * When an hour is settled: no submission can still land in it. Its attempts have expired under the
 * longest lifetime any token may claim (not today's TTL setting, which a redeploy can lower while
 * older tokens are out), and the margin has passed since: KV's list delay plus clocks that disagree.
 */
export function settledAt(bucket: number, env: Env): number {
  return (bucket + 1) * HOUR_MS + (MAX_ATTEMPT_TTL_SECONDS + settings(env).settleMarginSeconds) * 1000;
}

/** Only settled hours are folded. */
export function isSettled(bucket: number, now: number, env: Env): boolean {
  return now >= settledAt(bucket, env);
}

export type QuizRollup = { quizId: string; folded: number; operations: number; caughtUp: boolean };

/** What the rollup needs of a quiz: its id, and the version records from before versions existed belong to. */
export type RollupTarget = { id: string; legacyVersion: string };

/**
 * Bundled quizzes and those published from the editor (hidden ones too: their results stay). Published
 * quizzes come from one KV list (at most once a minute per isolate), never a read each; they were
 * published after versions existed, so every record of theirs names its version.
 */
export async function rollupTargets(env: Env, onList?: () => void): Promise<RollupTarget[]> {
  const published = (await publishedListings(env.SCORES, onList)).filter((l) => !isBundled(l.id));
  return [
    ...quizzes.map((q) => ({ id: q.id, legacyVersion: firstVersion(q) })),
    ...published.map((l) => ({ id: l.id, legacyVersion: l.version })),
  ];
}

export async function rollup(env: Env, now: number, budget = ROLLUP_OPERATION_BUDGET): Promise<QuizRollup[]> {
  const reports: QuizRollup[] = [];
  let listed = 0;
  const all = await rollupTargets(env, () => listed++);
  let left = budget - listed;
  // Each minute starts one quiz further on, so with more quizzes than one budget covers none waits for ever.
  const start = Math.floor(now / 60_000) % Math.max(1, all.length);
  for (const target of [...all.slice(start), ...all.slice(0, start)]) {
    if (left < 3) break;
    const report = await rollupTarget(env, target, now, left);
    left -= report.operations;
    reports.push(report);
  }
  // Finding the published quizzes (a list a minute at most) is part of the run's cost.
  const first = reports[0];
  if (first) first.operations += listed;
  return reports;
}

export function rollupQuiz(env: Env, quiz: ServedQuiz, now: number, budget: number): Promise<QuizRollup> {
  return rollupTarget(env, { id: quiz.id, legacyVersion: firstVersion(quiz) }, now, budget);
}

/**
 * Reads the summary, folds list pages of settled hours while the budget lasts (the class groups' tallies
 * with the quiz's, inside the same value), and writes the figures and the new marker in one put. Dying
 * before that put counts nothing: the next run starts again from the stored marker. Two runs at once, or
 * one that read an older summary, each write a whole consistent summary: the worst is a fold done twice.
 */
async function rollupTarget(env: Env, quiz: RollupTarget, now: number, budget: number): Promise<QuizRollup> {
  const kv = env.SCORES;
  let operations = 1;
  const { legacyVersion } = quiz;
  const today = new Date(now).toISOString().slice(0, 10);
  const stored = await readSummary<StoredSummary>(kv, quiz.id);
  let summary = stored && upgradeSummary(stored, legacyVersion);
  if (!summary) {
    operations++;
    const first = await firstBucket(kv, quiz.id);
    if (first === null) {
      // Nothing stored yet, and every future submission carries an attempt issued at most one token
      // lifetime (plus the margin, for clocks) ago. Writing that start once spares a list every minute
      // while a quiz waits for readers.
      operations++;
      const start = bucketOf(now - (MAX_ATTEMPT_TTL_SECONDS + settings(env).settleMarginSeconds) * 1000);
      await writeSummary(kv, quiz.id, emptySummary(start, now));
      return { quizId: quiz.id, folded: 0, operations, caughtUp: true };
    }
    summary = emptySummary(first, now);
  }
  // A summary from before group tallies lived in it adopts them from their own keys, once.
  let adopted = false;
  if (!summary.groups) {
    const legacy = await adoptLegacyGroups(kv, quiz.id, today);
    operations += legacy.operations;
    summary.groups = legacy.groups;
    adopted = true;
  }
  const groups = summary.groups;

  let folded = 0;
  let moved = false;
  const next: FoldMarker = { ...summary.next };
  // The one write waits for the end of the run, so the budget keeps room for it.
  while (operations + 2 <= budget && isSettled(next.bucket, now, env)) {
    operations++;
    const page = await listSubmissions(kv, keys.bucket(quiz.id, next.bucket), next.cursor);
    for (const { key, record } of page.records) {
      // A page the previous run stopped inside: its first keys are folded already.
      if (next.after !== undefined && key <= next.after) continue;
      addRecord(summary.tallies, record, legacyVersion);
      foldGroupTake(groups, key, record, legacyVersion);
      folded++;
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
  if (moved || adopted) {
    operations++;
    await writeSummary(kv, quiz.id, {
      ...summary,
      groups: dropOldGroups(groups, today),
      next,
      updatedAt: new Date(now).toISOString(),
    });
  }
  return { quizId: quiz.id, folded, operations, caughtUp: !isSettled(next.bucket, now, env) };
}

function emptySummary(bucket: number, now: number): Summary {
  return { v: 2, next: { bucket }, tallies: {}, groups: {}, updatedAt: new Date(now).toISOString() };
}
