// Aggregate results: the folded summary plus the hours not yet folded, read live; a small constant KV cost.

import type { Context } from 'hono';
import type { Results } from '../../contract/api.ts';
import type { QuizVersion } from '../../contract/quiz-version.ts';
import { type AppEnv, type Env, settings } from '../env.ts';
import { currentVersion, firstVersion, versionsOf } from '../quizzes/bundled.ts';
import { versionsWithTakes } from '../quizzes/version-lookup.ts';
import { type RollupTarget, settledAt } from './rollup.ts';
import { type SubmissionRecord, bucketOf, firstBucket, keys, listSubmissions, readSummary } from '../store.ts';
import {
  type FoldMarker,
  type StoredSummary,
  type Summary,
  type Tallies,
  addRecord,
  toResults,
  upgradeSummary,
} from './tally.ts';
import type { ServedQuiz } from '../quizzes/bundled.ts';
import { IsolateCache, cachePer } from '../isolate-cache.ts';

/** KV lists may lag writes by up to 60 s in production; locally they are immediate. */
export const LIST_DELAY_SECONDS = 60;

/**
 * The most unfolded hours a results read lists, one list each (more only for an hour holding over
 * 1,000 takes): a rollup that runs every minute leaves 2–4. Past it (a cron stopped for about 6 hours
 * or more), results are the last summary, marked stale, so a read costs at most 1 read + 9 lists,
 * whatever the stored volume (issue 9).
 */
export const MAX_UNFOLDED_HOURS = 9;

/** A bound on list calls for hours that each hold more than 1,000 takes (one list returns at most 1,000). */
export const MAX_RESULTS_LISTS = 60;

/** Where the rollup stands for a quiz: its marker, and how long it is overdue. No marker: nothing stored yet. */
export type FoldState = { summary: Summary | null; marker: FoldMarker | null; lagSeconds: number };

/** 1 read, plus 1 list while the rollup has never written this quiz's summary. */
export async function foldState(env: Env, quiz: RollupTarget, now: number): Promise<FoldState> {
  const stored = await readSummary<StoredSummary>(env.SCORES, quiz.id);
  return foldStateOf(env, quiz, stored, now);
}

/** `foldState` for a summary already read (a group's results read it in one bulk read with the group's). */
export async function foldStateOf(
  env: Env,
  quiz: RollupTarget,
  stored: StoredSummary | null,
  now: number,
): Promise<FoldState> {
  const summary = stored && upgradeSummary(stored, quiz.legacyVersion);
  let marker: FoldMarker | null = summary?.next ?? null;
  if (!marker) {
    const first = await firstBucket(env.SCORES, quiz.id);
    marker = first === null ? null : { bucket: first };
  }
  const overdue = marker ? now - settledAt(marker.bucket, env) : 0;
  return { summary, marker, lagSeconds: Math.max(0, Math.floor(overdue / 1000)) };
}

/**
 * Computes the results of one version (the current one by default) from KV: the summary plus the hours
 * not folded yet, listed live (normally 1 read and 2–4 lists). Every version's tallies live in the one
 * summary, so reading an earlier version costs the same. When the rollup is too far behind, the summary
 * alone, marked stale with the lag.
 */
export async function computeResults(
  env: Env,
  quiz: ServedQuiz,
  now: number,
  shown: QuizVersion = currentVersion(quiz),
): Promise<Results> {
  const legacyVersion = firstVersion(quiz);
  const { summary, marker, lagSeconds } = await foldState(env, { id: quiz.id, legacyVersion }, now);
  const folded: Tallies = summary?.tallies ?? {};
  const tallies = structuredClone(folded);
  const live = marker
    ? await visitUnfolded(env.SCORES, quiz.id, marker, now, (_, record) => addRecord(tallies, record, legacyVersion))
    : true;
  const counted = live ? tallies : folded;
  // Every version that has takes is listed, even one the registry this isolate holds lacks (H1).
  const versions = await versionsWithTakes(env, quiz, versionsOf(quiz), Object.keys(counted));
  return {
    ...toResults(quiz, versions, counted, shown, resultsMeta(env, now, live, summary)),
    stale: !live,
    rollupLagSeconds: lagSeconds,
  };
}

