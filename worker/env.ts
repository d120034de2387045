// The Worker's bindings and settings, typed once (wrangler.toml declares them).

export type Env = {
  SCORES: KVNamespace;
  RATE_LIMITER?: RateLimit;
  ASSETS?: Fetcher;
  /** HMAC key for attempt tokens: `wrangler secret put ATTEMPT_SECRET` before deploying. */
  ATTEMPT_SECRET?: string;
  /** Bearer token that unlocks results of quizzes whose results are private. */
  RESULTS_TOKEN?: string;
  /** Turns the quiz editor at /editor on, and is what an editor signs in with. Unset: /editor answers 404. */
  EDITOR_TOKEN?: string;
  /** A tight brake on editor sign-in attempts per client address (wrangler.toml). */
  EDITOR_LIMITER?: RateLimit;
  /** How long an attempt token stays valid, in seconds. */
  ATTEMPT_TTL_SECONDS?: string;
  /** Extra wait, past the token lifetime, before an hour of submissions is folded (covers KV's list delay). */
  SETTLE_MARGIN_SECONDS?: string;
  /** How long results responses are cached at the edge, in seconds; 0 turns the cache off. */
  RESULTS_CACHE_SECONDS?: string;
  /** "off" lifts the per-client rate limit (local load tests only). */
  RATE_LIMIT?: string;
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
};

export function settings(env: Env): Settings {
  return {
    attemptTtlSeconds: seconds(env.ATTEMPT_TTL_SECONDS, 3600),
    settleMarginSeconds: seconds(env.SETTLE_MARGIN_SECONDS, 300),
    resultsCacheSeconds: seconds(env.RESULTS_CACHE_SECONDS, 30),
    rateLimit: env.RATE_LIMIT !== 'off',
  };
}
