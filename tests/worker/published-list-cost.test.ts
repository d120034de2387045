import { describe, expect, it } from 'vitest';
import type { QuizList } from '../../contract/api.ts';
import { writePublishedPointer } from '../../worker/store.ts';
import { call, countingKv, quiz, testEnv } from './helpers.ts';

// A file of its own: KV storage is isolated per test file, so exactly these 1,000 quizzes are published.
describe('the quiz list with 1,000 published quizzes', () => {
  it('lists 1,000 published quizzes with one KV list, and none on the next request', async () => {
    const publishedAt = new Date().toISOString();
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const id = `class-${String(i).padStart(4, '0')}`;
        return writePublishedPointer(
          testEnv.SCORES,
          id,
          { v: 1, revision: 1, hidden: i % 100 === 0, publishedAt, versions: [] },
          {
            revision: 1,
            hidden: i % 100 === 0,
            publishedAt,
            title: { en: `Class quiz ${i}`, es: `Cuestionario ${i}` },
            languages: ['en', 'es'],
            questionCount: 12,
            version: '0123456789ab',
            checkedAt: '2026-11-24',
          },
        );
      }),
    );
    const counted = countingKv(testEnv.SCORES);
    const env = { SCORES: counted.kv };
    const res = await call('/api/quizzes?lang=es', {}, env);
    const body = (await res.json()) as QuizList;
    // Bundled quizzes, then the 990 published ones that are not hidden.
    expect(body.quizzes).toHaveLength(1 + 990);
    expect(body.quizzes[0]?.id).toBe(quiz.id);
    expect(body.quizzes).toContainEqual({
      id: 'class-0001',
      title: 'Cuestionario 1',
      languages: ['en', 'es'],
      questionCount: 12,
      version: '0123456789ab',
      checkedAt: '2026-11-24',
      reviewDue: false,
    });
    expect(counted.counts).toMatchObject({ list: 1, get: 0, getWithMetadata: 0 });
    await call('/api/quizzes', {}, env);
    expect(counted.total()).toBe(1);
  });
});

describe('published quizzes in the list', () => {
  it('keep titles in any language intact, and shorten only titles too long for KV metadata', async () => {
    const publishedAt = new Date().toISOString();
    const accented = 'Ñandú, acción y corrección: ¿quién lo dijo?';
    const long = 'á'.repeat(120);
    for (const [id, es] of [
      ['spanish-title', accented],
      ['long-title', long],
    ] as const) {
      await writePublishedPointer(
        testEnv.SCORES,
        id,
        { v: 1, revision: 1, hidden: false, publishedAt, versions: [] },
        {
          revision: 1,
          hidden: false,
          publishedAt,
          title: { en: 'English', es },
          languages: ['en', 'es'],
          questionCount: 3,
          version: '0123456789ab',
          checkedAt: '2026-11-24',
        },
      );
    }
    const body = (await (
      await call('/api/quizzes?lang=es', {}, { SCORES: countingKv(testEnv.SCORES).kv })
    ).json()) as QuizList;
    expect(body.quizzes.find((q) => q.id === 'spanish-title')?.title).toBe(accented);
    const shortened = body.quizzes.find((q) => q.id === 'long-title')?.title ?? '';
    expect(shortened.length).toBeGreaterThan(50);
    expect(long.startsWith(shortened)).toBe(true);
  });
});
