// Issue 22 H1 and L3: random interleavings of publish, unpublish and draft saves, seen through isolates with stale
// caches and slow KV, with takes in flight on every version. Every 2xx take is counted once, under its version,
// graded by one key; no version is ever dropped; two saves from the same revision never both succeed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttemptGrant, Results, SubmissionResult } from '../../contract/api.ts';
import type { Draft } from '../../contract/editor.ts';
import type { Quiz, QuizFile } from '../../contract/quiz.ts';
import { gradedQuestion, versionOf } from '../../contract/quiz-version.ts';
import type { Env } from '../../worker/env.ts';
import {
  EDITOR_ENV,
  type EditorClient,
  articleFor,
  classQuiz,
  editorClient,
  jsonInit,
  signIn,
} from './editor-support.ts';
import { call, postJson, testEnv } from './helpers.ts';

/** A KV namespace seen from one isolate: the same stored data, every call delayed by the next of `delays` (ms). */
function slowKv(kv: KVNamespace, delays: number[]): KVNamespace {
  let turn = 0;
  const wait = () => new Promise((resolve) => setTimeout(resolve, delays[turn++ % delays.length] ?? 0));
  const slow =
    (name: 'get' | 'getWithMetadata' | 'put' | 'list' | 'delete') =>
    async (...args: unknown[]) => {
      await wait();
      return (kv[name] as (...a: unknown[]) => unknown).apply(kv, args);
    };
  return {
    get: slow('get'),
    getWithMetadata: slow('getWithMetadata'),
    put: slow('put'),
    list: slow('list'),
    delete: slow('delete'),
  } as unknown as KVNamespace;
}

/** Three editions of one quiz whose answer keys differ: each is a graded version of its own. */
function editions(id: string): QuizFile[] {
  const base = classQuiz(id);
  const flipped = (index: number): QuizFile => {
    const quiz = structuredClone(base);
    const question = quiz.questions[index];
    if (!question) throw new Error('the quiz is too short');
    const other = question.choices.find((c) => !question.correct.includes(c.id));
    if (!other) throw new Error('a question with every choice correct');
    question.correct = [other.id];
    return quiz;
  };
  return [base, flipped(0), flipped(1)];
}

const versionOfQuiz = (quiz: QuizFile) => versionOf(quiz.questions.map(gradedQuestion));

/** The score `answers` earn against the key of `quiz`. */
function scoreOf(quiz: QuizFile, answers: Record<string, string[]>): number {
  return quiz.questions.filter((q) => {
    const given = answers[q.id] ?? [];
    return given.length === q.correct.length && q.correct.every((id) => given.includes(id));
  }).length;
}

type Step =
  | { kind: 'save'; edition: number; tab: number }
  | { kind: 'publish'; isolate: number }
  | { kind: 'unpublish'; isolate: number }
  | { kind: 'start'; isolate: number }
  | { kind: 'submit'; isolate: number; take: number; picks: number[] };

const ISOLATES = 3;
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), edition: fc.nat(2), tab: fc.nat(1) }),
  fc.record({ kind: fc.constant('publish' as const), isolate: fc.nat(ISOLATES - 1) }),
  fc.record({ kind: fc.constant('unpublish' as const), isolate: fc.nat(ISOLATES - 1) }),
  fc.record({ kind: fc.constant('start' as const), isolate: fc.nat(ISOLATES - 1) }),
  fc.record({
    kind: fc.constant('submit' as const),
    isolate: fc.nat(ISOLATES - 1),
    take: fc.nat(20),
    picks: fc.array(fc.nat(3), { minLength: 20, maxLength: 20 }),
  }),
);

/** Steps in waves: the steps of one wave run at once, waves one after another. */
const waves = fc.array(fc.array(step, { minLength: 1, maxLength: 5 }), { minLength: 4, maxLength: 10 });

type Take = { attempt: string; version: string; accepted: SubmissionResult | null; answers: Record<string, string[]> };

let run = 0;

