import { createExecutionContext, createScheduledController, reset, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import worker from '../../worker/index.ts';
import { computeResults } from '../../worker/results/compute.ts';
import { ROLLUP_OPERATION_BUDGET, rollup, rollupQuiz } from '../../worker/results/rollup.ts';
import { HOUR_MS, keys } from '../../worker/store.ts';
import type { Summary } from '../../worker/results/tally.ts';
import {
  BUILT,
  QUIZ,
  call,
  countingKv,
  expectedLogs,
  foldedTakes,
  quiz,
  storeRecords,
  storedRecord,
  submit,
  testEnv,
  bucketAgo,
  later,
} from './helpers.ts';

const OFF = { RATE_LIMIT: 'off' } as const;
const summary = () => testEnv.SCORES.get<Summary>(keys.summary(QUIZ), 'json');

/** Seeds submissions of the current version straight into KV, in an hour that is long settled. */
async function seed(count: number, hoursAgo = 5): Promise<number[]> {
  const bucket = bucketAgo(hoursAgo);
  const scores = Array.from({ length: count }, (_, i) => (i * 7) % (BUILT.questions.length + 1));
  await storeRecords(
    scores.map((score, i) => ({ bucket, id: `seed${String(i).padStart(8, '0')}`, record: storedRecord(score) })),
  );
  return scores;
}

function distributionOf(scores: number[]): number[] {
  const d = Array.from({ length: quiz.questions.length + 1 }, () => 0);
  for (const s of scores) d[s] = (d[s] ?? 0) + 1;
  return d;
}

afterEach(() => reset());

describe('the rollup', () => {
  it('folds 500 concurrent submissions into exactly 500 takes with the exact score distribution', async () => {
    const scores = Array.from({ length: 500 }, (_, i) => i % (quiz.questions.length + 1));
    const statuses = await Promise.all(scores.map(async (s) => (await submit(s, OFF, s % 3 ? 'en' : 'es')).status));
    expect(statuses.filter((s) => s === 201)).toHaveLength(500);

    const live = (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
    expect(live.takes).toBe(500);
    expect(live.scoreDistribution).toEqual(distributionOf(scores));

    const now = later();
    const reports = await rollup(testEnv, now);
    expect(reports.find((r) => r.quizId === QUIZ)?.folded).toBe(500);
    const folded = await summary();
    expect(foldedTakes(folded)).toBe(500);

    const after = await computeResults(testEnv, quiz, now);
    expect(after.takes).toBe(500);
    expect(after.scoreDistribution).toEqual(distributionOf(scores));
    expect(after.languages).toEqual({
      en: scores.filter((s) => s % 3).length,
      es: scores.filter((s) => !(s % 3)).length,
    });
    expect(after.meanScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / 500, 2);
  });

  it('does not fold an hour that can still receive submissions', async () => {
    expect((await submit(3, OFF)).status).toBe(201);
    const reports = await rollup(testEnv, Date.now());
    expect(reports.find((r) => r.quizId === QUIZ)?.folded).toBe(0);
    expect((await computeResults(testEnv, quiz, Date.now())).takes).toBe(1);
  });

  it('counts nothing twice when it runs again after catching up', async () => {
    const scores = await seed(1200);
    const now = later();
    await rollup(testEnv, now);
    await rollup(testEnv, now);
    await rollup(testEnv, now + HOUR_MS);
    const r = await computeResults(testEnv, quiz, now + HOUR_MS);
    expect(r.takes).toBe(1200);
    expect(r.scoreDistribution).toEqual(distributionOf(scores));
  });

  it('counts nothing twice and misses nothing when it dies half-way and runs again', async () => {
    const scores = await seed(2500);
    const now = later();
    // Dies on the 3rd list page, before writing anything.
    const dying = countingKv(testEnv.SCORES, { failAfter: 4 });
    await expect(rollupQuiz({ ...testEnv, SCORES: dying.kv }, quiz, now, ROLLUP_OPERATION_BUDGET)).rejects.toThrow(
      /injected/,
    );
    expect(await summary()).toBeNull();
    // Results meanwhile still count every submission once.
    expect((await computeResults(testEnv, quiz, now)).takes).toBe(2500);
    await rollup(testEnv, now);
    const r = await computeResults(testEnv, quiz, now);
    expect(r.takes).toBe(2500);
    expect(r.scoreDistribution).toEqual(distributionOf(scores));
  });

  it('stops inside an hour when its operation budget runs out and resumes from the stored cursor', async () => {
    const scores = await seed(2500);
    const now = later();
    // Budget 4: read summary, find first hour, list one page, write.
    const first = await rollupQuiz(testEnv, quiz, now, 4);
    expect(first.folded).toBe(1000);
    expect(first.caughtUp).toBe(false);
    const partial = await summary();
    expect(partial?.next.cursor).toBeTruthy();
    expect(foldedTakes(partial)).toBe(1000);
    // Results never double count the folded part of a half-folded hour.
    expect((await computeResults(testEnv, quiz, now)).takes).toBe(2500);
    let runs = 1;
    while (!(await rollupQuiz(testEnv, quiz, now, 4)).caughtUp) runs++;
    const r = await computeResults(testEnv, quiz, now);
    expect(r.takes).toBe(2500);
    expect(r.scoreDistribution).toEqual(distributionOf(scores));
    expect(runs).toBeGreaterThan(2);
  });

  it('stays under the per-invocation operation limit however much is waiting', async () => {
    await seed(3000, 8);
    const counted = countingKv(testEnv.SCORES);
    const reports = await rollup({ ...testEnv, SCORES: counted.kv }, later(), 5);
    expect(counted.total()).toBeLessThanOrEqual(5);
    expect(reports.reduce((n, r) => n + r.operations, 0)).toBe(counted.total());
  });

  it('lists nothing on later runs while a quiz has no submissions yet', async () => {
    // At half past the hour: the start written below settles at a quarter past the next hour, so these five
    // minutes list nothing. (Run from the real clock, the test listed once between xx:10 and xx:15.)
    const halfPast = bucketAgo(0) * HOUR_MS + 30 * 60_000;
    await rollup(testEnv, halfPast);
    const counted = countingKv(testEnv.SCORES);
    for (let minute = 1; minute <= 5; minute++)
      await rollupQuiz({ ...testEnv, SCORES: counted.kv }, quiz, halfPast + minute * 60_000, 900);
    expect(counted.counts.list).toBe(0);
    expect(counted.counts.put).toBe(0);
    // A reader arriving afterwards is still folded once the hour settles.
    expect((await submit(5, OFF)).status).toBe(201);
    await rollup(testEnv, later());
    expect(foldedTakes(await summary())).toBe(1);
  });

  it('runs from the cron trigger through the Worker entry', async () => {
    const logged = expectedLogs('log');
    await seed(30, 4);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '* * * * *', scheduledTime: Date.now() }), testEnv, ctx);
    await waitOnExecutionContext(ctx);
    expect(foldedTakes(await summary())).toBe(30);
    expect(logged()).toEqual(['[lateral] rollup folded 30 submission(s)']);
  });
});

