// The first screens come with question 1 only; the rest of the quiz is fetched at Start and waited for past question 1.

import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from './fake-api.ts';
import { mountTest } from './harness.ts';

afterEach(() => document.body.replaceChildren());

const alertText = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent ?? '';
const prompt = (root: ShadowRoot) => root.querySelector('legend h2')?.textContent;
const mainButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('.act .btn');

describe('the first screens', () => {
  it('ask for question 1 only and still say how many questions the quiz has', async () => {
    const w = await mountTest();
    expect(w.api.calls.map((c) => c.url)).toEqual(['https://quiz.example/api/quizzes/test-quiz?lang=en&questions=1']);
    expect(w.root.querySelector('.meta')?.textContent).toBe('3 questions · about 2 minutes');
    await w.press('Start the quiz');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 1 of 3');
    expect(prompt(w.root)).toBe('What did the article claim?');
  });

  it('fetch the whole quiz at Start, together with the attempt, and not again on a retake', async () => {
    const w = await mountTest();
    expect(w.api.callsTo('whole')).toHaveLength(0);
    await w.press('Start the quiz');
    expect(w.api.callsTo('whole').map((c) => c.url)).toEqual(['https://quiz.example/api/quizzes/test-quiz?lang=en']);
    expect(w.api.callsTo('attempt')).toHaveLength(1);
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    await w.press('Retake the quiz');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 1 of 3');
    expect(w.api.callsTo('whole')).toHaveLength(1);
  });
});

describe('moving past question 1', () => {
  it('keeps the reader on the answered question with a busy Next, focused, until the rest arrives', async () => {
    const api = fakeApi();
    const release = api.hold('whole');
    const w = await mountTest({ api });
    await w.press('Start the quiz');
    await w.answer(['That troops entered']);
    const next = w.button('Next question');
    next.focus();
    await w.press('Next question');
    expect(prompt(w.root)).toBe('What did the article claim?');
    expect(w.root.querySelector('.fb .verdict')?.textContent).toBe('Not quite');
    expect(mainButton(w.root)?.textContent).toBe('Loading the next question…');
    expect(mainButton(w.root)?.getAttribute('aria-disabled')).toBe('true');
    expect(w.root.activeElement).toBe(next);
    // Pressing again while it waits does nothing more.
    mainButton(w.root)?.click();
    release();
    await w.press('Loading the next question…');
    expect(prompt(w.root)).toBe('Which are good checks?');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 2 of 3');
    expect(w.root.activeElement).toBe(w.root.querySelector('legend h2'));
    expect(w.api.callsTo('whole')).toHaveLength(1);
  });

  it('goes straight on when the rest arrived while question 1 was read', async () => {
    const w = await mountTest();
    await w.press('Start the quiz');
    await w.answer(['<img']);
    await w.press('Next question');
    expect(prompt(w.root)).toBe('Which are good checks?');
  });

  it('offers Retry when the rest cannot be fetched, and keeps the answer to question 1', async () => {
    const api = fakeApi();
    // The fetch at Start fails, then the one at Next, then the first Retry.
    api.fail('whole', 'network', 503, 'network');
    const w = await mountTest({ api });
    await w.press('Start the quiz');
    expect(w.root.querySelector('[role="alert"]')).toBeNull();
    await w.answer(['<img']);
    await w.press('Next question');
    expect(alertText(w.root)).toContain("We couldn't load the next question.");
    expect(w.root.querySelector('.fb .verdict')?.textContent).toBe('Correct');
    // One way on: the main button (which keeps focus) retries; the alert only explains.
    expect(mainButton(w.root)?.textContent).toBe('Try again');
    expect(w.root.querySelector('[role="alert"] button')).toBeNull();
    await w.press('Try again');
    expect(alertText(w.root)).toContain("We couldn't load the next question.");
    await w.press('Try again');
    expect(w.root.querySelector('[role="alert"]')).toBeNull();
    expect(prompt(w.root)).toBe('Which are good checks?');
    await w.answer(['Search the author', 'Find other coverage'], ['True']);
    await w.press('See my score');
    expect(w.api.callsTo('whole')).toHaveLength(4);
    expect(w.api.callsTo('submit')[0]?.body).toMatchObject({ answers: { q1: ['a'], q2: ['a', 'c'], q3: ['t'] } });
    expect(w.root.querySelector('.end h2')?.textContent).toBe('3 of 3');
  });

  it('words the failure in Spanish too', async () => {
    const api = fakeApi();
    api.fail('whole', 'network', 'network');
    const w = await mountTest({ api, overrides: { lang: 'es' } });
    await w.press('Empezar el quiz');
    await w.pick('<img');
    await w.press('Revisar respuesta');
    await w.press('Siguiente pregunta');
    expect(alertText(w.root)).toContain('No pudimos cargar la siguiente pregunta.');
    expect(w.buttons().map((b) => b.textContent)).toContain('Reintentar');
  });
});