async function exercise(plan: Step[][], delays: number[]): Promise<void> {
  const id = `race-${++run}-${Date.now().toString(36)}`;
  const quizzes = editions(id);
  const byVersion = new Map(quizzes.map((q) => [versionOfQuiz(q), q]));
  const article = await articleFor(quizzes[0] as QuizFile);
  // Each isolate is its own KV wrapper, so its caches (pointer, revisions, versions) are its own and go stale.
  const isolates: Partial<Env>[] = Array.from({ length: ISOLATES }, (_, i) => ({
    ...EDITOR_ENV,
    SCORES: slowKv(
      testEnv.SCORES,
      delays.map((d) => (d * (i + 1)) % 13),
    ),
  }));
  const cookie = await signIn();
  const editors: EditorClient[] = isolates.map((env) => editorClient(cookie, env));
  // Two editor tabs, each remembering the revision it last saw.
  const tabs: (number | undefined)[] = [undefined, undefined];
  const published = new Set<string>();
  const takes: Take[] = [];

  // Published once, and read by every isolate: from here on each holds a pointer that later publishes make stale.
  const first = await (editors[0] as EditorClient)(
    `/editor/api/drafts/${id}`,
    jsonInit('PUT', { quiz: quizzes[0], article }),
  );
  tabs[0] = ((await first.json()) as Draft).revision;
  expect((await (editors[0] as EditorClient)(`/editor/api/drafts/${id}/publish`, { method: 'POST' })).status).toBe(200);
  published.add(versionOfQuiz(quizzes[0] as QuizFile));
  for (const env of isolates) expect((await call(`/api/quizzes/${id}`, {}, env)).status).toBe(200);
  // Then a second edition from isolate 0: the others keep serving the first for their cache period.
  const second = await (editors[0] as EditorClient)(
    `/editor/api/drafts/${id}`,
    jsonInit('PUT', { quiz: quizzes[1], article, base: tabs[0] }),
  );
  tabs[0] = ((await second.json()) as Draft).revision;
  expect((await (editors[0] as EditorClient)(`/editor/api/drafts/${id}/publish`, { method: 'POST' })).status).toBe(200);
  published.add(versionOfQuiz(quizzes[1] as QuizFile));

  const act = async (s: Step): Promise<void> => {
    if (s.kind === 'save') {
      const quiz = quizzes[s.edition] as QuizFile;
      const base = tabs[s.tab];
      const res = await (editors[s.tab] as EditorClient)(
        `/editor/api/drafts/${id}`,
        jsonInit('PUT', { quiz, article, ...(base === undefined ? {} : { base }) }),
      );
      if (res.ok) tabs[s.tab] = ((await res.json()) as Draft).revision;
      else {
        expect([404, 409]).toContain(res.status);
        // A refused tab reloads, as the editor does, and builds on what is stored.
        const stored = await (editors[s.tab] as EditorClient)(`/editor/api/drafts/${id}`);
        tabs[s.tab] = stored.ok ? ((await stored.json()) as Draft).revision : undefined;
      }
    } else if (s.kind === 'publish') {
      const res = await (editors[s.isolate] as EditorClient)(`/editor/api/drafts/${id}/publish`, { method: 'POST' });
      expect([200, 404]).toContain(res.status);
      if (res.ok) published.add(((await res.json()) as { version: string }).version);
    } else if (s.kind === 'unpublish') {
      const res = await (editors[s.isolate] as EditorClient)(`/editor/api/drafts/${id}/unpublish`, {
        method: 'POST',
      });
      expect([204, 404]).toContain(res.status);
    } else if (s.kind === 'start') {
      const env = isolates[s.isolate] as Partial<Env>;
      const shown = await call(`/api/quizzes/${id}`, {}, env);
      if (!shown.ok) return;
      const { version } = (await shown.json()) as Quiz;
      const res = await call(`/api/quizzes/${id}/attempts?version=${version}`, { method: 'POST' }, env);
      if (res.status !== 201) return;
      takes.push({ attempt: ((await res.json()) as AttemptGrant).attempt, version, accepted: null, answers: {} });
    } else {
      const take = takes[s.take % Math.max(1, takes.length)];
      if (!take) return;
      const quiz = byVersion.get(take.version) as QuizFile;
      // One set of answers per take: a retry sends what the reader chose, again.
      if (!Object.keys(take.answers).length) {
        take.answers = Object.fromEntries(
          quiz.questions.map((q, i) => [q.id, [q.choices[(s.picks[i] ?? 0) % q.choices.length]?.id ?? '']]),
        );
      }
      const res = await postJson(
        `/api/quizzes/${id}/submissions`,
        { attempt: take.attempt, lang: 'en', answers: take.answers },
        isolates[s.isolate],
      );
      expect([200, 201]).toContain(res.status);
      const result = (await res.json()) as SubmissionResult;
      // Graded by one key: the version's own, whichever isolate graded it and whatever was published since.
      expect(result.score).toBe(scoreOf(quiz, take.answers));
      take.accepted = result;
    }
  };

  for (const wave of plan) await Promise.all(wave.map(act));

  // Every version ever published is still in the registry, in the order it was first published.
  const registry = (await testEnv.QUIZ_DESK?.getByName(id).pointer(id))?.versions.map((v) => v.version) ?? [];
  for (const version of published) expect(registry).toContain(version);

  // Every accepted take shows under its version, once, whichever isolate (stale or fresh) reads the results.
  const accepted = new Map<string, number>();
  for (const take of takes) if (take.accepted) accepted.set(take.version, (accepted.get(take.version) ?? 0) + 1);
  const fresh: Partial<Env> = { SCORES: slowKv(testEnv.SCORES, [0]) };
  for (const env of [...isolates, fresh]) {
    for (const [version, count] of accepted) {
      const res = await call(`/api/quizzes/${id}/results?version=${version}`, {}, env);
      expect(res.status).toBe(200);
      const results = (await res.json()) as Results;
      expect(results.takes).toBe(count);
      expect(results.versions.map((v) => v.version)).toEqual(expect.arrayContaining([...accepted.keys()]));
    }
  }
}

describe('publishing, unpublishing and saving drafts, interleaved at random', () => {
  it('never drops a version, and counts every 2xx take once under the version that graded it', {
    timeout: 180_000,
  }, async () => {
    await fc.assert(fc.asyncProperty(waves, fc.array(fc.nat(12), { minLength: 1, maxLength: 16 }), exercise), {
      numRuns: 12,
      endOnFailure: true,
    });
  });

  it('lets only one of two saves built on the same revision through (L3)', async () => {
    const cookie = await signIn();
    const target = classQuiz('two-tabs-same-base');
    const slow = (ms: number): Partial<Env> => ({ ...EDITOR_ENV, SCORES: slowKv(testEnv.SCORES, [ms]) });
    const [tabA, tabB] = [editorClient(cookie, slow(5)), editorClient(cookie, slow(1))];
    const article = await articleFor(target);
    const created = await tabA(`/editor/api/drafts/${target.id}`, jsonInit('PUT', { quiz: target, article }));
    const { revision } = (await created.json()) as Draft;
    const edits = [tabA, tabB].map((tab, i) =>
      tab(
        `/editor/api/drafts/${target.id}`,
        jsonInit('PUT', { quiz: { ...target, intro: { en: `edit ${i}`, es: `edit ${i}` } }, article, base: revision }),
      ),
    );
    const statuses = (await Promise.all(edits)).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
  });
});