describe('reading results', () => {
  it('costs at most 5 KV operations after 10,000 folded submissions', async () => {
    await seed(10_000);
    const now = Date.now();
    const reports = await rollup(testEnv, now);
    expect(reports.find((r) => r.quizId === QUIZ)?.folded).toBe(10_000);
    for (let i = 0; i < 7; i++) expect((await submit(i % 4, OFF)).status).toBe(201);

    const counted = countingKv(testEnv.SCORES);
    const res = await call(`/api/quizzes/${QUIZ}/results`, {}, { SCORES: counted.kv });
    const r = (await res.json()) as Results;
    expect(r.takes).toBe(10_007);
    expect(counted.total()).toBeLessThanOrEqual(5);
    expect(counted.counts.put).toBe(0);
  });

  it('serves repeated reads from the edge cache when caching is on', async () => {
    await submit(2, OFF);
    const counted = countingKv(testEnv.SCORES);
    const env = { SCORES: counted.kv, RESULTS_CACHE_SECONDS: '30' };
    const first = await call(`/api/quizzes/${QUIZ}/results`, {}, env);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=30');
    const opsAfterFirst = counted.total();
    await call(`/api/quizzes/${QUIZ}/results`, {}, env);
    await call(`/api/quizzes/${QUIZ}/results`, {}, env);
    expect(opsAfterFirst).toBeGreaterThan(0);
    expect(counted.total()).toBe(opsAfterFirst);
  });

  it('shows an accepted submission at once locally, before any rollup', async () => {
    await submit(4, OFF);
    const r = (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
    expect(r.takes).toBe(1);
    expect(r.freshnessSeconds).toBeGreaterThanOrEqual(60);
    expect(Date.parse(r.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
  });
});
