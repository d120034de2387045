import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUIZ, openPage, quiz, takes } from './helpers.ts';
import { type Answer, scoreOf, takeQuizByMouse, words } from './reader.ts';

type HostEvent = {
  name: string;
  detail: { quizId: string; questionId?: string; correct?: boolean; score?: number; total?: number };
  target: string;
};
const hostEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { lateralEvents: HostEvent[] }).lateralEvents);

/** Right, wrong, right, wrong…: both kinds of feedback early, and a score that is not all or nothing. */
const alternating: Answer[] = quiz.questions.map((_, i) => (i % 2 === 0 ? 'right' : 'wrong'));
const total = quiz.questions.length;

describe('a reader with a mouse', () => {
  it('takes the whole quiz in English, sees each verdict in words and the score at the end', async () => {
    const before = await takes();
    const reader = await openPage('plain.html?lang=en');
    const widget = reader.page.locator('script[data-quiz] + div');
    const score = await takeQuizByMouse(widget, 'en', alternating);
    expect(score).toBe(`${scoreOf(alternating)} of ${total}`);
    expect(await widget.getByText(words('en').yourScore, { exact: true }).isVisible()).toBe(true);
    await expect.poll(takes).toBe(before + 1);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('tells the host page about start, every answer and the score, and nothing else', async () => {
    const reader = await openPage('plain.html?lang=en');
    const widget = reader.page.locator('script[data-quiz] + div');
    await takeQuizByMouse(widget, 'en', alternating);
    const events = await hostEvents(reader.page);
    expect(events.map((e) => e.name)).toEqual([
      'lateral:start',
      ...quiz.questions.map(() => 'lateral:answer'),
      'lateral:complete',
    ]);
    expect(events.every((e) => e.target === 'DIV' && e.detail.quizId === QUIZ)).toBe(true);
    expect(events.filter((e) => e.name === 'lateral:answer').map((e) => e.detail.correct)).toEqual(
      alternating.map((a) => a === 'right'),
    );
    expect(events.at(-1)?.detail).toEqual({ quizId: QUIZ, score: scoreOf(alternating), total });
    await reader.close();
  });

  it('takes the quiz in Spanish on a dark page, with Spanish verdicts and score', async () => {
    const reader = await openPage('plain.html?lang=es&theme=dark', { colorScheme: 'dark', locale: 'es-MX' });
    const widget = reader.page.locator('script[data-quiz] + div');
    const plan: Answer[] = quiz.questions.map((_, i) => (i < 3 ? 'wrong' : 'right'));
    const score = await takeQuizByMouse(widget, 'es', plan);
    expect(score).toBe(`${scoreOf(plan)} de ${total}`);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
