import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupCreated } from '../../contract/api.ts';
import { GROUP_CODE_ALPHABET } from '../../contract/group-code.ts';
import type { GroupFold } from '../../worker/results/group-fold.ts';
import { hashResultsKey } from '../../worker/groups/record.ts';
import { computeResults } from '../../worker/results/compute.ts';
import { ROLLUP_OPERATION_BUDGET, rollup, rollupQuiz } from '../../worker/results/rollup.ts';
import { HOUR_MS, keys, writeGroup, writeSubmission } from '../../worker/store.ts';
import type { Summary, Tallies } from '../../worker/results/tally.ts';
import { BUILT, QUIZ, answersScoring, countingKv, quiz, testEnv, bucketAgo, later, storedRecord } from './helpers.ts';
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

/** A take as the Worker stores it today, graded against the current version, in class group `group`. */
const record = (score: number, group?: string) => storedRecord(score, BUILT, { day: '2026-11-20', group });

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

/** Every group's folded tally, as the quiz's summary holds them. */
async function groupTallies(codes: string[]): Promise<Map<string, GroupFold>> {
  const groups = (await summary())?.groups ?? {};
  return new Map(codes.flatMap((code) => (groups[code] ? [[code, groups[code]] as const] : [])));
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

function scoreSum(s: GroupFold | undefined): number {
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

  it('folds groups inside the summary: one write a run however many groups had takes, idle groups cost nothing', async () => {
    const far = new Date(Date.now() + 100 * 86400_000).toISOString();
    // The rollup never lists or reads groups: 1,000 idle ones stand for any number.
    await Promise.all(
      Array.from({ length: 1000 }, (_, j) =>
        writeGroup(testEnv.SCORES, {
          v: 1,
          code: codeOf(j),
          quizId: QUIZ,
          name: null,
          createdAt: new Date().toISOString(),
          expiresAt: far,
          keyHash: 'x',
        }),
      ),
    );
    await seed(30, (i) => codeOf(i % 3));
    const counted = countingKv(testEnv.SCORES);
    const report = await rollupQuiz({ ...testEnv, SCORES: counted.kv }, quiz, Date.now(), ROLLUP_OPERATION_BUDGET);
    expect(report.folded).toBe(30);
    // Reads: the summary; writes: the summary alone, the groups' tallies inside it (M5);
    // lists: the first hour, then one per settled hour, as without groups.
    expect(counted.counts.get).toBe(1);
    expect(counted.counts.put).toBe(1);
    expect(counted.total()).toBe(2 + counted.counts.list);
    await expectExactGroups(30, (i) => codeOf(i % 3));
  });

  it('folds 10,000 groups with a take each in one run, within the operation budget', { timeout: 240_000 }, async () => {
    const groupOf = (i: number) => codeOf(i);
    await seed(10_000, groupOf, 6);
    const counted = countingKv(testEnv.SCORES);
    const reports = await rollup({ ...testEnv, SCORES: counted.kv }, Date.now());
    expect(counted.total()).toBeLessThanOrEqual(ROLLUP_OPERATION_BUDGET);
    expect(reports.every((r) => r.caughtUp)).toBe(true);
    expect(takesIn((await summary())?.tallies)).toBe(10_000);
    await expectExactGroups(10_000, groupOf);
    const r = await computeResults(testEnv, quiz, Date.now());
    expect(r.takes).toBe(10_000);
  });

  it('stops between pages when its budget ends, and resumes where it stopped without counting twice', async () => {
    const groupOf = (i: number) => (i % 5 === 0 ? undefined : codeOf(i % 97));
    for (const hoursAgo of [5, 6, 7]) await seed(200, groupOf, hoursAgo);
    const first = await rollupQuiz(testEnv, quiz, later(), 4);
    expect(first.caughtUp).toBe(false);
    expect(first.operations).toBeLessThanOrEqual(4);
    expect(takesIn((await summary())?.tallies)).toBe(first.folded);
    expect(first.folded).toBeLessThan(600);
    // Meanwhile results count every take once.
    expect((await computeResults(testEnv, quiz, Date.now())).takes).toBe(600);
    let runs = 1;
    while (!(await rollupQuiz(testEnv, quiz, later(), 4)).caughtUp) runs++;
    expect(runs).toBeGreaterThan(1);
    expect(takesIn((await summary())?.tallies)).toBe(600);
  });

  it('counts nothing when a run dies before its one write, and everything once after', async () => {
    const groupOf = (i: number) => codeOf(i % 50);
    await seed(2500, groupOf);
    const future = new Date(Date.now() + 86400_000).toISOString();
    for (const code of [codeOf(0), codeOf(49)]) {
      const group = { v: 1 as const, code, quizId: QUIZ, name: null, createdAt: future, expiresAt: future };
      await writeGroup(testEnv.SCORES, { ...group, keyHash: await hashResultsKey('k') });
    }
    await expect(
      rollupQuiz({ ...testEnv, SCORES: failingPuts(testEnv.SCORES, 0) }, quiz, later(), ROLLUP_OPERATION_BUDGET),
    ).rejects.toThrow(/injected/);
    expect(await summary()).toBeNull();
    // Group reads meanwhile count each take once, from the unfolded hours.
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

  it('adopts the tallies groups kept under their own keys before, once, counting nothing twice', async () => {
    const code = codeOf(7);
    await seed(40, () => code, 6);
    await seed(10, () => code, 5);
    // As an earlier rollup left it: the summary past hour 6 without groups, and the group's own key ahead of it.
    await rollupQuiz(testEnv, quiz, later(), ROLLUP_OPERATION_BUDGET);
    const folded = (await summary()) as Summary;
    const legacy = folded.groups?.[code] as GroupFold;
    const { groups: _groups, ...older } = folded;
    await testEnv.SCORES.put(keys.summary(QUIZ), JSON.stringify({ ...older, next: { bucket: bucketAgo(5) } }));
    await testEnv.SCORES.put(
      keys.groupSummary(QUIZ, code),
      JSON.stringify({ v: 2, through: legacy.through, tallies: legacy.tallies }),
    );
    // Its figures read the legacy key until the next rollup adopts it into the summary.
    const group = { v: 1 as const, code, quizId: QUIZ, name: null, createdAt: new Date().toISOString() };
    const until = new Date(Date.now() + 86400_000).toISOString();
    await writeGroup(testEnv.SCORES, { ...group, expiresAt: until, keyHash: await hashResultsKey('k') });
    expect((await readGroup(code, 'k')).takes).toBe(50);
    await rollupQuiz(testEnv, quiz, later(), ROLLUP_OPERATION_BUDGET);
    expect(takesIn((await summary())?.groups?.[code]?.tallies)).toBe(50);
    expect((await readGroup(code, 'k')).takes).toBe(50);
  });
});
