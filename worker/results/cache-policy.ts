// The one HTTP cache policy for results, as JSON, CSV or page: public figures are shared, secret ones never stored.

import { type Env, settings } from '../env.ts';

/** For anything behind a token or a results key: no cache, shared or the browser's, keeps a copy. */
export const NOT_STORED = 'private, no-store';

/**
 * Public figures are the same for everyone for RESULTS_CACHE_SECONDS, so any cache may keep them that long;
 * figures opened with a token are the holder's alone.
 */
export function resultsCacheControl(env: Env, shared: boolean): string {
  return shared ? `public, max-age=${settings(env).resultsCacheSeconds}` : NOT_STORED;
}
