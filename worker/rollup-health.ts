// How far the scheduled rollup is behind, for GET /api/health: a stopped cron shows here before readers notice.

import type { Health } from '../contract/api.ts';
import type { Env } from './env.ts';
import { quizzes } from './quiz-bank.ts';
import { foldState } from './results.ts';

/** Health checks may come every few seconds; the lag changes by the minute, so an isolate asks KV once a minute. */
const KEEP_MS = 60_000;
const known = new WeakMap<KVNamespace, { lagSeconds: number; until: number }>();

/** The worst lag over all quizzes (1 KV read each, at most once a minute per isolate); null when KV fails. */
export async function rollupHealth(env: Env, now: number): Promise<Health['rollup']> {
  const kept = known.get(env.SCORES);
  if (kept && kept.until > now) return { lagSeconds: kept.lagSeconds };
  try {
    const states = await Promise.all(quizzes.map((quiz) => foldState(env, quiz, now)));
    const lagSeconds = Math.max(0, ...states.map((s) => s.lagSeconds));
    known.set(env.SCORES, { lagSeconds, until: now + KEEP_MS });
    return { lagSeconds };
  } catch (err) {
    console.error('[lateral] rollup lag unavailable:', err);
    return { lagSeconds: null };
  }
}
