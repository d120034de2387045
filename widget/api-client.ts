// The widget's only way to the network: typed calls to /api that resolve to a result, never throw.

import type {
  AttemptGrant,
  CheckRequest,
  CheckResult,
  Results,
  Submission,
  SubmissionResult,
} from '../contract/api.ts';
import type { Lang, Quiz } from '../contract/quiz.ts';

/**
 * What went wrong, as the reader needs to know it: `offline` and `server` and `busy` can be retried
 * as is, `expired` needs a fresh attempt, `missing` will not get better by retrying soon.
 */
export type Failure = 'offline' | 'server' | 'busy' | 'expired' | 'missing' | 'rejected';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: Failure };

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
 */
export function createApiClient(origin: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {
  const call = async <T>(path: string, body?: object, method = body ? 'POST' : 'GET'): Promise<ApiResult<T>> => {
    try {
      const response = await fetchImpl(`${origin}/api/quizzes/${path}`, {
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
  const quiz = (id: string) => encodeURIComponent(id);
  return {
    quiz: (id: string, lang: Lang) => call<Quiz>(`${quiz(id)}?lang=${lang}`),
    attempt: (id: string) => call<AttemptGrant>(`${quiz(id)}/attempts`, undefined, 'POST'),
    check: (id: string, lang: Lang, request: CheckRequest) =>
      call<CheckResult>(`${quiz(id)}/check?lang=${lang}`, request),
    submit: (id: string, submission: Submission) => call<SubmissionResult>(`${quiz(id)}/submissions`, submission),
    results: (id: string) => call<Results>(`${quiz(id)}/results`),
  };
}
