// A Spanish-only quiz end to end (issue 19 §3): published from the editor with no English at all, embedded on an
// English page on another origin, taken there (its text Spanish, the interface the page's), and counted in results.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type AttemptGrant, MIN_ANSWERS_FOR_SHARES, type Results } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { firstArticleHtml } from './first-article-page.ts';
import { LATERAL, openPage, screenshot } from './helpers.ts';
import { words } from './reader.ts';

const TOKEN = inject('editorToken');
const API = LATERAL.replace('localhost', '127.0.0.1');
const en = words('en');

/** What the teacher writes, in Spanish only; the right answer is neither the longest nor the shortest. */
const QUESTIONS = [
  {
    prompt: '¿Quién hizo la afirmación, según el artículo?',
    answers: ['El autor del texto', 'Donald Trump', 'Claudia Sheinbaum, presidenta'],
    why: ['El autor solo la reporta.', 'Correcto: se le atribuye a él.', 'Ella la negó; no la hizo.'],
    right: 1,
    lesson: 'Precisa quién afirma qué antes de juzgarlo.',
    translation: 'Traducción del fragmento.',
  },
  {
    prompt: '¿Qué deberías preguntarte sobre este fragmento?',
    answers: ['Nada: salió publicado', '¿Quién lo dice y cómo lo sabe?', 'Si el autor es famoso en redes'],
    why: ['Estar publicado no lo hace cierto.', 'Correcto: pregunta por la fuente.', 'La fama no es prueba.'],
    right: 1,
    lesson: 'Pregunta quién está detrás de una afirmación.',
    translation: 'Otra traducción.',
  },
];

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Editor token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your quizzes' }).waitFor();
}

/** A text field group by its legend: only the quiz's languages are in it. */
const group = (scope: Locator | Page, legend: string) => scope.getByRole('group', { name: legend, exact: true });
const spanish = (scope: Locator | Page, legend: string) => group(scope, legend).getByLabel('Español', { exact: true });

function step(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: new RegExp(name) });
}

