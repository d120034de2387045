// The widget's only way to the network: typed calls to one quiz's /api routes that resolve to a result, never throw.

/**
 * What went wrong, as the reader needs to know it: `offline` and `server` and `busy` can be retried
 * as is, `expired` needs a fresh attempt, `missing` will not get better by retrying soon.
 */
export type Failure = 'offline' | 'server' | 'busy' | 'expired' | 'missing' | 'rejected';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: Failure };

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
 * No credentials, ever: the API needs none and the reader's cookies are none of our business.
 * Only GET the quiz and POST an attempt happen before the lazy chunk, which words the other routes.
 */
export function createApiClient(origin: string, quizId: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)) {
  return async <T>(path: string, body?: object, method = body ? 'POST' : 'GET'): Promise<ApiResult<T>> => {
    try {
      const response = await fetchImpl(`${origin}/api/quizzes/${encodeURIComponent(quizId)}${path}`, {
        method,
        credentials: 'omit',
        ...(body && { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) }),
      });
      if (!response.ok) return { ok: false, failure: failureOf(response.status) };
      return { ok: true, data: (await response.json()) as T };
    } catch {
      // fetch rejects only when the network fails (or a body is not JSON: a proxy's error page).
      return { ok: false, failure: 'offline' };
    }
  };
}