/** When the figures were made and how fresh they are: now when listed live, the summary's time when stale. */
export function resultsMeta(env: Env, now: number, live: boolean, summary: Summary | null) {
  return {
    updatedAt: live ? new Date(now).toISOString() : (summary?.updatedAt ?? new Date(now).toISOString()),
    freshnessSeconds: LIST_DELAY_SECONDS + settings(env).resultsCacheSeconds,
  };
}

/**
 * Visits every take the summary does not hold yet, in key order (past `marker.after` inside a page the
 * rollup stopped in); false, having visited some, when that would take more than the bounded number of
 * lists: the caller then shows the folded figures, marked stale.
 */
export async function visitUnfolded(
  kv: KVNamespace,
  quizId: string,
  marker: FoldMarker,
  now: number,
  visit: (key: string, record: SubmissionRecord) => void,
): Promise<boolean> {
  // A minute of lookahead covers clocks that disagree across the hour boundary.
  const last = bucketOf(now + 60_000);
  if (last - marker.bucket + 1 > MAX_UNFOLDED_HOURS) return false;
  let lists = 0;
  for (let bucket = marker.bucket; bucket <= last; bucket++) {
    const first = bucket === marker.bucket;
    let cursor = first ? marker.cursor : undefined;
    const after = first ? marker.after : undefined;
    do {
      if (++lists > MAX_RESULTS_LISTS) return false;
      const page = await listSubmissions(kv, keys.bucket(quizId, bucket), cursor);
      for (const { key, record } of page.records) if (after === undefined || key > after) visit(key, record);
      cursor = page.cursor;
    } while (cursor);
  }
  return true;
}

/**
 * Recent results per KV namespace, quiz and version, kept in the isolate for the cache period: most reads
 * cost neither KV nor a Cache API round trip.
 */
const recentOf = cachePer((): IsolateCache<string, Results> => new IsolateCache());

/**
 * Results through two caches for the cache period: this isolate's memory, then the edge cache
 * shared by the location. A popular results page or a burst of submissions costs about one
 * computation per period per location. (The Cache API is a no-op on workers.dev.)
 */
export async function cachedResults(
  env: Env,
  quiz: ServedQuiz,
  shown: QuizVersion = currentVersion(quiz),
  waitUntil?: (p: Promise<unknown>) => void,
) {
  const seconds = settings(env).resultsCacheSeconds;
  if (seconds === 0) return computeResults(env, quiz, Date.now(), shown);
  const memory = recentOf(env.SCORES);
  const id = `${quiz.id}/${shown.version}`;
  const kept = memory.get(id);
  if (kept) return kept;

  const cache = caches.default;
  const key = new Request(`https://lateral.cache/results/${encodeURIComponent(quiz.id)}/${shown.version}`);
  const hit = await cache.match(key);
  let results: Results;
  if (hit) {
    results = (await hit.json()) as Results;
  } else {
    results = await computeResults(env, quiz, Date.now(), shown);
    const put = cache.put(
      key,
      new Response(JSON.stringify(results), {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': `max-age=${seconds}` },
      }),
    );
    if (waitUntil) waitUntil(put);
    else await put;
  }
  // Never keep a copy longer than the period that began when the figures were computed (stale
  // figures carry the summary's older time, and change only with the next rollup: from now).
  const from = results.stale ? Date.now() : Date.parse(results.updatedAt);
  return memory.set(id, results, from + seconds * 1000);
}

/** `cachedResults` for a request: the cache write finishes after the response when the runtime allows it. */
export function resultsFor(c: Context<AppEnv>, quiz: ServedQuiz, shown?: QuizVersion): Promise<Results> {
  let waitUntil: ((p: Promise<unknown>) => void) | undefined;
  try {
    const ctx = c.executionCtx;
    waitUntil = (p) => ctx.waitUntil(p);
  } catch {
    // No execution context (app.request in tests): the cache write is awaited instead.
  }
  return cachedResults(c.env, quiz, shown, waitUntil);
}