describe('a quiz in Spanish only', () => {
  it('publishes with no English, embeds on an English page elsewhere, runs in Spanish and shows its results', async () => {
    const teacher = await openPage(`${LATERAL}/editor`);
    const { page } = teacher;
    await signIn(page);

    // A new quiz, declared Spanish only: the title is asked for in Spanish.
    const languages = group(page, 'Languages of the quiz');
    await languages.getByLabel('English', { exact: true }).uncheck();
    expect(await languages.getByLabel('Español', { exact: true }).isDisabled()).toBe(true);
    await page.getByLabel('Title (Spanish)').fill('Quién dijo qué: solo en español');
    const quizId = await page.getByLabel('Quiz address').inputValue();
    expect(quizId).toBe('quien-dijo-que-solo-en-espanol');
    await page.getByRole('button', { name: 'Create the quiz' }).click();

    await page.getByLabel('Saved web page (.html)').setInputFiles({
      name: 'trumps-claim.html',
      mimeType: 'text/html',
      buffer: Buffer.from(firstArticleHtml()),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: 'Next: write questions' }).click();

    // Two questions from the map, written in Spanish: no English field is offered.
    const chips = page.locator('.mark-chip');
    const cards = page.locator('.question-card');
    for (const n of [0, 1]) {
      await chips.nth(n * 3).click();
      await expect.poll(() => cards.count()).toBe(n + 1);
    }
    for (const [i, w] of QUESTIONS.entries()) {
      const card = cards.nth(i);
      expect(await card.getByLabel('English', { exact: true }).count()).toBe(0);
      await card.getByLabel('Spanish translation of the passage').fill(w.translation);
      await spanish(card, 'Question').fill(w.prompt);
      for (const [j, text] of w.answers.entries()) {
        const letter = String.fromCharCode(65 + j);
        await spanish(card, `Answer ${letter}`).fill(text);
        await spanish(card, `Why answer ${letter} is right or wrong`).fill(w.why[j] ?? '');
      }
      await card.getByLabel(`${String.fromCharCode(65 + w.right)} is right`).check();
      await spanish(card, 'Lesson').fill(w.lesson);
    }

    await step(page, 'Details').click();
    expect(await group(page, 'Languages of the quiz').getByLabel('English', { exact: true }).isChecked()).toBe(false);
    await spanish(page, 'Introduction').fill('Practica distinguir una afirmación de su desmentido.');
    const publisher = page.getByLabel('Published by (site or outlet)');
    if (!(await publisher.inputValue())) await publisher.fill('Vocal');
    await page.getByLabel('Facts checked on').fill('2026-11-24');

    await step(page, 'Check and publish').click();
    await page.getByRole('heading', { name: 'Ready to publish' }).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('heading', { name: 'Published: version 1.' }).waitFor();
    await screenshot(page, 'one-language-01-published');
    expect(teacher.problems).toEqual([]);
    await teacher.close();

    // The API serves it in Spanish to whoever asks, English readers included.
    const served = await fetch(`${API}/api/quizzes/${quizId}?lang=en`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-language')).toBe('es');
    const quiz = (await served.json()) as Quiz;
    expect(quiz).toMatchObject({ lang: 'es', languages: ['es'], title: 'Quién dijo qué: solo en español' });

    // A reader on an English class page on another origin: the interface English, the quiz Spanish, each marked.
    const reader = await openPage(`class-page.html?quiz=${quizId}`);
    const embedded = reader.page.locator('main');
    await embedded.getByRole('button', { name: en.start, exact: true }).click();
    for (const [i, w] of QUESTIONS.entries()) {
      const prompt = embedded.getByRole('heading', { name: w.prompt, exact: true });
      await prompt.waitFor();
      expect(await prompt.getAttribute('lang')).toBe('es');
      expect(await embedded.locator('.lt').getAttribute('lang')).toBe('en');
      await embedded.getByRole('radio', { name: w.answers[w.right], exact: true }).click();
      await embedded.getByRole('button', { name: en.check, exact: true }).click();
      expect((await embedded.locator('.fb .verdict').textContent())?.trim()).toBe(en.correct);
      expect(await embedded.locator('.fb > p[lang="es"]').textContent()).toBeTruthy();
      await embedded
        .getByRole('button', { name: i === QUESTIONS.length - 1 ? en.finish : en.next, exact: true })
        .click();
    }
    await expect.poll(async () => (await embedded.locator('.end .score').textContent())?.trim()).toBe('2 of 2');
    await screenshot(reader.page, 'one-language-02-taken');
    expect(reader.problems).toEqual([]);
    await reader.close();

    // Counted (the split by language and score waits for the small-number rule, below).
    const counted = (await (await fetch(`${API}/api/quizzes/${quizId}/results`)).json()) as Results;
    expect(counted.takes).toBe(1);

    // More Spanish takes, straight to the API, so the per-question figures pass the small-number rule.
    const api = `${API}/api/quizzes/${quizId}`;
    for (let i = 1; i < MIN_ANSWERS_FOR_SHARES; i++) {
      const { attempt } = (await (await fetch(`${api}/attempts`, { method: 'POST' })).json()) as AttemptGrant;
      const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, [q.choices[i % 3]?.id ?? '']]));
      const sent = await fetch(`${api}/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ attempt, lang: 'es', answers }),
      });
      expect(sent.status).toBe(201);
    }

    const results = (await (await fetch(`${API}/api/quizzes/${quizId}/results`)).json()) as Results;
    expect(results.takes).toBe(MIN_ANSWERS_FOR_SHARES);
    expect(results.languages.es).toBe(MIN_ANSWERS_FOR_SHARES);

    // The results page speaks the quiz's language by default, and marks the quiz's text Spanish in an English page.
    const inSpanish = await openPage(`${LATERAL}/results/${quizId}`);
    expect(await inSpanish.page.locator('html').getAttribute('lang')).toBe('es');
    expect((await inSpanish.page.locator('[data-figure="takes"]').textContent())?.trim()).toBe(
      String(MIN_ANSWERS_FOR_SHARES),
    );
    await inSpanish.page
      .getByText(QUESTIONS[0]?.prompt ?? '', { exact: true })
      .first()
      .waitFor();
    await screenshot(inSpanish.page, 'one-language-03-results-es');
    expect(inSpanish.problems).toEqual([]);
    await inSpanish.close();
    const inEnglish = await openPage(`${LATERAL}/results/${quizId}?lang=en`);
    expect(await inEnglish.page.locator('html').getAttribute('lang')).toBe('en');
    const prompt = inEnglish.page.getByText(QUESTIONS[1]?.prompt ?? '', { exact: true }).first();
    expect(await prompt.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('es');
    await screenshot(inEnglish.page, 'one-language-04-results-en');
    expect(inEnglish.problems).toEqual([]);
    await inEnglish.close();
  }, 300_000);
});
