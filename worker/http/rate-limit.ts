// Per-client brakes through the Workers Rate Limiting bindings: attempts and submissions, and results-token guesses.

import type { Context, MiddlewareHandler } from 'hono';
import { type AppEnv, settings } from '../env.ts';
import { fail } from './errors.ts';

/**
 * The counter key for a client address. An IPv6 client usually holds a whole /64 (SLAAC, privacy
 * addresses), so it is counted by that prefix, or it could walk through 2^64 addresses of its own.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  if (!address.includes(':')) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  const prefix = groups.slice(0, 4).map((g) => (Number.parseInt(g, 16) || 0).toString(16));
  return `${prefix.join(':')}::/64`;
}

async function brake(c: Context<AppEnv>, limiter: RateLimit | undefined, message: string): Promise<void> {
  if (!settings(c.env).rateLimit || !limiter) return;
  // The address is only a counter key inside the binding: it is never stored or logged.
  const { success } = await limiter.limit({ key: clientKey(c.req.header('cf-connecting-ip')) });
  if (!success)
    fail(429, 'rate_limited', message, { 'Retry-After': '60', 'Cache-Control': 'no-store' }, { scope: 'minute' });
}

/** Attempts and submissions: 120 a minute per address (wrangler.toml). Throws the 429. */
export function requestBrake(c: Context<AppEnv>): Promise<void> {
  return brake(c, c.env.RATE_LIMITER, 'Too many requests from your network. Please wait a minute and try again.');
}

/** `requestBrake` in front of a route. Pages that answer a refusal in their own language call it themselves. */
export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  await requestBrake(c);
  await next();
};

/**
 * Every presentation of a results token, right or wrong, Bearer or form, counts against its own limit
 * (10 a minute per address) before the token is compared: once an address is over, even a right guess
 * is refused, so guessing learns nothing faster. A teacher opening the page now and then never meets it.
 */
export function tokenGuessBrake(c: Context<AppEnv>): Promise<void> {
  return brake(
    c,
    c.env.RESULTS_TOKEN_LIMITER,
    'Too many attempts with a results token from your network. Please wait a minute and try again.',
  );
}
