// The API serves choices shuffled (issue 20 §3): in a take's order when asked with its key, else in the version's, never as written.

import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../contract/quiz.ts';
import { choiceOrder } from '../../contract/choice-order.ts';
import { quizzes } from '../../worker/quizzes/bundled.ts';
import { QUIZ, VERSION, call, quiz } from './helpers.ts';

const served = async (query: string) => {
  const res = await call(`/api/quizzes/${QUIZ}?lang=en${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Quiz;
};
const orders = (q: Quiz) => q.questions.map((x) => x.choices.map((c) => c.id).join(''));
const expected = (key: string) =>
  quiz.questions.map((q) =>
    choiceOrder(q.choices, key, q.id)
      .map((c) => c.id)
      .join(''),
  );

describe('GET /api/quizzes/:quizId', () => {
  it("serves a take's key the take's order: the same every time, another for another take", async () => {
    const one = await served('&order=0123abcd4567ef89');
    expect(orders(one)).toEqual(expected('0123abcd4567ef89'));
    expect(orders(await served('&order=0123abcd4567ef89'))).toEqual(orders(one));
    expect(orders(await served('&order=fedcba9876543210'))).not.toEqual(orders(one));
    // What is served is still each question's own choices, with their own texts.
    for (const [i, q] of one.questions.entries()) {
      const file = quiz.questions[i];
      expect(q.choices.map((c) => c.id).sort()).toEqual(file?.choices.map((c) => c.id).sort());
      for (const c of q.choices) expect(c.text).toBe(file?.choices.find((f) => f.id === c.id)?.text.en);
    }
  });

  it("serves the version's own order without a key (the widget's first, cacheable download), never the order as written", async () => {
    const plain = await served('&questions=1');
    expect(orders(plain)).toEqual(expected(VERSION).slice(0, 1));
    const whole = await served('');
    expect(orders(whole)).toEqual(expected(VERSION));
    expect(orders(whole)).not.toEqual(quiz.questions.map((q) => q.choices.map((c) => c.id).join('')));
  });

  it('refuses a key that is not 8 to 32 hex digits, with a JSON 400', async () => {
    for (const bad of ['xyz', '12', 'ABCDEF12', '0'.repeat(33)]) {
      const res = await call(`/api/quizzes/${QUIZ}?order=${bad}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    }
  });

  it('lets a blind reader who picks the first choice score at chance, over many takes, in every served quiz and language', async () => {
    for (const file of quizzes) {
      for (const lang of file.languages) {
        const single = file.questions.filter((q) => q.type === 'single').map((q) => q.id);
        let right = 0;
        let asked = 0;
        for (let take = 0; take < 40; take++) {
          const key = (0x9e3779b9 * (take + 1)).toString(16).padStart(8, '0').slice(-8);
          const res = await call(`/api/quizzes/${file.id}?lang=${lang}&order=${key}`);
          const body = (await res.json()) as Quiz;
          for (const q of body.questions.filter((x) => single.includes(x.id))) {
            asked++;
            if (file.questions.find((f) => f.id === q.id)?.correct.includes(q.choices[0]?.id ?? '')) right++;
          }
        }
        expect(right / asked, `${file.id} (${lang})`).toBeLessThanOrEqual(0.4);
      }
    }
  });
});
