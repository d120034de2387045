// One daily budget for every KV write a client can cause: counted exactly in a Durable Object, never in KV itself.

import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../env.ts';
import { warnOnce } from '../env.ts';
import { fail } from './errors.ts';
import { isoDay as utcDay, nextUtcMidnight } from '../../contract/utc-day.ts';

/**
 * The default budget: the Free plan allows 1,000 KV writes a day, and the scheduled rollup needs the
 * rest (one summary per quiz an hour while it has takes to fold, plus one tally per class group that had
 * takes). A paid plan raises it with DAILY_WRITE_BUDGET (wrangler.toml).
 */
export const DEFAULT_DAILY_WRITE_BUDGET = 750;

/** What each kind of request can write to KV, at most: what it spends from the budget before writing. */
export const WRITE_COST = {
  take: 1,
  groupCreation: 1,
  groupLinkReplacement: 1,
  draftSave: 1,
  /** the revision, the new version's entry, the pointer and the draft's published state */
  publish: 4,
  /** the pointer and the draft's published state */
  unpublish: 2,
} as const;

export type WriteKind = keyof typeof WRITE_COST;

/** Days kept in the counter's table: today and yesterday (a request can straddle midnight). */
const DAYS_KEPT = 2;

/**
 * The counter: one object for the whole site. Its SQLite storage calls are synchronous, so a spend is
 * read, compared and written with nothing in between; no two requests can both take the last write.
 */
export class WriteBudget extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec('CREATE TABLE IF NOT EXISTS spent (day TEXT PRIMARY KEY, writes INTEGER NOT NULL)');
  }

  /** Spends `writes` from `day`'s budget of `limit` when they fit; what was spent that day either way. */
  spend(day: string, writes: number, limit: number): { ok: boolean; used: number } {
    const used = this.used(day);
    if (used + writes > limit) return { ok: false, used };
    this.ctx.storage.sql.exec(
      'INSERT INTO spent (day, writes) VALUES (?, ?) ON CONFLICT(day) DO UPDATE SET writes = writes + excluded.writes',
      day,
      writes,
    );
    this.ctx.storage.sql.exec(
      'DELETE FROM spent WHERE day NOT IN (SELECT day FROM spent ORDER BY day DESC LIMIT ?)',
      DAYS_KEPT,
    );
    return { ok: true, used: used + writes };
  }

  used(day: string): number {
    const row = this.ctx.storage.sql
      .exec<{ writes: number }>('SELECT writes FROM spent WHERE day = ?', day)
      .toArray()[0];
    return row?.writes ?? 0;
  }
}

/** DAILY_WRITE_BUDGET as a number: unset is the default; anything but a whole number refuses service. */
export function dailyWriteBudget(env: Env): number {
  const value = env.DAILY_WRITE_BUDGET?.trim();
  if (value === undefined || value === '') return DEFAULT_DAILY_WRITE_BUDGET;
  if (!/^\d{1,9}$/.test(value)) {
    warnOnce(`DAILY_WRITE_BUDGET must be a whole number, not "${value.slice(0, 20)}". Writes are refused.`);
    fail(503, 'not_configured', 'This site is not fully configured: its daily write budget is not a number.');
  }
  return Number(value);
}

function counter(env: Env): DurableObjectStub<WriteBudget> {
  if (!env.WRITE_BUDGET) {
    warnOnce('The WRITE_BUDGET Durable Object binding is missing (wrangler.toml): writes are refused.');
    fail(503, 'not_configured', 'This site is not fully configured: its daily write budget is not available.');
  }
  return env.WRITE_BUDGET.getByName('site');
}

/**
 * Spends the writes a request is about to make, or refuses it (429 `daily_limit`, nothing written)
 * when today's budget can't hold them. A counter that can't be reached refuses too (503): the budget
 * fails closed, never open.
 */
export async function spendWrites(env: Env, kind: WriteKind, now: number): Promise<void> {
  const limit = dailyWriteBudget(env);
  const day = utcDay(now);
  let answer: { ok: boolean; used: number };
  try {
    answer = await counter(env).spend(day, WRITE_COST[kind], limit);
  } catch (err) {
    if (err instanceof Error && 'status' in err) throw err;
    console.error('[lateral] write budget unavailable:', err);
    fail(503, 'storage_unavailable', 'This could not be saved just now. Please try again in a moment.', {
      'Retry-After': '2',
    });
  }
  if (!answer.ok) {
    const midnight = nextUtcMidnight(now);
    fail(429, 'daily_limit', 'This site has reached its limit of changes for today, so nothing was saved.', {
      'Retry-After': String(Math.ceil((midnight - now) / 1000)),
    });
  }
}

/** Today's writes and the budget, for /api/health; null figures when the counter can't be reached. */
export async function budgetHealth(
  env: Env,
  now: number,
): Promise<{ day: string; used: number | null; budget: number }> {
  const day = utcDay(now);
  const budget = dailyWriteBudget(env);
  try {
    return { day, used: await counter(env).used(day), budget };
  } catch (err) {
    console.error('[lateral] write budget unavailable:', err);
    return { day, used: null, budget };
  }
}
