// The brake on making groups: at most GROUP_DAILY_LIMIT per quiz per UTC day per client address.

import { type Env, attemptSecret, settings } from '../env.ts';
import { fail } from '../http/errors.ts';
import { readCreations, writeCreations } from '../store.ts';
import { isoDay, nextUtcMidnight } from '../../contract/utc-day.ts';

/**
 * The counter's key names neither the address nor anything that outlives the day: an HMAC of the day,
 * the quiz and the address under the Worker's secret, cut to 128 bits, in a key that expires with the day.
 */
async function clientKey(secret: string, day: string, quizId: string, address: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`groups|${day}|${quizId}|${address}`));
  return Array.from(new Uint8Array(mac).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Counts one creation, or refuses it with 429 once today's allowance is spent. KV has no atomic
 * increment, so creations racing from one address may slip a few past the limit: a brake, not a quota
 * (the per-minute rate limit in front of it bounds the race).
 */
export async function countGroupCreation(env: Env, quizId: string, address: string, now: number): Promise<void> {
  // Before anything else, brakes on or off: a group's takes need signed attempts, so without the secret
  // (outside local development) no group is made that nobody could join (503 not_configured).
  const secret = attemptSecret(env);
  const { groupDailyLimit, rateLimit } = settings(env);
  if (!rateLimit) return;
  const day = isoDay(now);
  const client = await clientKey(secret, day, quizId, address);
  const count = await readCreations(env.SCORES, day, client);
  const midnight = nextUtcMidnight(now);
  if (count >= groupDailyLimit) {
    fail(
      429,
      'rate_limited',
      `At most ${groupDailyLimit} groups can be made for this quiz from one network in a day. Please try again tomorrow (UTC).`,
      { 'Retry-After': String(Math.ceil((midnight - now) / 1000)) },
      { scope: 'day' },
    );
  }
  // KV wants an expiry at least 60 s ahead; a minute past midnight also covers clocks that disagree.
  await writeCreations(env.SCORES, day, client, count + 1, midnight + 60_000);
}
