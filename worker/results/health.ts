// How far the scheduled rollup is behind, for GET /api/health: a stopped cron shows here before readers notice.

import type { Health } from '../../contract/api.ts';
import type { Env } from '../env.ts';
import { foldState } from './compute.ts';
import { rollupTargets } from './rollup.ts';
import { IsolateCache, cachePer } from '../isolate-cache.ts';

/** Health checks may come every few seconds; the lag changes by the minute, so an isolate asks KV once a minute. */
const KEEP_MS = 60_000;
const lagOf = cachePer((): IsolateCache<'lag', number> => new IsolateCache());

/**
 * At most this many quizzes are read per check (1 KV read each), so a site with many published quizzes
 * stays within one invocation's budget. Past it, each minute starts one window further on, as the rollup
 * does, and the lag is the worst of the window: the rollup folds every quiz in the same run, so a stopped
 * cron shows in any of them.
 */
export const HEALTH_MAX_QUIZZES = 50;

/**
 * The worst lag over the quizzes, bundled and published (hidden ones too: the rollup still folds them):
 * 1 KV read each plus the published list, at most once a minute per isolate; null when KV fails.
 */
export async function rollupHealth(env: Env, now: number): Promise<Health['rollup']> {
  const kept = lagOf(env.SCORES).get('lag', now);
  if (kept !== undefined) return { lagSeconds: kept };
  try {
    const all = await rollupTargets(env);
    const start = all.length > HEALTH_MAX_QUIZZES ? (Math.floor(now / KEEP_MS) * HEALTH_MAX_QUIZZES) % all.length : 0;
    const window = [...all.slice(start), ...all.slice(0, start)].slice(0, HEALTH_MAX_QUIZZES);
    const states = await Promise.all(window.map((target) => foldState(env, target, now)));
    const lagSeconds = Math.max(0, ...states.map((s) => s.lagSeconds));
    lagOf(env.SCORES).set('lag', lagSeconds, now + KEEP_MS);
    return { lagSeconds };
  } catch (err) {
    console.error('[lateral] rollup lag unavailable:', err);
    return { lagSeconds: null };
  }
}
