// Shared test helpers: requests through the Hono app with a real local KV, stored records of any version, and a KV that counts or fails.

import { env } from 'cloudflare:workers';
import type { AttemptGrant } from '../../contract/api.ts';
import type { GradedQuestion, Lang } from '../../contract/quiz.ts';
import type { QuizVersion } from '../../contract/quiz-version.ts';
import type { Env } from '../../worker/env.ts';
import { app } from '../../worker/index.ts';
import { type ServedQuiz, currentVersion, quizzes, versionsOf } from '../../worker/quizzes/bundled.ts';
import { HOUR_MS, type SubmissionRecord, bucketOf, encodeAnswer, writeSubmission } from '../../worker/store.ts';
import type { Summary } from '../../worker/results/tally.ts';
import { onTestFinished, vi } from 'vitest';

export const testEnv = env as unknown as Env;
export const quiz: ServedQuiz = quizzes[0] as ServedQuiz;
export const QUIZ = quiz.id;
/**
 * The current version of the quiz as built (questions/versions/), before any test deploys another.
 * Tests about today's behaviour use it and derive every figure from it, never from one edition's content.
 */
export const BUILT: QuizVersion = structuredClone(currentVersion(quiz));
export const VERSION = BUILT.version;
/**
 * The quiz's first recorded version: where records, summaries and a1 tokens from before versions are counted.
 * It is the built version too while the quiz has had only one edition.
 */
export const FIRST: QuizVersion = structuredClone(versionsOf(quiz)[0] as QuizVersion);

/** Takes folded into a stored summary, across every version. */
/**
 * The hour this test file started in. Seeds and `later()` count from it rather than from the clock at each
 * call: results reads look a minute ahead and list at most 9 unfolded hours, so spans measured from
 * `Date.now()` came out one hour longer when a test ran in the last minute of an hour, and failed.
 */
const START_BUCKET = bucketOf(Date.now());

/** The hour bucket `hoursAgo` hours before the one this file started in. */
export function bucketAgo(hoursAgo: number): number {
  return START_BUCKET - hoursAgo;
}

/**
 * Half past the third hour after the file started: every hour a test wrote to has settled (1 h token
 * life + 15 min margin), and a seed 5 hours back is still within a results read's 9 unfolded hours.
 */
export function later(): number {
  return (START_BUCKET + 3) * HOUR_MS + 30 * 60_000;
}

/**
 * Stops the Worker's clock (Date only: timers keep running) at noon UTC of the day the test runs, or at `at`,
 * until the test ends: a test about "today" then cannot straddle midnight, however slowly it runs.
 */
export function stopClock(at = Math.floor(Date.now() / (24 * HOUR_MS)) * 24 * HOUR_MS + 12 * HOUR_MS): number {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  onTestFinished(() => {
    vi.useRealTimers();
  });
  return at;
}

/**
 * Miniflare counts rate limits in windows that turn at each wall-clock minute, on a clock no test can stop.
 * When fewer than `seconds` are left in this minute, waits for the next: a burst that long then meets one window.
 */
export async function oneRateWindow(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/**
 * Silences `console[level]` for a test that makes the Worker log on purpose, and returns what it logged so far,
 * for the test to check it is what was provoked: a green run prints no error (issue 24).
 */
export function expectedLogs(level: 'error' | 'log' = 'error'): () => string[] {
  const spy = vi.spyOn(console, level).mockImplementation(() => {});
  onTestFinished(() => {
    spy.mockRestore();
  });
  return () => spy.mock.calls.map((args) => args.map(String).join(' '));
}

/**
 * Sends until the first 429, at most twice `limit` and one: Miniflare's rate-limit windows turn at each
 * wall-clock minute, which a burst may straddle, but two windows cannot both stay under the limit. Returns
 * the statuses answered before the refusal, and the refusal (none if it never came).
 */
export async function untilRefused(
  send: () => Response | Promise<Response>,
  limit: number,
): Promise<{ before: number[]; refused?: Response }> {
  const before: number[] = [];
  for (let i = 0; i <= 2 * limit; i++) {
    const res = await send();
    if (res.status === 429) return { before, refused: res };
    before.push(res.status);
  }
  return { before };
}

export function foldedTakes(summary: Summary | null): number | undefined {
  return summary ? Object.values(summary.tallies).reduce((n, t) => n + t.takes, 0) : undefined;
}

export function call(path: string, init: RequestInit = {}, overrides: Partial<Env> = {}) {
  return app.request(path, init, { ...testEnv, ...overrides });
}

export function postJson(path: string, body: unknown, overrides: Partial<Env> = {}, type = 'application/json') {
  return call(path, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) }, overrides);
}

export async function newAttempt(overrides: Partial<Env> = {}): Promise<string> {
  const res = await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' }, overrides);
  if (res.status !== 201) throw new Error(`attempt: ${res.status} ${await res.text()}`);
  return ((await res.json()) as AttemptGrant).attempt;
}

