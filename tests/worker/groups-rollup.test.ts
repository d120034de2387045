import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupCreated } from '../../contract/api.ts';
import { GROUP_CODE_ALPHABET } from '../../contract/group-code.ts';
import type { GroupSummary } from '../../worker/results/group-fold.ts';
import { hashResultsKey } from '../../worker/groups/record.ts';
import { currentVersion } from '../../worker/quizzes/bundled.ts';
import { computeResults } from '../../worker/results/compute.ts';
import { ROLLUP_OPERATION_BUDGET, rollup, rollupQuiz } from '../../worker/results/rollup.ts';
import {
  HOUR_MS,
  type SubmissionRecord,
  encodeAnswer,
  keys,
  readGroupSummaries,
  writeGroup,
  writeSubmission,
} from '../../worker/store.ts';
import type { Summary, Tallies } from '../../worker/results/tally.ts';
import { QUIZ, answersScoring, countingKv, quiz, testEnv, bucketAgo, later } from './helpers.ts';
import { createGroup, keyOf, readGroup, takeIn } from './groups-support.ts';

const summary = () => testEnv.SCORES.get<Summary>(keys.summary(QUIZ), 'json');
const scoreOf = (i: number) => (i * 7) % (quiz.questions.length + 1);

/** The i-th code of a fixed list of valid, distinct join codes. */
function codeOf(i: number): string {
  const n = GROUP_CODE_ALPHABET.length;
  let code = '';
  for (let k = 0, rest = i; k < 6; k++, rest = Math.floor(rest / n)) code += GROUP_CODE_ALPHABET[rest % n];
  return code;
}

function record(score: number, group?: string): SubmissionRecord {
  const answers = answersScoring(score);
  // As the Worker stores a take today: graded against the current version.
  return {
    v: 2,
    q: currentVersion(quiz).version,
    s: score,
    t: quiz.questions.length,
    l: 'en',
    d: '2026-11-20',
    a: Object.fromEntries(quiz.questions.map((q, i) => [q.id, encodeAnswer(i < score, answers[q.id] ?? [])])),
    ...(group ? { g: group } : {}),
  };
}

/** `count` takes straight into an hour long settled; take i is in group `groupOf(i)` (or none). */
async function seed(count: number, groupOf: (i: number) => string | undefined, hoursAgo = 5): Promise<void> {
  const bucket = bucketAgo(hoursAgo);
  for (let i = 0; i < count; i += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, count - i) }, (_, j) => i + j).map((k) =>
        writeSubmission(
          testEnv.SCORES,
          QUIZ,
          bucket,
          `seed${String(k).padStart(8, '0')}`,
          record(scoreOf(k), groupOf(k)),
        ),
      ),
    );
  }
}

/** Every group's stored tally, read in bulk. */
async function groupTallies(codes: string[]): Promise<Map<string, GroupSummary>> {
  return readGroupSummaries<GroupSummary>(testEnv.SCORES, QUIZ, codes);
}

/** What `count` seeded takes put in each group: takes and the sum of scores. */
function expectedByGroup(count: number, groupOf: (i: number) => string | undefined) {
  const want = new Map<string, { takes: number; scoreSum: number }>();
  for (let i = 0; i < count; i++) {
    const g = groupOf(i);
    if (!g) continue;
    const w = want.get(g) ?? { takes: 0, scoreSum: 0 };
    w.takes++;
    w.scoreSum += scoreOf(i);
    want.set(g, w);
  }
  return want;
}

/** Takes and score sums over every quiz version a tally holds. */
function takesIn(tallies: Tallies | undefined): number {
  return Object.values(tallies ?? {}).reduce((sum, t) => sum + t.takes, 0);
}

function scoreSum(s: GroupSummary | undefined): number {
  return Object.values(s?.tallies ?? {})
    .flatMap((t) => Object.entries(t.scores))
    .reduce((sum, [score, n]) => sum + Number(score) * n, 0);
}

async function expectExactGroups(count: number, groupOf: (i: number) => string | undefined) {
  const want = expectedByGroup(count, groupOf);
  const got = await groupTallies([...want.keys()]);
  expect(got.size).toBe(want.size);
  for (const [code, w] of want) {
    expect(takesIn(got.get(code)?.tallies), code).toBe(w.takes);
    expect(scoreSum(got.get(code)), code).toBe(w.scoreSum);
  }
}

/** A KV whose writes fail after the first `allowed`. */
function failingPuts(kv: KVNamespace, allowed: number): KVNamespace {
  let puts = 0;
  return new Proxy(kv, {
    get(target, prop) {
      const real = Reflect.get(target, prop) as (...a: unknown[]) => unknown;
      if (prop !== 'put') return real.bind(target);
      return (...args: unknown[]) =>
        ++puts > allowed ? Promise.reject(new Error('injected write failure')) : real.apply(target, args);
    },
  });
}

afterEach(() => reset());

