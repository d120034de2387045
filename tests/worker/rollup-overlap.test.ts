// Issue 22 M5: rollups that overlap, stop at different points, or read a summary a location cached earlier,
// never lose or double a class group's takes: the group fold is part of the one summary value, so every write
// is a whole consistent snapshot.

import { reset } from 'cloudflare:test';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUP_CODE_ALPHABET } from '../../contract/group-code.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { keys, writeSubmission } from '../../worker/store.ts';
import type { Summary, Tallies } from '../../worker/results/tally.ts';
import { BUILT, QUIZ, bucketAgo, later, quiz, storedRecord, testEnv } from './helpers.ts';

const CODES = Array.from({ length: 4 }, (_, i) => `${GROUP_CODE_ALPHABET[i]}`.repeat(6));

/** A take as the Worker stores it today, graded against the current version, in class group `group`. */
const record = (score: number, group?: string) => storedRecord(score, BUILT, { day: '2026-11-20', group });

/**
 * One location's view of KV: calls delayed by turns, and, when `stale` is given, reads of the summary
 * answered from that earlier copy (a location that cached it before another run wrote a newer one).
 */
function locationKv(kv: KVNamespace, delays: number[], stale: Map<string, string | null> | null): KVNamespace {
  let turn = 0;
  const wait = () => new Promise((resolve) => setTimeout(resolve, delays[turn++ % delays.length] ?? 0));
  return new Proxy(kv, {
    get(target, prop) {
      const real = Reflect.get(target, prop) as (...a: unknown[]) => unknown;
      if (typeof real !== 'function') return real;
      return async (...args: unknown[]) => {
        await wait();
        const key = args[0];
        if (prop === 'get' && stale && typeof key === 'string' && stale.has(key)) {
          const text = stale.get(key) ?? null;
          const type = typeof args[1] === 'string' ? args[1] : (args[1] as { type?: string } | undefined)?.type;
          return text === null ? null : type === 'json' ? JSON.parse(text) : text;
        }
        return real.apply(target, args);
      };
    },
  });
}

const groupTakes = (tallies: Tallies | undefined) => Object.values(tallies ?? {}).reduce((n, t) => n + t.takes, 0);

afterEach(() => reset());

describe('rollups that overlap', () => {
  it('keep every group total and the quiz total exact, whatever runs at once or reads stale (M5)', async () => {
    const take = fc.record({ hour: fc.nat(3), group: fc.nat(CODES.length), score: fc.nat(quiz.questions.length) });
    const run = fc.record({
      budget: fc.integer({ min: 4, max: 30 }),
      delays: fc.array(fc.nat(6), { minLength: 1, maxLength: 6 }),
      stale: fc.boolean(),
      wave: fc.nat(2),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(take, { minLength: 1, maxLength: 80 }),
        fc.array(run, { minLength: 2, maxLength: 6 }),
        async (takes, runs) => {
          await reset();
          await Promise.all(
            takes.map((t, i) =>
              writeSubmission(
                testEnv.SCORES,
                QUIZ,
                bucketAgo(5 + t.hour),
                `take${String(i).padStart(5, '0')}`,
                record(t.score, CODES[t.group]),
              ),
            ),
          );
          // Waves of runs at once; a stale run reads the summary as it stood before its wave's predecessors wrote.
          let before = new Map<string, string | null>([[keys.summary(QUIZ), null]]);
          for (let wave = 0; wave <= 2; wave++) {
            const now = later() + wave * 60_000;
            await Promise.all(
              runs
                .filter((r) => r.wave === wave)
                .map((r) =>
                  rollup(
                    { ...testEnv, SCORES: locationKv(testEnv.SCORES, r.delays, r.stale ? before : null) },
                    now,
                    r.budget,
                  ),
                ),
            );
            before = new Map([[keys.summary(QUIZ), await testEnv.SCORES.get(keys.summary(QUIZ))]]);
          }
          // Then a healthy cron catches up.
          for (let i = 0; i < 40; i++) await rollup(testEnv, later() + (10 + i) * 60_000);
          const summary = (await testEnv.SCORES.get<Summary>(keys.summary(QUIZ), 'json')) as Summary;
          expect(groupTakes(summary.tallies)).toBe(takes.length);
          for (const [i, code] of CODES.entries()) {
            const want = takes.filter((t) => t.group === i).length;
            expect(groupTakes(summary.groups?.[code]?.tallies), code).toBe(want);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
