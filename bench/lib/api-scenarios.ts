// The requests the API benchmark sends: each of the endpoints as the widget calls it, plus one diagnostic.

import type { Request as CannonRequest } from 'autocannon';
import type { QuizFile } from '../../contract/quiz.ts';

export type Scenario = {
  name: string;
  requests: CannonRequest[];
  /** Not one of the endpoints: measured to explain the others. */
  diagnostic?: boolean;
  /** Also compare with a baseline that makes the submission's unavoidable KV read and write. */
  storageFloor?: boolean;
};

export function scenarios(quiz: QuizFile): Scenario[] {
  const base = `/api/quizzes/${quiz.id}`;
  const first = quiz.questions[0];
  const answers = Object.fromEntries(
    quiz.questions.map((q) => [q.id, q.correct.slice(0, q.type === 'multiple' ? undefined : 1)]),
  );
  // The widget posts text/plain so that no CORS preflight is needed; so does the benchmark.
  const text = { 'Content-Type': 'text/plain;charset=UTF-8' };
  return [
    {
      name: 'health (Hono routing and middleware only)',
      diagnostic: true,
      requests: [{ method: 'GET', path: '/api/health' }],
    },
    { name: 'quiz fetch', requests: [{ method: 'GET', path: `${base}?lang=en` }] },
    {
      name: 'check',
      requests: [
        {
          method: 'POST',
          path: `${base}/check`,
          headers: text,
          body: JSON.stringify({ questionId: first?.id, choiceIds: first?.correct.slice(0, 1), lang: 'en' }),
        },
      ],
    },
    {
      name: 'attempt + submission',
      storageFloor: true,
      requests: [
        {
          method: 'POST',
          path: `${base}/attempts`,
          headers: text,
          body: '',
          onResponse: (_status, body, context) => {
            context.attempt = (JSON.parse(body) as { attempt: string }).attempt;
          },
        },
        {
          method: 'POST',
          path: `${base}/submissions`,
          headers: text,
          setupRequest: (request, context) => ({
            ...request,
            body: JSON.stringify({ attempt: context.attempt, lang: 'en', answers }),
          }),
        },
      ],
    },
    { name: 'results', requests: [{ method: 'GET', path: `${base}/results` }] },
  ];
}

/** The same requests, asking the bare Worker to make a submission's KV read and write too. */
export const withStorageFloor = (requests: CannonRequest[]): CannonRequest[] =>
  requests.map((r) =>
    r.path?.endsWith('/submissions') ? { ...r, headers: { ...r.headers, 'x-bench-storage-floor': '1' } } : r,
  );
