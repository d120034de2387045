import { describe, expect, it } from 'vitest';
import { call, countingKv, testEnv } from './helpers.ts';
import { EDITOR_ENV, classQuiz, editorClient, publishQuiz, signIn } from './editor-support.ts';

describe('what published quizzes cost in KV', () => {
  it('reads a published quiz once per isolate and revision, however often and in whichever language', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('read-once');
    await publishQuiz(editor, target);

    // A fresh namespace wrapper has cold caches, as a new isolate would.
    const counted = countingKv(testEnv.SCORES);
    const env = { SCORES: counted.kv };
    for (let i = 0; i < 20; i++) {
      for (const query of ['?lang=en', '?lang=es', '?lang=en&questions=1']) {
        expect((await call(`/api/quizzes/${target.id}${query}`, {}, env)).status).toBe(200);
      }
    }
    // One read of the pointer (which revision is current) and one of the revision itself.
    expect(counted.counts.get).toBe(2);
    expect(counted.total()).toBe(2);

    // A new revision costs one more read of that revision in an isolate that hears of it.
    const fixed = structuredClone(target);
    fixed.title.en = 'Read once, corrected';
    const before = counted.total();
    // Published through the same namespace wrapper, as if from this isolate.
    await publishQuiz(editorClient(await signIn(), { ...env, ...EDITOR_ENV }), fixed);
    const publishOps = counted.total() - before;
    for (let i = 0; i < 10; i++) await call(`/api/quizzes/${target.id}?lang=es`, {}, env);
    expect(counted.total() - before - publishOps).toBe(0);
    const served = (await (await call(`/api/quizzes/${target.id}`, {}, env)).json()) as { title: string };
    expect(served.title).toBe('Read once, corrected');
  });

  it('costs no KV read for an id that cannot be a quiz, and one a minute for an unknown one', async () => {
    const counted = countingKv(testEnv.SCORES);
    const env = { SCORES: counted.kv };
    for (let i = 0; i < 10; i++) {
      expect((await call('/api/quizzes/Not_A_Quiz!', {}, env)).status).toBe(404);
      expect((await call('/api/quizzes/no-such-quiz', {}, env)).status).toBe(404);
    }
    expect(counted.total()).toBe(1);
  });
});
