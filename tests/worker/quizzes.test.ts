import { describe, expect, it } from 'vitest';
import type { QuizList } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { QUIZ, VERSION, call, quiz } from './helpers.ts';

describe('GET /api/quizzes', () => {
  it('lists every quiz with its languages, question count, version and checked date', async () => {
    const res = await call('/api/quizzes');
    expect(res.status).toBe(200);
    const body = (await res.json()) as QuizList;
    expect(body.quizzes).toContainEqual({
      id: QUIZ,
      title: quiz.title.en,
      languages: ['en', 'es'],
      questionCount: quiz.questions.length,
      version: VERSION,
      checkedAt: quiz.checkedAt,
      // Whether it is due depends on today's date; tests/worker/quiz-versions.test.ts pins both cases.
      reviewDue: expect.any(Boolean),
    });
  });

  it('gives titles in Spanish when asked', async () => {
    const body = (await (await call('/api/quizzes?lang=es')).json()) as QuizList;
    expect(body.quizzes.find((q) => q.id === QUIZ)?.title).toBe(quiz.title.es);
  });
});

describe('GET /api/quizzes/:quizId', () => {
  it('serves the quiz in one language without answers or explanations', async () => {
    const res = await call(`/api/quizzes/${QUIZ}?lang=es`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Quiz;
    expect(body.lang).toBe('es');
    expect(body.title).toBe(quiz.title.es);
    expect(body.questions).toHaveLength(quiz.questions.length);
    expect(body.questions[0]?.prompt).toBe(quiz.questions[0]?.prompt.es);
    const raw = JSON.stringify(body);
    // A stance ("credits"/"doubts") would hint at the answer; asOf and coverage are editorial metadata.
    for (const field of ['"correct"', '"explanation"', '"passage"', '"sources"', '"stance"', '"asOf"'])
      expect(raw).not.toContain(field);
    for (const q of quiz.questions) expect(raw).not.toContain(q.explanation.es);
  });

  it('defaults to English', async () => {
    const body = (await (await call(`/api/quizzes/${QUIZ}`)).json()) as Quiz;
    expect(body.lang).toBe('en');
    expect(body.intro).toBe(quiz.intro.en);
    expect(body.estimatedMinutes).toBeGreaterThan(0);
  });

  it('is cacheable and answers 304 to a matching If-None-Match', async () => {
    const first = await call(`/api/quizzes/${QUIZ}?lang=en`);
    const tag = first.headers.get('ETag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
    const again = await call(`/api/quizzes/${QUIZ}?lang=en`, { headers: { 'If-None-Match': tag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('matches If-None-Match lists and weak validators, and not other tags', async () => {
    const tag = (await call(`/api/quizzes/${QUIZ}?lang=en`)).headers.get('ETag') ?? '';
    const ask = (header: string) => call(`/api/quizzes/${QUIZ}?lang=en`, { headers: { 'If-None-Match': header } });
    expect((await ask(`"other", ${tag}`)).status).toBe(304);
    expect((await ask(`W/${tag}`)).status).toBe(304);
    const miss = await ask('"other"');
    expect(miss.status).toBe(200);
    expect(miss.headers.get('ETag')).toBe(tag);
  });

  it('gives each language its own ETag', async () => {
    const en = (await call(`/api/quizzes/${QUIZ}?lang=en`)).headers.get('ETag');
    const es = (await call(`/api/quizzes/${QUIZ}?lang=es`)).headers.get('ETag');
    expect(en).not.toBe(es);
  });

  it('answers 404 JSON for an unknown quiz', async () => {
    const res = await call('/api/quizzes/no-such-quiz');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('no-such-quiz') },
    });
  });

  it('says how many questions the quiz has', async () => {
    const body = (await (await call(`/api/quizzes/${QUIZ}?lang=en`)).json()) as Quiz;
    expect(body.questionCount).toBe(quiz.questions.length);
  });

  it('answers ?questions=N with only the first N questions and the whole count', async () => {
    const res = await call(`/api/quizzes/${QUIZ}?lang=es&questions=2`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Quiz;
    const full = (await (await call(`/api/quizzes/${QUIZ}?lang=es`)).json()) as Quiz;
    expect(body.questions.map((q) => q.id)).toEqual(quiz.questions.slice(0, 2).map((q) => q.id));
    expect(body.questions).toEqual(full.questions.slice(0, 2));
    expect(body.questionCount).toBe(quiz.questions.length);
    expect(body.estimatedMinutes).toBe(full.estimatedMinutes);
    expect({ ...body, questions: full.questions }).toEqual(full);
  });

  it('answers a ?questions= larger than the quiz with the whole quiz', async () => {
    const body = (await (await call(`/api/quizzes/${QUIZ}?lang=en&questions=100`)).json()) as Quiz;
    expect(body.questions).toHaveLength(quiz.questions.length);
  });

  it('caches the first questions like the whole quiz, under their own ETag', async () => {
    const full = await call(`/api/quizzes/${QUIZ}?lang=en`);
    const first = await call(`/api/quizzes/${QUIZ}?lang=en&questions=1`);
    const tag = first.headers.get('ETag');
    expect(tag).toBeTruthy();
    expect(tag).not.toBe(full.headers.get('ETag'));
    expect(first.headers.get('Cache-Control')).toBe(full.headers.get('Cache-Control'));
    const again = await call(`/api/quizzes/${QUIZ}?lang=en&questions=1`, { headers: { 'If-None-Match': tag ?? '' } });
    expect(again.status).toBe(304);
  });

  it.each(['0', '-1', '1.5', 'abc', '', '101', '1e2', '01'])('answers 400 JSON for ?questions=%s', async (n) => {
    const res = await call(`/api/quizzes/${QUIZ}?lang=en&questions=${n}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: expect.stringContaining('"questions"') },
    });
  });

  it('answers 400 JSON for an unsupported language', async () => {
    const res = await call(`/api/quizzes/${QUIZ}?lang=fr`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });
});
