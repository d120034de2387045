import { describe, expect, it } from 'vitest';
import { openPage, quiz } from './helpers.ts';
import { type Answer, scoreOf, takeQuizByKeyboard } from './reader.ts';

const total = quiz.questions.length;

describe('a reader with only a keyboard', () => {
  it('takes the whole quiz in English with Tab, Space, arrow keys and Enter', async () => {
    const reader = await openPage('plain.html?lang=en');
    const widget = reader.page.locator('script[data-quiz] + div');
    const plan: Answer[] = quiz.questions.map((_, i) => (i % 3 === 1 ? 'wrong' : 'right'));
    const score = await takeQuizByKeyboard(reader.page, reader.page, widget, 'en', plan);
    expect(score).toBe(`${scoreOf(plan)} of ${total}`);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('takes the whole quiz in Spanish on a device set to dark mode', async () => {
    const reader = await openPage('plain.html?lang=es', { colorScheme: 'dark' });
    const widget = reader.page.locator('script[data-quiz] + div');
    const plan: Answer[] = quiz.questions.map((_, i) => (i % 2 === 0 ? 'wrong' : 'right'));
    const score = await takeQuizByKeyboard(reader.page, reader.page, widget, 'es', plan);
    expect(score).toBe(`${scoreOf(plan)} de ${total}`);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('takes the quiz inside the iframe embed, keyboard only', async () => {
    const reader = await openPage('iframe.html?lang=en');
    const frameElement = reader.page.locator('iframe[data-lateral-frame]');
    await frameElement.waitFor();
    const frame = await (await frameElement.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no iframe content');
    const widget = reader.page.frameLocator('iframe[data-lateral-frame]').locator('[data-lateral-quiz]');
    const plan: Answer[] = quiz.questions.map(() => 'right');
    const score = await takeQuizByKeyboard(reader.page, frame, widget, 'en', plan);
    expect(score).toBe(`${total} of ${total}`);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
