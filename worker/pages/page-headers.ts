// Response headers of the HTML pages: a strict Content-Security-Policy each, and who may frame them.

import type { Context } from 'hono';
import { TURNSTILE_ORIGIN } from '../takes/turnstile.ts';

/** Pages only change on deploy; five minutes keeps a deploy visible soon after. */
export const PAGE_CACHE = 'public, max-age=300';

/** With Turnstile on, the widget loads its script and its challenge frame from Cloudflare (their CSP guide). */
const challenge = (turnstile: boolean) => (turnstile ? ` ${TURNSTILE_ORIGIN}` : '');

/**
 * The iframe page (/embed/:quizId) may be framed by any site: that is its job. The page's own origin
 * is listed next to 'self' because WordPress frames it with `sandbox="allow-scripts"`, which gives
 * the document an opaque origin; naming the origin keeps the policy exact whatever 'self' means there.
 */
export function embedPagePolicy(origin: string, turnstile = false): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${origin}${challenge(turnstile)}`,
    `style-src 'self' ${origin}`,
    `connect-src 'self' ${origin}`,
    `img-src 'self' ${origin} data:`,
    // The results view (`?view=results`) is the results page in an iframe of its own.
    `frame-src 'self' ${origin}${challenge(turnstile)}`,
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/** The demo host page runs the widget under the kind of policy a careful site has: no 'unsafe-inline'. */
export function demoPagePolicy(turnstile = false): string {
  return [
    "default-src 'none'",
    `script-src 'self'${challenge(turnstile)}`,
    "style-src 'self'",
    "connect-src 'self'",
    `frame-src 'self'${challenge(turnstile)}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Headers for a page that other sites frame: no X-Frame-Options, and nothing leaks out through links. */
export function setFrameablePageHeaders(c: Context, origin: string, turnstile = false): void {
  c.header('Content-Security-Policy', embedPagePolicy(origin, turnstile));
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', PAGE_CACHE);
}

export function setDemoPageHeaders(c: Context, turnstile = false): void {
  c.header('Content-Security-Policy', demoPagePolicy(turnstile));
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('Cache-Control', PAGE_CACHE);
}
