// Per-client brakes through the Workers Rate Limiting bindings: attempts and submissions, and results-token guesses.

import type { Context, MiddlewareHandler } from 'hono';
import { type AppEnv, notConfigured, settings, warnOnce } from '../env.ts';
import { fail } from './errors.ts';

/**
 * The counter key for a client address. An IPv6 client usually holds a whole /64 (SLAAC, privacy
 * addresses), so it is counted by that prefix, or it could walk through 2^64 addresses of its own.
 * `groups` 3 gives the /48 a site is usually assigned, for the looser second brake (I6).
 */
export function clientKey(address: string | undefined, groups: 3 | 4 = 4): string {
  if (!address) return 'unknown';
  if (!address.includes(':')) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const all =
    tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  const prefix = all.slice(0, groups).map((g) => (Number.parseInt(g, 16) || 0).toString(16));
  return `${prefix.join(':')}::/${groups * 16}`;
}

async function brake(
  c: Context<AppEnv>,
  limiter: RateLimit | undefined,
  message: string,
  key = clientKey(c.req.header('cf-connecting-ip')),
): Promise<void> {
  if (!settings(c.env).rateLimit) return;
  // Fail closed: a brake whose binding is missing refuses service rather than let everything through.
  if (!limiter) {
    warnOnce('A Rate Limiting binding is missing (wrangler.toml [[ratelimits]]): the routes it brakes are refused.');
    notConfigured();
  }
  // The address is only a counter key inside the binding: it is never stored or logged.
  const { success } = await limiter.limit({ key });
  if (!success)
    fail(429, 'rate_limited', message, { 'Retry-After': '60', 'Cache-Control': 'no-store' }, { scope: 'minute' });
}

const TOO_MANY = 'Too many requests from your network. Please wait a minute and try again.';

/**
 * Attempts and submissions: 120 a minute per address (wrangler.toml). An IPv6 client also counts against a
 * looser brake on its /48 (I6): a site that holds a /48 has 65,536 /64s, each of which would otherwise get
 * the whole per-address allowance. Throws the 429.
 */
export async function requestBrake(c: Context<AppEnv>): Promise<void> {
  await brake(c, c.env.RATE_LIMITER, TOO_MANY);
  const wide = clientKey(c.req.header('cf-connecting-ip'), 3);
  if (wide.endsWith('::/48')) await brake(c, c.env.WIDE_LIMITER, TOO_MANY, wide);
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

/** Class group creations and results-link replacements, from the API and the page forms: 5 a minute per address. */
export function groupBrake(c: Context<AppEnv>): Promise<void> {
  return brake(
    c,
    c.env.GROUP_LIMITER,
    'Too many class group changes from your network. Please wait a minute and try again.',
  );
}
