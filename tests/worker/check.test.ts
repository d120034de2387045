import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../contract/api.ts';
import type { QuestionFile } from '../../contract/quiz.ts';
import { QUIZ, countingKv, postJson, quiz, testEnv } from './helpers.ts';

const check = (body: unknown, query = '') => postJson(`/api/quizzes/${QUIZ}/check${query}`, body);
const wrongChoice = (q: QuestionFile) => q.choices.find((c) => !q.correct.includes(c.id))?.id ?? '';
const ofType = (type: QuestionFile['type']) => {
  const q = quiz.questions.find((x) => x.type === type);
  if (!q) throw new Error(`the quiz has no ${type} question`);
  return q;
};

describe('POST /api/quizzes/:quizId/check', () => {
  for (const type of ['single', 'true-false', 'multiple'] as const) {
    it(`marks the right answer to a ${type} question correct, with every explanation`, async () => {
      const q = ofType(type);
      const res = await check({ questionId: q.id, choiceIds: q.correct });
      expect(res.status).toBe(200);
      const body = (await res.json()) as CheckResult;
      expect(body.correct).toBe(true);
      expect(body.correctChoiceIds).toEqual(q.correct);
      expect(body.explanation).toBe(q.explanation.en);
      expect(Object.keys(body.choiceExplanations).sort()).toEqual(q.choices.map((c) => c.id).sort());
      expect(body.passage.text).toBe(q.passage.text);
      expect(body.skill).toBe(q.skill);
    });

    it(`marks a wrong answer to a ${type} question wrong`, async () => {
      const q = ofType(type);
      const body = (await (await check({ questionId: q.id, choiceIds: [wrongChoice(q)] })).json()) as CheckResult;
      expect(body.correct).toBe(false);
      expect(body.correctChoiceIds).toEqual(q.correct);
    });
  }

  it('marks a multiple-answer question wrong when only part of the right answers is chosen', async () => {
    const q = quiz.questions.find((x) => x.type === 'multiple' && x.correct.length > 1);
    if (!q) throw new Error('the quiz needs a multiple question with several right answers');
    const body = (await (await check({ questionId: q.id, choiceIds: q.correct.slice(0, 1) })).json()) as CheckResult;
    expect(body.correct).toBe(false);
  });

  it('marks a multiple-answer question wrong when a wrong choice is added to the right ones', async () => {
    const q = ofType('multiple');
    const body = (await (
      await check({ questionId: q.id, choiceIds: [...q.correct, wrongChoice(q)] })
    ).json()) as CheckResult;
    expect(body.correct).toBe(false);
  });

  it('explains in Spanish when asked, by body or by query', async () => {
    const q = ofType('single');
    const byBody = (await (await check({ questionId: q.id, choiceIds: q.correct, lang: 'es' })).json()) as CheckResult;
    const byQuery = (await (await check({ questionId: q.id, choiceIds: q.correct }, '?lang=es')).json()) as CheckResult;
    expect(byBody.explanation).toBe(q.explanation.es);
    expect(byQuery.explanation).toBe(q.explanation.es);
  });

  it('costs no KV operation', async () => {
    const q = ofType('single');
    const counted = countingKv(testEnv.SCORES);
    await postJson(`/api/quizzes/${QUIZ}/check`, { questionId: q.id, choiceIds: q.correct }, { SCORES: counted.kv });
    expect(counted.total()).toBe(0);
  });

  it('answers 404 for an unknown question', async () => {
    const res = await check({ questionId: 'nope', choiceIds: ['a'] });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('answers 400 for choices that are missing, unknown, repeated or too many', async () => {
    const single = ofType('single');
    const multiple = ofType('multiple');
    const bad = [
      { questionId: single.id },
      { questionId: single.id, choiceIds: 'a' },
      { questionId: single.id, choiceIds: [] },
      { questionId: single.id, choiceIds: ['zz'] },
      { questionId: single.id, choiceIds: [1] },
      { questionId: single.id, choiceIds: single.choices.slice(0, 2).map((c) => c.id) },
      { questionId: multiple.id, choiceIds: [multiple.correct[0], multiple.correct[0]] },
    ];
    for (const body of bad) {
      const res = await check(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    }
  });
});
