// Shared test helpers: requests through the Hono app with a real local KV, and a KV that counts or fails.

import { env } from 'cloudflare:workers';
import type { AttemptGrant } from '../../contract/api.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import type { Env } from '../../worker/env.ts';
import { app } from '../../worker/index.ts';
import { currentVersion, quizzes } from '../../worker/quiz-bank.ts';
import type { Summary } from '../../worker/tally.ts';

export const testEnv = env as unknown as Env;
export const quiz: QuizFile = quizzes[0] as QuizFile;
export const QUIZ = quiz.id;
/** The version of the quiz as built, before any test deploys another. */
export const VERSION = currentVersion(quiz).version;

/** Takes folded into a stored summary, across every version. */
export function foldedTakes(summary: Summary | null): number | undefined {
  return summary ? Object.values(summary.tallies).reduce((n, t) => n + t.takes, 0) : undefined;
}

export function call(path: string, init: RequestInit = {}, overrides: Partial<Env> = {}) {
  return app.request(path, init, { ...testEnv, ...overrides });
}

export function postJson(path: string, body: unknown, overrides: Partial<Env> = {}, type = 'application/json') {
  return call(path, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) }, overrides);
}

export async function newAttempt(overrides: Partial<Env> = {}): Promise<string> {
  const res = await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' }, overrides);
  if (res.status !== 201) throw new Error(`attempt: ${res.status} ${await res.text()}`);
  return ((await res.json()) as AttemptGrant).attempt;
}

/** Answers that score exactly `score`: the first `score` questions right, the rest wrong. */
export function answersScoring(score: number, target: QuizFile = quiz): Record<string, string[]> {
  return Object.fromEntries(
    target.questions.map((q, i) => {
      if (i < score) return [q.id, q.correct];
      const wrong = q.choices.find((c) => !q.correct.includes(c.id)) ?? q.choices[0];
      return [q.id, [wrong?.id ?? '']];
    }),
  );
}

export async function submit(score: number, overrides: Partial<Env> = {}, lang: 'en' | 'es' = 'en') {
  const attempt = await newAttempt(overrides);
  return postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, lang, answers: answersScoring(score) }, overrides);
}

export type KvCounts = { get: number; put: number; list: number; delete: number; getWithMetadata: number };

/** Wraps a KV namespace to count every operation; `failAfter` makes the next calls throw. */
export function countingKv(kv: KVNamespace, options: { failWrites?: boolean; failAfter?: number } = {}) {
  const counts: KvCounts = { get: 0, put: 0, list: 0, delete: 0, getWithMetadata: 0 };
  let total = 0;
  const guard = (op: keyof KvCounts) => {
    counts[op]++;
    total++;
    if (options.failAfter !== undefined && total > options.failAfter) throw new Error(`injected KV failure on ${op}`);
    if (options.failWrites && op === 'put') throw new Error('injected KV write failure');
  };
  const wrapped = {
    get: (...args: unknown[]) => (guard('get'), (kv.get as (...a: unknown[]) => unknown)(...args)),
    getWithMetadata: (...args: unknown[]) => (
      guard('getWithMetadata'), (kv.getWithMetadata as (...a: unknown[]) => unknown)(...args)
    ),
    put: (...args: unknown[]) => (guard('put'), (kv.put as (...a: unknown[]) => unknown)(...args)),
    list: (...args: unknown[]) => (guard('list'), (kv.list as (...a: unknown[]) => unknown)(...args)),
    delete: (...args: unknown[]) => (guard('delete'), (kv.delete as (...a: unknown[]) => unknown)(...args)),
  } as unknown as KVNamespace;
  return { kv: wrapped, counts, total: () => total };
}
