// The origin this Worker is reached at, as embed snippets, oEmbed and CSP must name it: PUBLIC_ORIGIN when set.

import type { Context } from 'hono';
import { type AppEnv, isLocalDev, notConfigured, warnOnce } from '../env.ts';

/**
 * PUBLIC_ORIGIN when configured, so what a page tells host sites to load never depends on the Host
 * a request happened to use (a workers.dev alias, say). Without it, the request's own origin: what
 * local development wants, and what a deployment gets until it sets one (logged once).
 */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = c.env.PUBLIC_ORIGIN?.trim();
  if (!configured) {
    if (!isLocalDev(c.env)) warnOnce("PUBLIC_ORIGIN is not set: embed codes and oEmbed name the request's own host.");
    return new URL(c.req.url).origin;
  }
  let url: URL | undefined;
  try {
    url = new URL(configured);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    warnOnce(`PUBLIC_ORIGIN "${configured.slice(0, 80)}" is not an http(s) origin such as https://quiz.example.org.`);
    notConfigured();
  }
  return url.origin;
}
