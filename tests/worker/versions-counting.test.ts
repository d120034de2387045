// Every 2xx submission is counted exactly once, under its own version, whatever deploys, retries and rollups happen around it.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import type { QuestionFile } from '../../contract/quiz.ts';
import { rollupQuiz } from '../../worker/results/rollup.ts';
import { writeSubmission } from '../../worker/store.ts';
import {
  BUILT,
  FIRST,
  QUIZ,
  answersScoring,
  call,
  legacyRecord,
  newAttempt,
  postJson,
  quiz,
  storedRecord,
  testEnv,
  bucketAgo,
  later,
} from './helpers.ts';
import { OFF } from './results-support.ts';
import { deploy, undeploy, withChangedAnswer, withNewQuestion } from './versions-support.ts';

type Step =
  | { kind: 'start' }
  | { kind: 'submit'; which: number; score: number; retry: boolean }
  | { kind: 'deploy' }
  | { kind: 'rollup'; budget: number };

/**
 * A take stored hours ago: before versions (a v1 record, of the quiz's first recorded version, counted there)
 * or after (a v2 record of the version as built).
 */
type Seed = { hoursAgo: number; legacy: boolean; score: number };

const seedArb: fc.Arbitrary<Seed> = fc.record({
  hoursAgo: fc.integer({ min: 2, max: 4 }),
  legacy: fc.boolean(),
  score: fc.nat(Math.min(FIRST.questions.length, BUILT.questions.length)),
});

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'start' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      which: fc.nat(20),
      // Up to the most questions any edition deployed below has; clamped to the take's own.
      score: fc.nat(BUILT.questions.length + 1),
      retry: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'deploy' as const }) },
  // A rollup as the cron runs it now: it may fold the seeded hours, never the hour readers are in.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rollup' as const), budget: fc.integer({ min: 3, max: 6 }) }) },
);

/** Editions deployed in turn after the one built: a question added, then question 1's answer changed as well. */
const editions: (() => QuestionFile[])[] = [() => withNewQuestion(), () => withNewQuestion(withChangedAnswer())];

async function clearKv(): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await testEnv.SCORES.list(cursor ? { cursor } : {});
    await Promise.all(page.keys.map((k) => testEnv.SCORES.delete(k.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
}

const takesByVersion = async (): Promise<Record<string, number>> => {
  const r = (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
  return Object.fromEntries(r.versions.filter((v) => v.takes > 0).map((v) => [v.version, v.takes]));
};

afterEach(() => undeploy());

describe('counting across versions', () => {
  it('counts every 2xx submission exactly once, under the version it was graded by, after any number of rollups', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(seedArb, { maxLength: 6 }),
        fc.array(step, { minLength: 4, maxLength: 14 }),
        fc.array(fc.integer({ min: 3, max: 8 }), { minLength: 1, maxLength: 4 }),
        async (seeds, steps, lateBudgets) => {
          undeploy();
          await clearKv();
          const expected: Record<string, number> = {};
          const count = (version: string) => {
            expected[version] = (expected[version] ?? 0) + 1;
          };
          const open: { token: string; version: string; questions: QuestionFile[]; done: boolean }[] = [];
          let edition = 0;
          // Stored before the steps run: a rollup has never passed their hours.
          for (const [i, seed] of seeds.entries()) {
            const record = seed.legacy
              ? legacyRecord(seed.score, { lang: 'es' })
              : storedRecord(seed.score, BUILT, { lang: 'es' });
            const bucket = bucketAgo(seed.hoursAgo);
            await writeSubmission(testEnv.SCORES, QUIZ, bucket, `seed${String(i).padStart(4, '0')}`, record);
            count(seed.legacy ? FIRST.version : BUILT.version);
          }
          for (const s of steps) {
            if (s.kind === 'start') {
              const token = await newAttempt(OFF);
              open.push({
                token,
                version: token.split('.')[3] ?? '',
                questions: structuredClone(quiz.questions),
                done: false,
              });
            } else if (s.kind === 'submit' && open.length) {
              const take = open[s.which % open.length];
              if (!take) continue;
              const body = {
                attempt: take.token,
                lang: 'en',
                answers: answersScoring(Math.min(s.score, take.questions.length), {
                  ...quiz,
                  questions: take.questions,
                }),
              };
              const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, body, OFF);
              expect(res.status).toBe(take.done ? 200 : 201);
              if (!take.done) count(take.version);
              take.done = true;
              if (s.retry) expect((await postJson(`/api/quizzes/${QUIZ}/submissions`, body, OFF)).status).toBe(200);
            } else if (s.kind === 'deploy' && edition < editions.length) {
              deploy((editions[edition++] as () => QuestionFile[])());
            } else if (s.kind === 'rollup') {
              await rollupQuiz(testEnv, quiz, Date.now(), s.budget);
            }
            expect(await takesByVersion()).toEqual(expected);
          }
          // Every hour settles: later rollups, with small budgets, fold everything, each take once.
          const settled = later();
          for (const budget of lateBudgets) await rollupQuiz(testEnv, quiz, settled, budget);
          for (let i = 0; i < 30 && !(await rollupQuiz(testEnv, quiz, settled, 900)).caughtUp; i++);
          expect(await takesByVersion()).toEqual(expected);
        },
      ),
      { numRuns: 15 },
    );
  });
});
