// A per-client brake on attempts and submissions, through the Workers Rate Limiting binding.

import type { Context, MiddlewareHandler } from 'hono';
import { type AppEnv, settings } from './env.ts';
import { fail } from './errors.ts';

/** The client's address, as Cloudflare saw it: only ever a counter key, never stored or logged as is. */
export function clientAddress(c: Context): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

/** The client address is only a counter key inside the binding: it is never stored or logged. */
export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (settings(c.env).rateLimit && c.env.RATE_LIMITER) {
    const key = clientAddress(c);
    const { success } = await c.env.RATE_LIMITER.limit({ key });
    if (!success) {
      fail(429, 'rate_limited', 'Too many requests from your network. Please wait a minute and try again.', {
        'Retry-After': '60',
      });
    }
  }
  await next();
};