describe('group tallies in the rollup', () => {
  it('counts exactly 500 concurrent takes spread over 20 groups, live and after the fold', async () => {
    const groups: GroupCreated[] = [];
    for (let i = 0; i < 20; i++) groups.push(await createGroup());
    const plan = Array.from({ length: 500 }, (_, i) => ({
      group: groups[(i * 7) % 20] as GroupCreated,
      score: scoreOf(i),
    }));
    const statuses = await Promise.all(
      plan.map(({ group, score }) => takeIn(group.group.code, { lang: 'en', answers: answersScoring(score) })),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(500);

    const check = async () => {
      let total = 0;
      for (const g of groups) {
        const mine = plan.filter((p) => p.group === g);
        const r = await readGroup(g.group.code, keyOf(g));
        expect(r.takes).toBe(mine.length);
        const distribution = Array.from(
          { length: quiz.questions.length + 1 },
          (_, s) => mine.filter((p) => p.score === s).length,
        );
        expect(r.scoreDistribution).toEqual(distribution);
        expect(r.crowd?.takes).toBe(500);
        total += r.takes;
      }
      expect(total).toBe(500);
    };
    await check();
    const reports = await rollup(testEnv, later());
    expect(reports.find((r) => r.quizId === QUIZ)?.folded).toBe(500);
    await check();
    await rollup(testEnv, later() + HOUR_MS);
    await check();
  });

  it('writes only the groups that had takes, so idle groups cost the rollup nothing', async () => {
    const far = new Date(Date.now() + 100 * 86400_000).toISOString();
    // The rollup never lists or reads groups: 1,000 idle ones stand for any number.
    for (let i = 0; i < 1000; i += 1000) {
      await Promise.all(
        Array.from({ length: 1000 }, (_, j) =>
          writeGroup(testEnv.SCORES, {
            v: 1,
            code: codeOf(i + j),
            quizId: QUIZ,
            name: null,
            createdAt: new Date().toISOString(),
            expiresAt: far,
            keyHash: 'x',
          }),
        ),
      );
    }
    await seed(30, () => codeOf(42));
    const counted = countingKv(testEnv.SCORES);
    const report = await rollupQuiz({ ...testEnv, SCORES: counted.kv }, quiz, Date.now(), ROLLUP_OPERATION_BUDGET);
    expect(report.folded).toBe(30);
    // Reads: the summary and one bulk read for the one group; writes: that group and the summary;
    // lists: the first hour, then one per settled hour, as without groups.
    expect(counted.counts.get).toBe(2);
    expect(counted.counts.put).toBe(2);
    expect(counted.total()).toBe(4 + counted.counts.list);
    await expectExactGroups(30, () => codeOf(42));
  });

  it('folds 10,000 groups with a take each without any invocation passing its operation budget', {
    timeout: 240_000,
  }, async () => {
    const groupOf = (i: number) => codeOf(i);
    await seed(10_000, groupOf, 6);
    const perInvocation: number[] = [];
    for (let run = 0; run < 40; run++) {
      const counted = countingKv(testEnv.SCORES);
      const reports = await rollup({ ...testEnv, SCORES: counted.kv }, Date.now());
      perInvocation.push(counted.total());
      if (reports.every((r) => r.caughtUp)) break;
    }
    expect(Math.max(...perInvocation)).toBeLessThanOrEqual(ROLLUP_OPERATION_BUDGET);
    // 10,000 group writes at under 900 a run: about a dozen runs, a dozen minutes of cron.
    expect(perInvocation.length).toBeGreaterThanOrEqual(12);
    expect(perInvocation.length).toBeLessThan(20);
    expect(takesIn((await summary())?.tallies)).toBe(10_000);
    await expectExactGroups(10_000, groupOf);
    const r = await computeResults(testEnv, quiz, Date.now());
    expect(r.takes).toBe(10_000);
  });

  it('stops inside a page when the groups in it outgrow the budget, and resumes past what it folded', async () => {
    const groupOf = (i: number) => (i % 5 === 0 ? undefined : codeOf(i % 97));
    await seed(600, groupOf);
    const first = await rollupQuiz(testEnv, quiz, later(), 20);
    expect(first.caughtUp).toBe(false);
    expect(first.operations).toBeLessThanOrEqual(20);
    const partial = await summary();
    expect(partial?.next.after).toMatch(/^v1:sub:/);
    expect(takesIn(partial?.tallies)).toBe(first.folded);
    expect(first.folded).toBeGreaterThan(0);
    expect(first.folded).toBeLessThan(600);
    // Meanwhile results count every take once.
    expect((await computeResults(testEnv, quiz, later())).takes).toBe(600);
    let runs = 1;
    while (!(await rollupQuiz(testEnv, quiz, later(), 20)).caughtUp) runs++;
    expect(runs).toBeGreaterThan(3);
    expect(takesIn((await summary())?.tallies)).toBe(600);
    await expectExactGroups(600, groupOf);
  });

  it('counts nothing twice when a run dies after writing some group tallies and before its summary', async () => {
    const groupOf = (i: number) => codeOf(i % 50);
    await seed(2500, groupOf);
    const future = new Date(Date.now() + 86400_000).toISOString();
    for (const code of [codeOf(0), codeOf(49)]) {
      const group = { v: 1 as const, code, quizId: QUIZ, name: null, createdAt: future, expiresAt: future };
      await writeGroup(testEnv.SCORES, { ...group, keyHash: await hashResultsKey('k') });
    }
    // 20 of the 50 group writes land, then KV fails: the summary is never written.
    const dying = failingPuts(testEnv.SCORES, 20);
    await expect(rollupQuiz({ ...testEnv, SCORES: dying }, quiz, later(), ROLLUP_OPERATION_BUDGET)).rejects.toThrow(
      /injected/,
    );
    expect(await summary()).toBeNull();
    const halfWritten = await groupTallies(Array.from({ length: 50 }, (_, i) => codeOf(i)));
    expect(halfWritten.size).toBe(20);
    // Group reads meanwhile count each take once, written into the group's tally (code 0) or not yet (code 49).
    for (const code of [codeOf(0), codeOf(49)]) {
      const r = await readGroup(code, 'k');
      expect(r.takes, code).toBe(50);
      expect(r.crowd?.takes).toBe(2500);
    }

    await rollup(testEnv, later());
    expect(takesIn((await summary())?.tallies)).toBe(2500);
    await expectExactGroups(2500, groupOf);
    // And again: a second run over a caught-up quiz changes nothing.
    await rollup(testEnv, later());
    await expectExactGroups(2500, groupOf);
  });
});
