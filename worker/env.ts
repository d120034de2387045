// The Worker's bindings and settings, typed once (wrangler.toml declares them).

export type Env = {
  SCORES: KVNamespace;
  RATE_LIMITER?: RateLimit;
  ASSETS?: Fetcher;
  /** HMAC key for attempt tokens: `wrangler secret put ATTEMPT_SECRET` before deploying. */
  ATTEMPT_SECRET?: string;
  /** Bearer token that unlocks results of quizzes whose results are private. */
  RESULTS_TOKEN?: string;
  /** How long an attempt token stays valid, in seconds. */
  ATTEMPT_TTL_SECONDS?: string;
  /** Extra wait, past the token lifetime, before an hour of submissions is folded (covers KV's list delay). */
  SETTLE_MARGIN_SECONDS?: string;
  /** How long results responses are cached at the edge, in seconds; 0 turns the cache off. */
  RESULTS_CACHE_SECONDS?: string;
  /** "off" lifts the per-client rate limit (local load tests only). */
  RATE_LIMIT?: string;
  /** Days a class group lasts (and its results stay readable), 1–365; the default 180 is also the longest a request may ask. */
  GROUP_LIFETIME_DAYS?: string;
  /** Groups one client address may create for one quiz per UTC day. */
  GROUP_DAILY_LIMIT?: string;
};

export type AppEnv = { Bindings: Env };

/** The documented local default; a deployed Worker must set its own secret. */
export const LOCAL_ATTEMPT_SECRET = 'lateral-local-development-secret';

let warnedAboutSecret = false;

export function attemptSecret(env: Env): string {
  if (env.ATTEMPT_SECRET) return env.ATTEMPT_SECRET;
  if (!warnedAboutSecret) {
    warnedAboutSecret = true;
    console.warn('[lateral] ATTEMPT_SECRET is not set; using the local development default');
  }
  return LOCAL_ATTEMPT_SECRET;
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
  groupLifetimeDays: number;
  groupDailyLimit: number;
};

/** No group lasts longer than a year, whatever GROUP_LIFETIME_DAYS says (store.ts keeps tallies a little longer). */
export const MAX_GROUP_LIFETIME_DAYS = 365;

export function settings(env: Env): Settings {
  return {
    attemptTtlSeconds: seconds(env.ATTEMPT_TTL_SECONDS, 3600),
    settleMarginSeconds: seconds(env.SETTLE_MARGIN_SECONDS, 300),
    resultsCacheSeconds: seconds(env.RESULTS_CACHE_SECONDS, 30),
    rateLimit: env.RATE_LIMIT !== 'off',
    groupLifetimeDays: Math.min(
      MAX_GROUP_LIFETIME_DAYS,
      Math.max(1, Math.floor(seconds(env.GROUP_LIFETIME_DAYS, 180))),
    ),
    groupDailyLimit: Math.floor(seconds(env.GROUP_DAILY_LIMIT, 20)),
  };
}
