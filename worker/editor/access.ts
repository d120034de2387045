// Who may use the quiz editor: off without EDITOR_TOKEN, a signed short-lived session cookie, and no cross-site writes.

import type { Context, MiddlewareHandler } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import { type AppEnv, type Env, settings } from '../env.ts';
import { fail, onNotFound } from '../http/errors.ts';
import { clientKey } from '../http/rate-limit.ts';
import { sameSecret } from '../http/same-secret.ts';

/** Anything shorter can be guessed; a token that weak refuses service rather than protect nothing. */
export const MIN_TOKEN_LENGTH = 16;

/** An editor works for an hour or so; drafts are saved as they go, so signing in again loses nothing. */
export const SESSION_SECONDS = 2 * 3600;

export const SESSION_COOKIE = 'lateral_editor';

const COOKIE_OPTIONS = {
  path: '/editor',
  httpOnly: true,
  secure: true,
  sameSite: 'Strict',
} as const;

/** Signing key: rotating EDITOR_TOKEN ends every session at once. */
const sessionKey = (env: Env) => `lateral-editor-session:${env.EDITOR_TOKEN}`;

/** Off (404, exactly like any unknown address) unless EDITOR_TOKEN is set; a too-short token is a misconfiguration. */
export const editorEnabled: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = c.env.EDITOR_TOKEN;
  if (!token) return onNotFound(c);
  if (token.length < MIN_TOKEN_LENGTH) {
    fail(503, 'not_configured', `EDITOR_TOKEN is too short: use at least ${MIN_TOKEN_LENGTH} random characters.`);
  }
  await next();
};

/**
 * Writes must come from the editor's own pages. The session cookie is SameSite=Strict already;
 * the Origin check (and Sec-Fetch-Site where browsers send it) closes the rest, and a request that
 * names neither is refused: every browser sends Origin on a POST.
 */
export const sameOriginWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if (origin !== new URL(c.req.url).origin || (site !== undefined && site !== 'same-origin')) {
      fail(403, 'forbidden', 'Editor changes must come from the editor page itself.');
    }
  }
  await next();
};

/** When the session ends (ms since the epoch), or null when the request has no valid session. */
export async function sessionExpiry(c: Context<AppEnv>): Promise<number | null> {
  const value = await getSignedCookie(c, sessionKey(c.env), SESSION_COOKIE);
  if (!value) return null;
  const expires = Number(value);
  const now = Date.now();
  // A signed value can't be forged, but one from before a clock change must not outlive the session length.
  return Number.isSafeInteger(expires) && expires > now && expires <= now + SESSION_SECONDS * 1000 ? expires : null;
}

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if ((await sessionExpiry(c)) === null) {
    fail(401, 'unauthorized', 'Sign in to the editor first (your session may have ended).');
  }
  c.header('Cache-Control', 'no-store');
  await next();
};

export async function startSession(c: Context<AppEnv>): Promise<number> {
  const expires = Date.now() + SESSION_SECONDS * 1000;
  await setSignedCookie(c, SESSION_COOKIE, String(expires), sessionKey(c.env), {
    ...COOKIE_OPTIONS,
    maxAge: SESSION_SECONDS,
  });
  return expires;
}

export function endSession(c: Context<AppEnv>): void {
  c.header('Set-Cookie', `${SESSION_COOKIE}=; Max-Age=0; Path=/editor; HttpOnly; Secure; SameSite=Strict`, {
    append: true,
  });
}

/**
 * Every sign-in attempt counts against a tight per-address limit, before the token is compared:
 * failures are what it brakes, and a successful sign-in is rare enough (once a session) to count too.
 * Without the binding the editor refuses sign-ins: failing open would allow unlimited guesses.
 */
export async function limitSignIn(c: Context<AppEnv>): Promise<void> {
  if (!settings(c.env).rateLimit) return;
  const limiter = c.env.EDITOR_LIMITER;
  if (!limiter) fail(503, 'not_configured', 'The editor sign-in limiter (EDITOR_LIMITER) is not configured.');
  const { success } = await limiter.limit({ key: `editor:${clientKey(c.req.header('cf-connecting-ip'))}` });
  if (!success) {
    fail(
      429,
      'rate_limited',
      'Too many sign-in attempts. Wait a minute and try again.',
      { 'Retry-After': '60' },
      { scope: 'minute' },
    );
  }
}

export function isEditorToken(env: Env, given: string): Promise<boolean> {
  const expected = env.EDITOR_TOKEN;
  return expected ? sameSecret(given, expected) : Promise.resolve(false);
}
