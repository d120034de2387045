// Optional Cloudflare Turnstile on attempts: on when the site key and the secret are both set, verified through siteverify.

import type { Env } from '../env.ts';
import { notConfigured, warnOnce } from '../env.ts';
import { fail } from '../http/errors.ts';

export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

/** The origin a host page's CSP must allow (script-src and frame-src) when Turnstile is on. */
export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

/** The site key when Turnstile is on (both settings present), null when it is off. */
export function turnstileSiteKey(env: Env): string | null {
  return env.TURNSTILE_SITE_KEY && env.TURNSTILE_SECRET ? env.TURNSTILE_SITE_KEY : null;
}

/**
 * Half a configuration (a site key without the secret, or the reverse) refuses attempts: running
 * without the challenge the operator meant to have would fail open.
 */
export function requireWholeTurnstileSetup(env: Env): void {
  if (Boolean(env.TURNSTILE_SITE_KEY) === Boolean(env.TURNSTILE_SECRET)) return;
  warnOnce(
    env.TURNSTILE_SITE_KEY
      ? 'TURNSTILE_SITE_KEY is set but the secret TURNSTILE_SECRET is not (`npx wrangler secret put TURNSTILE_SECRET`). Attempts are refused.'
      : 'TURNSTILE_SECRET is set but TURNSTILE_SITE_KEY is not (add it under [vars]). Attempts are refused.',
  );
  notConfigured();
}

type Siteverify = { success?: unknown; 'error-codes'?: unknown };

/**
 * Asks siteverify whether the reader's token is good; anything else (missing, refused, siteverify
 * unreachable) is a 403 `challenge_failed`, which the widget answers with a fresh challenge.
 * No address is sent: the token alone is checked, so nothing about the reader leaves here.
 */
export async function verifyTurnstile(secret: string, token: string | undefined): Promise<void> {
  if (!token) challengeFailed('This quiz needs a quick check that you are a person. Please try again.');
  let outcome: Siteverify;
  try {
    const res = await fetch(SITEVERIFY_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ secret, response: token, idempotency_key: crypto.randomUUID() }),
    });
    outcome = (await res.json()) as Siteverify;
  } catch (err) {
    console.error('[lateral] Turnstile siteverify unreachable:', err);
    challengeFailed('The check that you are a person could not be completed just now. Please try again.');
  }
  if (outcome.success !== true) {
    const codes = Array.isArray(outcome['error-codes']) ? outcome['error-codes'].join(', ') : 'none';
    if (/secret/.test(codes)) warnOnce(`Turnstile siteverify refused the secret (${codes}): check TURNSTILE_SECRET.`);
    challengeFailed('The check that you are a person did not pass. Please try again.');
  }
}

function challengeFailed(message: string): never {
  fail(403, 'challenge_failed', message);
}
