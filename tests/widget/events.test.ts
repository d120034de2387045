// The host page learns start, each answer and the final score as bubbling DOM events, with nothing personal in them.

import { afterEach, expect, it } from 'vitest';
import { QUIZ_ID } from './fake-api.ts';
import { mountTest } from './harness.ts';

afterEach(() => document.body.replaceChildren());

it('dispatches lateral:start, lateral:answer and lateral:complete on the container, with only ids and scores', async () => {
  const w = await mountTest();
  await w.press('Start the quiz');
  await w.answer(['<img'], ['Search the author'], ['True']);
  await w.press('See my score');
  expect(w.events.map((e) => [e.name, e.detail])).toEqual([
    ['lateral:start', { quizId: QUIZ_ID }],
    ['lateral:answer', { quizId: QUIZ_ID, questionId: 'q1', correct: true }],
    ['lateral:answer', { quizId: QUIZ_ID, questionId: 'q2', correct: false }],
    ['lateral:answer', { quizId: QUIZ_ID, questionId: 'q3', correct: true }],
    ['lateral:complete', { quizId: QUIZ_ID, score: 2, total: 3 }],
  ]);
  for (const { event } of w.events) {
    expect(event.target).toBe(w.host);
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(true);
  }
});

it('lets the page listen once, high up, for every widget', async () => {
  const seen: string[] = [];
  const listener = (e: Event) => seen.push(e.type);
  document.addEventListener('lateral:start', listener);
  const w = await mountTest();
  await w.press('Start the quiz');
  document.removeEventListener('lateral:start', listener);
  expect(seen).toEqual(['lateral:start']);
});

it('does not report an answer whose check failed', async () => {
  const w = await mountTest();
  w.api.fail('check', 'network');
  await w.press('Start the quiz');
  await w.pick('That troops entered');
  await w.press('Check answer');
  expect(w.events.map((e) => e.name)).toEqual(['lateral:start']);
});
