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
  if (isEditorPath(c.req.path)) {
    // The editor is for this site's own editors: never framed, never loaded by other sites, no referrer.
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('X-Frame-Options', 'DENY');
    // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" on form posts, which the CSRF check refuses.
    h.set('Referrer-Policy', 'same-origin');
  } else {
    h.set('Cross-Origin-Resource-Policy', 'cross-origin');
    if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  }
  if ((h.get('Content-Type') ?? '').startsWith('application/json') && !h.has('Content-Security-Policy')) {
    h.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
  // Privacy is a feature: readers never get a cookie. Only the editor's session cookie, scoped to /editor, exists.
  if (!isEditorPath(c.req.path)) h.delete('Set-Cookie');
};

function isEditorPath(path: string): boolean {
  return path === '/editor' || path.startsWith('/editor/');
}

/** Any site may call the API, without credentials; preflights are cached for a day. */
export const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match'],
  exposeHeaders: ['ETag', 'Retry-After'],
  maxAge: 86400,
  credentials: false,
});