/** Answers that score exactly `score` on `target` (a quiz or one of its versions): the first `score` questions right, the rest wrong. */
export function answersScoring(
  score: number,
  target: { questions: readonly GradedQuestion[] } = quiz,
): Record<string, string[]> {
  return Object.fromEntries(
    target.questions.map((q, i) => {
      if (i < score) return [q.id, q.correct];
      const wrong = q.choices.find((c) => !q.correct.includes(c.id)) ?? q.choices[0];
      return [q.id, [wrong?.id ?? '']];
    }),
  );
}

export async function submit(score: number, overrides: Partial<Env> = {}, lang: 'en' | 'es' = 'en') {
  const attempt = await newAttempt(overrides);
  return postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, lang, answers: answersScoring(score) }, overrides);
}

/**
 * A submission as the Worker stores it (worker/store.ts, worker/takes/submissions.ts), graded against `version`
 * (the built one unless said): the answers of `answersScoring(score, version)`, so its score is `score`.
 */
export function storedRecord(
  score: number,
  version: QuizVersion = BUILT,
  {
    lang = 'en',
    day = new Date().toISOString().slice(0, 10),
    group,
  }: { lang?: Lang; day?: string; group?: string | undefined } = {},
): SubmissionRecord {
  if (score > version.questions.length) throw new Error(`score ${score} is more than version ${version.version} has`);
  const answers = answersScoring(score, version);
  return {
    v: 2,
    q: version.version,
    s: score,
    t: version.questions.length,
    l: lang,
    d: day,
    a: Object.fromEntries(version.questions.map((q, i) => [q.id, encodeAnswer(i < score, answers[q.id] ?? [])])),
    ...(group ? { g: group } : {}),
  };
}

/**
 * A record written before quiz versions existed (`v: 1`, no `q`): its answers are to the quiz's first
 * recorded version, the content live then, which is where the Worker counts it.
 */
export function legacyRecord(score: number, options: { lang?: Lang; day?: string } = {}): SubmissionRecord {
  const { q: _version, ...record } = storedRecord(score, FIRST, options);
  return { ...record, v: 1 };
}

/** Writes records straight into KV, `batch` at a time: how tests seed more takes than HTTP could make quickly. */
export async function storeRecords(
  items: { bucket: number; id: string; record: SubmissionRecord }[],
  batch = 500,
): Promise<void> {
  for (let i = 0; i < items.length; i += batch) {
    await Promise.all(
      items
        .slice(i, i + batch)
        .map(({ bucket, id, record }) => writeSubmission(testEnv.SCORES, QUIZ, bucket, id, record)),
    );
  }
}

export type KvCounts = { get: number; put: number; list: number; delete: number; getWithMetadata: number };

/** Wraps a KV namespace to count every operation; `failAfter` makes the next calls throw. */
export function countingKv(kv: KVNamespace, options: { failWrites?: boolean; failAfter?: number } = {}) {
  const counts: KvCounts = { get: 0, put: 0, list: 0, delete: 0, getWithMetadata: 0 };
  let total = 0;
  const guard = (op: keyof KvCounts) => {
    counts[op]++;
    total++;
    if (options.failAfter !== undefined && total > options.failAfter) throw new Error(`injected KV failure on ${op}`);
    if (options.failWrites && op === 'put') throw new Error('injected KV write failure');
  };
  /** KV's method `op`, counted (and failing when the options say so) before it runs. */
  const counted =
    (op: keyof KvCounts) =>
    (...args: unknown[]): unknown => {
      guard(op);
      return Reflect.apply(kv[op], kv, args);
    };
  const wrapped = {
    get: counted('get'),
    getWithMetadata: counted('getWithMetadata'),
    put: counted('put'),
    list: counted('list'),
    delete: counted('delete'),
  } as unknown as KVNamespace;
  return { kv: wrapped, counts, total: () => total };
}

/**
 * Overrides that leave exactly `left` writes in today's DAILY_WRITE_BUDGET, whatever earlier tests of the file
 * spent (the counter, a Durable Object, lives as long as the file's storage), with the per-address brakes off.
 */
export async function budgetLeaving(left: number): Promise<Partial<Env>> {
  const health = (await (await call('/api/health')).json()) as { writes: { used: number | null } };
  return { RATE_LIMIT: 'off', DAILY_WRITE_BUDGET: String((health.writes.used ?? 0) + left) };
}

/**
 * A form body that streams `total` bytes of one `field` in 64 KB chunks, and how many bytes the Worker pulled:
 * a bounded reader must refuse it having read little more than its bound.
 */
export function endlessForm(field: string, total: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new TextEncoder().encode(`${field}=${'x'.repeat(64 * 1024 - field.length - 1)}`);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled };
}
