// Aggregate results: the folded summary plus the hours not yet folded, read live; a small constant KV cost.

import type { Context } from 'hono';
import type { Results } from '../contract/api.ts';
import type { QuizFile } from '../contract/quiz.ts';
import type { QuizVersion } from '../contract/quiz-version.ts';
import { type AppEnv, type Env, settings } from './env.ts';
import { currentVersion, firstVersion, versionsOf } from './quiz-bank.ts';
import {
  bucketOf,
  bucketOfKey,
  firstBucket,
  keys,
  listSubmissions,
  readSummary,
  type SubmissionPage,
  type SubmissionRecord,
} from './store.ts';
import {
  type FoldMarker,
  type StoredSummary,
  type Summary,
  type Tallies,
  addRecord,
  toResults,
  upgradeSummary,
} from './tally.ts';

/** KV lists may lag writes by up to 60 s in production; locally they are immediate. */
export const LIST_DELAY_SECONDS = 60;

/** Past this many unfolded hours (a rollup that stopped running), one prefix scan beats one list per hour. */
const MAX_HOURS_LISTED_ONE_BY_ONE = 6;

/**
 * Computes the results of one version (the current one by default) from KV: 1 summary read plus,
 * normally, 2–3 lists of the unsettled hours. Every version's tallies live in the one summary, so
 * reading an earlier version costs the same.
 */
export async function computeResults(
  env: Env,
  quiz: QuizFile,
  now: number,
  shown: QuizVersion = currentVersion(quiz),
): Promise<Results> {
  const kv = env.SCORES;
  const legacyVersion = firstVersion(quiz);
  const summary = await readUpgradedSummary(kv, quiz);
  const tallies: Tallies = summary ? structuredClone(summary.tallies) : {};
  await forEachUnfolded(kv, quiz.id, summary, now, (_, record) => addRecord(tallies, record, legacyVersion));
  return toResults(quiz, versionsOf(quiz), tallies, shown, resultsMeta(env, now));
}

/** The quiz's summary in today's shape, whichever shape it was stored in; null before any rollup. */
export async function readUpgradedSummary(kv: KVNamespace, quiz: QuizFile): Promise<Summary | null> {
  const stored = await readSummary<StoredSummary>(kv, quiz.id);
  return stored && upgradeSummary(stored, firstVersion(quiz));
}

export function resultsMeta(env: Env, now: number) {
  return {
    updatedAt: new Date(now).toISOString(),
    freshnessSeconds: LIST_DELAY_SECONDS + settings(env).resultsCacheSeconds,
  };
}

/**
 * Visits every stored submission the summary does not hold yet, in key order: from its marker on, or
 * all of them when no rollup has run (1 more list to find the first hour).
 */
export async function forEachUnfolded(
  kv: KVNamespace,
  quizId: string,
  summary: Summary | null,
  now: number,
  visit: (key: string, record: SubmissionRecord) => void,
): Promise<void> {
  let marker: FoldMarker | null = summary?.next ?? null;
  if (!marker) {
    const first = await firstBucket(kv, quizId);
    marker = first === null ? null : { bucket: first };
  }
  if (!marker) return;
  const from = marker;
  const addAll = async (prefix: string, cursor: string | undefined, keep: (key: string) => boolean) => {
    let page: SubmissionPage;
    do {
      page = await listSubmissions(kv, prefix, cursor);
      for (const { key, record } of page.records) if (keep(key)) visit(key, record);
      cursor = page.cursor;
    } while (!page.complete);
  };
  // A minute of lookahead covers clocks that disagree across the hour boundary.
  const last = bucketOf(now + 60_000);
  const after = from.after;
  await addAll(keys.bucket(quizId, from.bucket), from.cursor, after === undefined ? () => true : (key) => key > after);
  if (last - from.bucket <= MAX_HOURS_LISTED_ONE_BY_ONE) {
    for (let bucket = from.bucket + 1; bucket <= last; bucket++) {
      await addAll(keys.bucket(quizId, bucket), undefined, () => true);
    }
  } else {
    await addAll(keys.submissions(quizId), undefined, (key) => bucketOfKey(key) > from.bucket);
  }
}

/**
 * Recent results per KV namespace, quiz and version, kept in the isolate for the cache period: most reads
 * cost neither KV nor a Cache API round trip. Completed values only, never a pending computation,
 * since workerd does not let one request wait on another's I/O.
 */
const recent = new WeakMap<KVNamespace, Map<string, { results: Results; until: number }>>();

/**
 * Results through two caches for the cache period: this isolate's memory, then the edge cache
 * shared by the location. A popular results page or a burst of submissions costs about one
 * computation per period per location. (The Cache API is a no-op on workers.dev.)
 */
export async function cachedResults(
  env: Env,
  quiz: QuizFile,
  shown: QuizVersion = currentVersion(quiz),
  waitUntil?: (p: Promise<unknown>) => void,
) {
  const seconds = settings(env).resultsCacheSeconds;
  if (seconds === 0) return computeResults(env, quiz, Date.now(), shown);
  const memory = recent.get(env.SCORES) ?? new Map();
  recent.set(env.SCORES, memory);
  const id = `${quiz.id}/${shown.version}`;
  const kept = memory.get(id);
  if (kept && kept.until > Date.now()) return kept.results;

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
  // Never keep a copy longer than the period that began when the figures were computed.
  memory.set(id, { results, until: Date.parse(results.updatedAt) + seconds * 1000 });
  return results;
}

/** `cachedResults` for a request: the cache write finishes after the response when the runtime allows it. */
export function resultsFor(c: Context<AppEnv>, quiz: QuizFile, shown?: QuizVersion): Promise<Results> {
  let waitUntil: ((p: Promise<unknown>) => void) | undefined;
  try {
    const ctx = c.executionCtx;
    waitUntil = (p) => ctx.waitUntil(p);
  } catch {
    // No execution context (app.request in tests): the cache write is awaited instead.
  }
  return cachedResults(c.env, quiz, shown, waitUntil);
}
