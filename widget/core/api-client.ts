// The widget's only way to the network: typed calls to one quiz's /api routes that resolve to a result, never throw.

import { quizApiPath } from '../../contract/links.ts';
import type { Failure } from './reduce.ts';

/** A failure keeps the API's error code (`too_fast`, `challenge_failed`…) for the step that knows what it means. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: Failure; code?: string };

/** `api<T>(path, body?, method?)`: `path` follows `/api/quizzes/<quiz id>`; a body makes it a POST. */
export type ApiClient = ReturnType<typeof createApiClient>;

export function failureOf(status: number): Failure {
  if (status === 410 || status === 422) return 'expired';
  if (status === 404) return 'missing';
  if (status === 429) return 'busy';
  return status >= 500 ? 'server' : 'rejected';
}

/**
 * POST bodies go as `text/plain` JSON, which keeps them "simple" requests: no CORS preflight.
 * The default credentials mode sends no cookie to another site (and the Worker sets none). It is the mode of
 * `crossorigin` on the script tag and of the snippet's preload, so the script, the preloaded question 1 and
 * every call share one connection; `omit` would open a second one and never match the preload (issue 26).
 */
export function createApiClient(origin: string, quizId: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)) {
  return async <T>(path: string, body?: object, method = body ? 'POST' : 'GET'): Promise<ApiResult<T>> => {
    try {
      const response = await fetchImpl(origin + quizApiPath(quizId) + path, {
        method,
        ...(body && { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) }),
      });
      if (!response.ok) {
        const code = await response.json().then(
          (e) => e?.error?.code,
          () => undefined,
        );
        return { ok: false, failure: failureOf(response.status), code };
      }
      return { ok: true, data: (await response.json()) as T };
    } catch {
      // fetch rejects only when the network fails (or a body is not JSON: a proxy's error page).
      return { ok: false, failure: 'offline' };
    }
  };
}
