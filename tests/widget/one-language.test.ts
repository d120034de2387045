// A quiz in one language (issue 19 §3): its text in that language, the interface in the reader's, each marked with its `lang`.

import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from './fake-api.ts';
import { mountTest } from './harness.ts';

afterEach(() => document.body.replaceChildren());

/** A Spanish-only quiz on a page whose reader (data-lang, or the page's language) reads English. */
const spanishQuizEnglishReader = () =>
  mountTest({ overrides: { lang: 'en' }, api: fakeApi({ extras: { languages: ['es'] } }) });

const langOf = (el: Element | null | undefined) => el?.closest('[lang]')?.getAttribute('lang');

describe('a Spanish-only quiz for a reader whose interface is English', () => {
  it('shows the quiz in Spanish, marked es, inside an English interface', async () => {
    const w = await spanishQuizEnglishReader();
    expect(w.root.querySelector('.lt')?.getAttribute('lang')).toBe('en');
    const title = w.root.querySelector('.title');
    expect(title?.textContent).toBe('Cómo leer una afirmación');
    expect(title?.getAttribute('lang')).toBe('es');
    expect(w.root.querySelector('.intro')?.getAttribute('lang')).toBe('es');
    // The interface around it follows the reader, and says so by inheriting the root's lang.
    expect(langOf(w.button('Start the quiz'))).toBe('en');
    expect(langOf(w.root.querySelector('.meta'))).toBe('en');
  });

  it('marks the prompt and every choice Spanish, and the interface words English', async () => {
    const w = await spanishQuizEnglishReader();
    await w.press('Start the quiz');
    const prompt = w.root.querySelector('.prompt');
    expect(prompt?.textContent).toBe('¿Qué afirmó el artículo?');
    expect(prompt?.getAttribute('lang')).toBe('es');
    const choice = w.choice('Que entraron tropas');
    expect(choice.nextElementSibling?.getAttribute('lang')).toBe('es');
    expect(w.root.querySelector('.count')?.textContent).toBe('Question 1 of 3');
    expect(langOf(w.root.querySelector('.count'))).toBe('en');
    expect(langOf(w.root.querySelector('.choices .hint'))).toBe('en');
  });

  it('asks for explanations in Spanish and marks them, the passage and its translation by language', async () => {
    const w = await spanishQuizEnglishReader();
    await w.press('Start the quiz');
    await w.pick('Que entraron tropas');
    await w.press('Check answer');
    expect(w.api.callsTo('check')[0]?.url).toContain('lang=es');
    const verdict = w.root.querySelector('.verdict');
    expect(verdict?.textContent).toBe('Not quite');
    expect(langOf(verdict)).toBe('en');
    const explanation = w.root.querySelector('.fb > p:not(.verdict)');
    expect(explanation?.textContent).toBe('Precisa qué se afirma exactamente.');
    expect(explanation?.getAttribute('lang')).toBe('es');
    // Every explanation shown (under the choices, and any list of the others') is marked Spanish.
    const why = [...w.root.querySelectorAll('.why')];
    expect(why.map((el) => el.textContent)).toEqual(expect.arrayContaining(['Por qué a', 'Por qué b']));
    for (const el of why) expect(langOf(el)).toBe('es');
    expect(langOf(w.root.querySelector('.tag'))).toBe('en');
    // The article is in English; the quiz gives its Spanish translation, marked as such.
    const [original, translation] = [...w.root.querySelectorAll('blockquote')];
    expect(original?.getAttribute('lang')).toBe('en');
    expect(translation?.textContent).toBe('Trump dijo que México había aceptado.');
    expect(translation?.getAttribute('lang')).toBe('es');
    expect(langOf(w.root.querySelector('.tr-label'))).toBe('en');
  });

  it('counts the take as Spanish and ends in English, with the missed prompts marked Spanish', async () => {
    const w = await spanishQuizEnglishReader();
    await w.press('Start the quiz');
    await w.answer(['Que entraron tropas'], ['Buscar a la autora'], ['Verdadero']);
    await w.press('See my score');
    expect(w.api.callsTo('submit')[0]?.body).toMatchObject({ lang: 'es' });
    expect(w.root.querySelector('.end h2')?.textContent).toBe('1 of 3');
    const missed = [...w.root.querySelectorAll('.missed li span:first-child')];
    expect(missed.length).toBeGreaterThan(0);
    for (const prompt of missed) expect(prompt.getAttribute('lang')).toBe('es');
    expect(langOf(w.root.querySelector('.missed .muted'))).toBe('en');
  });
});

describe('a bilingual quiz', () => {
  it('comes in the reader’s language, its text marked with that same language', async () => {
    const w = await mountTest({ overrides: { lang: 'es' } });
    expect(w.api.callsTo('quiz')[0]?.url).toContain('lang=es');
    expect(w.root.querySelector('.title')?.getAttribute('lang')).toBe('es');
    expect(w.root.querySelector('.lt')?.getAttribute('lang')).toBe('es');
  });
});
