// The Worker's bindings and settings, typed once (wrangler.toml declares them).

import type { QuizDesk } from './quizzes/quiz-desk.ts';
import { fail } from './http/errors.ts';
import type { WriteBudget } from './http/write-budget.ts';

export type Env = {
  SCORES: KVNamespace;
  /** One Durable Object per quiz: the only writer of its draft, pointer and versions (worker/quizzes/quiz-desk.ts). */
  QUIZ_DESK?: DurableObjectNamespace<QuizDesk>;
  /** The exact counter of today's client-caused KV writes (worker/http/write-budget.ts). */
  WRITE_BUDGET?: DurableObjectNamespace<WriteBudget>;
  /** Class group creations and results-link replacements per client address. */
  GROUP_LIMITER?: RateLimit;
  /** Attempts and submissions per IPv6 /48, looser than RATE_LIMITER's per-/64 brake. */
  WIDE_LIMITER?: RateLimit;
  /** Attempts and submissions per client address. */
  RATE_LIMITER?: RateLimit;
  /** Results-token presentations (Bearer or form) per client address: a brake on guessing. */
  RESULTS_TOKEN_LIMITER?: RateLimit;
  ASSETS?: Fetcher;
  /** HMAC key for attempt tokens: `wrangler secret put ATTEMPT_SECRET` before deploying. */
  ATTEMPT_SECRET?: string;
  /** "1" only in local development (`npm start`, tests, load test, benchmarks): allows the public default secret. */
  LOCAL_DEV?: string;
  /** Bearer token that unlocks results of quizzes whose results are private. */
  RESULTS_TOKEN?: string;
  /** Turns the quiz editor at /editor on, and is what an editor signs in with. Unset: /editor answers 404. */
  EDITOR_TOKEN?: string;
  /** A tight brake on editor sign-in attempts per client address (wrangler.toml). */
  EDITOR_LIMITER?: RateLimit;
  /** How long an attempt token stays valid, in seconds; at most MAX_ATTEMPT_TTL_SECONDS. */
  ATTEMPT_TTL_SECONDS?: string;
  /** Extra wait, past the longest token lifetime, before an hour of submissions is folded (list delay, clock skew). */
  SETTLE_MARGIN_SECONDS?: string;
  /** How long results responses are cached at the edge, in seconds; 0 turns the cache off. */
  RESULTS_CACHE_SECONDS?: string;
  /** "off" lifts the per-client rate limits (local load tests and benchmarks only). */
  RATE_LIMIT?: string;
  /** The least plausible time per question between an attempt and its submission, in seconds; 0 lifts it. */
  MIN_SECONDS_PER_QUESTION?: string;
  /** KV writes clients may cause per UTC day, every route together; unset means the Free-plan default. */
  DAILY_WRITE_BUDGET?: string;
  /** Cloudflare Turnstile: on when both are set. The site key is public; the secret is a secret. */
  TURNSTILE_SITE_KEY?: string;
  TURNSTILE_SECRET?: string;
  /** The origin readers and host pages use, e.g. https://quiz.example.org: embed snippets, oEmbed and CSP name it. */
  PUBLIC_ORIGIN?: string;
  /** Days a class group lasts (and its results stay readable), 1–365; the default 180 is also the longest a request may ask. */
  GROUP_LIFETIME_DAYS?: string;
};

export type AppEnv = { Bindings: Env };

/** The documented local default; only accepted when LOCAL_DEV is set. */
export const LOCAL_ATTEMPT_SECRET = 'lateral-local-development-secret';

/**
 * The longest attempt lifetime any token may claim. The rollup waits this long (plus the margin) before
 * folding an hour, whatever ATTEMPT_TTL_SECONDS says today, so a setting lowered by a redeploy never
 * folds an hour while tokens issued under the old setting can still land in it (issue 9).
 */
export const MAX_ATTEMPT_TTL_SECONDS = 3600;

export function isLocalDev(env: Env): boolean {
  return env.LOCAL_DEV === '1';
}

const warned = new Set<string>();

/** Logs a configuration problem once per isolate: the message names the setting to fix. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.error(`[lateral] ${message}`);
}

/**
 * The attempt-signing secret. Outside local development a missing secret, or the public default,
 * refuses service (503) rather than signing with something anyone can read in this repository.
 */
export function attemptSecret(env: Env): string {
  const secret = env.ATTEMPT_SECRET;
  if (secret && (secret !== LOCAL_ATTEMPT_SECRET || isLocalDev(env))) return secret;
  if (!secret && isLocalDev(env)) return LOCAL_ATTEMPT_SECRET;
  warnOnce(
    secret
      ? 'ATTEMPT_SECRET is the public local default: set your own with `npx wrangler secret put ATTEMPT_SECRET`. Attempts and submissions are refused until then.'
      : 'ATTEMPT_SECRET is not set: set it with `npx wrangler secret put ATTEMPT_SECRET`. Attempts and submissions are refused until then.',
  );
  notConfigured();
}

export function notConfigured(): never {
  fail(503, 'not_configured', 'Quizzes cannot be recorded on this site yet: the service is not fully configured.');
}

function seconds(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

export type Settings = {
  attemptTtlSeconds: number;
  settleMarginSeconds: number;
  resultsCacheSeconds: number;
  rateLimit: boolean;
  minSecondsPerQuestion: number;
  groupLifetimeDays: number;
};

/** No group lasts longer than a year, whatever GROUP_LIFETIME_DAYS says (store.ts keeps tallies a little longer). */
export const MAX_GROUP_LIFETIME_DAYS = 365;

export function settings(env: Env): Settings {
  const ttl = seconds(env.ATTEMPT_TTL_SECONDS, 3600);
  if (ttl > MAX_ATTEMPT_TTL_SECONDS) {
    warnOnce(`ATTEMPT_TTL_SECONDS (${ttl}) is above the maximum; tokens are issued for ${MAX_ATTEMPT_TTL_SECONDS} s.`);
  }
  return {
    attemptTtlSeconds: Math.min(ttl, MAX_ATTEMPT_TTL_SECONDS),
    settleMarginSeconds: seconds(env.SETTLE_MARGIN_SECONDS, 900),
    resultsCacheSeconds: seconds(env.RESULTS_CACHE_SECONDS, 30),
    rateLimit: env.RATE_LIMIT !== 'off',
    minSecondsPerQuestion: seconds(env.MIN_SECONDS_PER_QUESTION, 1),
    groupLifetimeDays: Math.min(
      MAX_GROUP_LIFETIME_DAYS,
      Math.max(1, Math.floor(seconds(env.GROUP_LIFETIME_DAYS, 180))),
    ),
  };
}
