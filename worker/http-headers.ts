// Response headers chosen for embedding: readable cross-site, no cookies, nothing that blocks a host page.

import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * Set by hand rather than with Hono's secureHeaders(): its defaults, CORP same-origin and
 * X-Frame-Options SAMEORIGIN, would stop other sites loading embed.js or framing /embed pages.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Cross-Origin-Resource-Policy', 'cross-origin');
  if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  if ((h.get('Content-Type') ?? '').startsWith('application/json') && !h.has('Content-Security-Policy')) {
    h.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
  // Privacy is a feature: no response ever sets a cookie.
  h.delete('Set-Cookie');
};

/** Any site may call the API, without credentials; preflights are cached for a day. */
export const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match'],
  exposeHeaders: ['ETag', 'Retry-After'],
  maxAge: 86400,
  credentials: false,
});
