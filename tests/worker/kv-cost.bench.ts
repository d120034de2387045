// KV operations per submission, per results read (of the current and of an earlier quiz version) and per rollup, with 1,000 to 100,000 stored submissions.
// Run by `npm run bench` (bench/vitest.bench.config.ts), not by `npm test`: seeding 100,000 keys takes a minute or two.

import { reset } from 'cloudflare:test';
import { expect, inject, it } from 'vitest';
import type { AttemptGrant, Results } from '../../contract/api.ts';
import type { Env } from '../../worker/env.ts';
import { app } from '../../worker/index.ts';
import { firstVersion } from '../../worker/quiz-bank.ts';
import { rollup } from '../../worker/rollup.ts';
import { type SubmissionRecord, bucketOf } from '../../worker/store.ts';
import { type Tallies, addRecord } from '../../worker/tally.ts';
import { BUILT, countingKv, quiz, storeRecords, storedRecord, testEnv } from './helpers.ts';
import { deploy, undeploy, withNewQuestion } from './versions-support.ts';
import type { FoldCpu, KvCostAtSize } from '../../bench/lib/kv-cost-types.ts';
import { median } from '../../bench/lib/pool.ts';

type Counted = ReturnType<typeof countingKv>;

const legacyVersion = firstVersion(quiz);
/** A day of traffic, in hours that are all settled: the youngest is 3 hours old. */
const HOURS = 24;
const LIVE = 10;

/** A take of the version as built, the one readers are given until the edit below. */
function record(i: number): SubmissionRecord {
  return storedRecord(i % (BUILT.questions.length + 1), BUILT, { lang: i % 3 ? 'en' : 'es' });
}

async function seed(count: number): Promise<void> {
  const newest = bucketOf(Date.now()) - 3;
  const items = Array.from({ length: count }, (_, k) => ({
    bucket: newest - (k % HOURS),
    id: `s${String(k).padStart(24, '0')}`,
    record: record(k),
  }));
  await storeRecords(items, 1000);
}

const request = (path: string, init: RequestInit, overrides: Partial<Env>) =>
  app.request(path, init, { ...testEnv, RATE_LIMIT: 'off', ...overrides });

/** A fresh attempt and a complete submission, through HTTP, with KV counted. */
async function submitCounted(overrides: Partial<Env>): Promise<Counted> {
  const grant = (await (
    await request(`/api/quizzes/${quiz.id}/attempts`, { method: 'POST' }, {})
  ).json()) as AttemptGrant;
  const counted = countingKv(testEnv.SCORES);
  const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct]));
  const res = await request(
    `/api/quizzes/${quiz.id}/submissions`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ attempt: grant.attempt, lang: 'en', answers }),
    },
    { SCORES: counted.kv, ...overrides },
  );
  expect(res.status).toBe(201);
  return counted;
}

async function resultsOps(expectedTakes: number, version = ''): Promise<number> {
  const counted = countingKv(testEnv.SCORES);
  const query = version ? `?version=${version}` : '';
  const res = await request(
    `/api/quizzes/${quiz.id}/results${query}`,
    {},
    { SCORES: counted.kv, RESULTS_CACHE_SECONDS: '0' },
  );
  expect(((await res.json()) as Results).takes).toBe(expectedTakes);
  return counted.total();
}

for (const stored of inject('kvCostSizes')) {
  it(`measures KV operations with ${stored.toLocaleString('en')} stored submissions`, async ({ task }) => {
    await reset();
    await seed(stored);
    // Readers of the current hour, which no rollup may fold yet.
    for (let i = 0; i < LIVE; i++) await submitCounted({ RESULTS_CACHE_SECONDS: '0' });

    const unfolded = await resultsOps(stored + LIVE);

    const folded: number[] = [];
    const operations: number[] = [];
    const started = Date.now();
    for (;;) {
      const counted = countingKv(testEnv.SCORES);
      const reports = await rollup({ ...testEnv, SCORES: counted.kv }, Date.now());
      folded.push(reports.reduce((n, r) => n + r.folded, 0));
      operations.push(counted.total());
      if (reports.every((r) => r.caughtUp) || operations.length > 50) break;
    }
    const wallMs = Date.now() - started;
    expect(folded.reduce((a, b) => a + b, 0)).toBe(stored);

    const afterFold = await resultsOps(stored + LIVE);
    const uncached = await submitCounted({ RESULTS_CACHE_SECONDS: '0' });
    // The first of two submissions fills the edge cache; the second is the common case.
    await submitCounted({ RESULTS_CACHE_SECONDS: '30' });
    const cached = await submitCounted({ RESULTS_CACHE_SECONDS: '30' });

    // An edit deployed: an edition with a question added, and readers of it in the current hour.
    // Both versions' figures come from the same summary and lists, so either read costs the same.
    const earlier = BUILT.version;
    const edited = deploy(withNewQuestion());
    const afterEdit = { current: 0, earlier: 0, submissionPuts: 0 };
    try {
      for (let i = 0; i < LIVE; i++)
        afterEdit.submissionPuts = (await submitCounted({ RESULTS_CACHE_SECONDS: '0' })).counts.put;
      afterEdit.current = await resultsOps(LIVE, edited.version);
      afterEdit.earlier = await resultsOps(stored + LIVE + 3, earlier);
      expect(afterEdit.current).toBeLessThanOrEqual(5);
      expect(afterEdit.earlier).toBeLessThanOrEqual(5);
      expect(afterEdit.submissionPuts).toBe(1);
    } finally {
      undeploy();
    }

    task.meta.kvCost = {
      stored,
      hours: HOURS,
      submission: {
        storage: uncached.counts.getWithMetadata + uncached.counts.put,
        withPercentileUncached: uncached.total(),
        withPercentileCached: cached.total(),
        puts: uncached.counts.put,
      },
      resultsRead: {
        folded: afterFold,
        unfolded,
        afterEdit: { current: afterEdit.current, earlier: afterEdit.earlier },
      },
      rollup: { invocations: operations.length, folded, operations, wallMs },
    };
  });
}

it('times the fold of 10,000 submissions in memory', ({ task }) => {
  const records = Array.from({ length: 10_000 }, (_, i) => record(i));
  const runs: number[] = [];
  for (let run = 0; run < 9; run++) {
    const started = performance.now();
    const tallies: Tallies = {};
    for (const r of records) addRecord(tallies, r, legacyVersion);
    runs.push(performance.now() - started);
    expect(tallies[BUILT.version]?.takes).toBe(records.length);
  }
  const medianMs = median(runs);
  task.meta.foldCpu = {
    records: records.length,
    runs: runs.length,
    medianMs,
    microsecondsPerSubmission: (medianMs * 1000) / records.length,
  };
});
