// Issue 9, item 3: a results read costs a bounded number of KV operations when the cron stops, and says it is stale.
// The 100,000 takes live in an in-memory KV with KV's list semantics (./memory-kv.ts): seeding Miniflare's
// KV with them takes 6–13 minutes on a busy 2-core machine. Operations are counted at the binding either way.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Health, Results } from '../../contract/api.ts';
import { MAX_UNFOLDED_HOURS } from '../../worker/results/compute.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { HOUR_MS, bucketOf, writeSubmission } from '../../worker/store.ts';
import { BUILT, QUIZ, call, countingKv, quiz, storedRecord, testEnv } from './helpers.ts';
import { memoryKv } from './memory-kv.ts';
import { visibleText } from './results-support.ts';

const FOLDED = 100_000;
const kv = memoryKv();
const env = { ...testEnv, SCORES: kv };
const LATE_PER_HOUR = 3;

const record = (score: number, time: number) =>
  storedRecord(score, BUILT, { day: new Date(time).toISOString().slice(0, 10) });

async function seedHour(bucket: number, count: number, tag: string): Promise<void> {
  for (let i = 0; i < count; i += 2000) {
    await Promise.all(
      Array.from({ length: Math.min(2000, count - i) }, (_, j) => {
        const n = i + j;
        const id = `${tag}${String(n).padStart(12, '0')}`;
        return writeSubmission(kv, QUIZ, bucket, id, record(n % (quiz.questions.length + 1), bucket * HOUR_MS));
      }),
    );
  }
}

/** When the cron stops: every hour up to here is folded (the rollup ran on time until this moment). */
const stopped = Date.now();

/** A results read at `time`, through HTTP, with every KV operation counted at the binding. */
async function readAt(time: number): Promise<{ results: Results; operations: number }> {
  vi.setSystemTime(time);
  const counted = countingKv(kv);
  const res = await call(`/api/quizzes/${QUIZ}/results`, {}, { SCORES: counted.kv });
  expect(res.status).toBe(200);
  return { results: (await res.json()) as Results, operations: counted.total() };
}

beforeAll(async () => {
  // 100,000 takes over the 20 hours before the last 4, then a rollup that folds them all.
  const first = bucketOf(stopped) - 24;
  for (let h = 0; h < 20; h++) await seedHour(first + h, FOLDED / 20, `f${h}x`);
  let runs = 0;
  while (runs++ < 5) if ((await rollup(env, stopped)).every((r) => r.caughtUp)) break;
  // Readers keep coming for three days while no rollup runs.
  for (let b = bucketOf(stopped) - 1; b <= bucketOf(stopped) + 72; b++) await seedHour(b, LATE_PER_HOUR, `late${b}x`);
  vi.useFakeTimers({ toFake: ['Date'] });
}, 300_000);

afterAll(() => vi.useRealTimers());

describe('reading results when the cron has stopped, after 100,000 folded takes', () => {
  it('costs at most 10 KV operations and counts everything while the rollup is a few hours behind', async () => {
    const { results, operations } = await readAt(stopped + 3 * HOUR_MS);
    expect(operations).toBeLessThanOrEqual(10);
    expect(results.stale).toBe(false);
    expect(results.takes).toBeGreaterThan(FOLDED);
  });

  for (const [label, after] of [
    ['8 hours', 8 * HOUR_MS],
    ['3 days', 72 * HOUR_MS],
  ] as const) {
    it(`costs at most 10 KV operations after ${label}, and serves the folded figures marked stale with the lag`, async () => {
      const { results, operations } = await readAt(stopped + after);
      expect(operations).toBeLessThanOrEqual(10);
      expect(results.stale).toBe(true);
      expect(results.takes).toBe(FOLDED);
      // Overdue by the stop, less the 1 h 15 min an hour waits to settle, give or take the hour it began in.
      expect(results.rollupLagSeconds).toBeGreaterThan(after / 1000 - 3 * 3600);
      expect(results.rollupLagSeconds).toBeLessThanOrEqual(after / 1000);
      expect(Date.parse(results.updatedAt)).toBeLessThanOrEqual(stopped);
    });
  }

  it(`lists at most ${MAX_UNFOLDED_HOURS} hours, so the cap holds for every hour the cron is down`, async () => {
    for (let hours = 0; hours <= 16; hours++) {
      const { operations } = await readAt(stopped + hours * HOUR_MS + 30 * 60_000);
      expect(operations, `${hours} h`).toBeLessThanOrEqual(1 + MAX_UNFOLDED_HOURS);
    }
  });

  it('says on the results page, in both languages, that the figures are delayed', async () => {
    vi.setSystemTime(stopped + 8 * HOUR_MS);
    const en = visibleText(await (await call(`/results/${QUIZ}`, {}, { SCORES: kv })).text());
    expect(en).toContain('These figures are delayed: they count takes up to');
    const es = visibleText(await (await call(`/results/${QUIZ}?lang=es`, {}, { SCORES: kv })).text());
    expect(es).toContain('Estas cifras llevan retraso');
    vi.setSystemTime(stopped + 60_000);
    expect(visibleText(await (await call(`/results/${QUIZ}`, {}, { SCORES: kv })).text())).not.toContain('delayed');
  });

  it('reports the lag in GET /api/health', async () => {
    vi.setSystemTime(stopped + 8 * HOUR_MS);
    const counted = countingKv(kv);
    const health = (await (await call('/api/health', {}, { SCORES: counted.kv })).json()) as Health;
    expect(health.rollup.lagSeconds).toBeGreaterThan(5 * 3600);
    expect(counted.total()).toBeLessThanOrEqual(2 * 2);
  });
});
