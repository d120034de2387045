import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, quiz, screenshot, takes } from './helpers.ts';
import { type Answer, pick, scoreOf, words } from './reader.ts';

const en = words('en');
const plan: Answer[] = quiz.questions.map((_, i) => (i % 2 === 0 ? 'right' : 'wrong'));

/** Answers every question, then presses "See my score"; whatever the API does next is up to the test. */
async function answerAll(widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: en.start, exact: true }).click();
  for (const [i, question] of quiz.questions.entries()) {
    await widget.getByRole('heading', { name: question.prompt.en, exact: true }).waitFor();
    for (const id of pick(question, plan[i] ?? 'right')) {
      const text = question.choices.find((c) => c.id === id)?.text.en ?? id;
      await widget.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true }).click();
    }
    await widget.getByRole('button', { name: en.check, exact: true }).click();
    await widget.locator('.fb .verdict').waitFor();
    await widget
      .getByRole('button', { name: i === quiz.questions.length - 1 ? en.finish : en.next, exact: true })
      .click();
  }
}

async function retryUntilScore(page: Page, widget: Locator, submissions: string[]): Promise<void> {
  const alert = widget.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(en.saveFailed);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'error-save-failed-en-light-1280');
  // The answers are kept: the reader only presses Try again.
  await widget.getByRole('button', { name: en.retry, exact: true }).click();
  await widget.locator('.end .score').waitFor();
  expect((await widget.locator('.end .score').textContent())?.trim()).toBe(
    `${scoreOf(plan)} of ${quiz.questions.length}`,
  );
  expect(submissions).toHaveLength(2);
  // Both tries sent the same attempt token: that is what makes the server count it once.
  expect(new Set(submissions).size).toBe(1);
  await page.unrouteAll({ behavior: 'wait' });
}

describe('when saving the score fails', () => {
  it('offers Try again after a 503 and counts the take exactly once', async () => {
    const before = await takes();
    const reader = await openPage('plain.html?lang=en');
    const { page } = reader;
    const submissions: string[] = [];
    await page.route('**/api/quizzes/*/submissions', async (route) => {
      submissions.push(JSON.parse(route.request().postData() ?? '{}').attempt);
      if (submissions.length > 1) return route.continue();
      await route.fulfill({
        status: 503,
        headers: { 'Access-Control-Allow-Origin': '*', 'Retry-After': '1', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 'storage_unavailable', message: 'Try again.' } }),
      });
    });
    const widget = page.locator('script[data-quiz] + div');
    await answerAll(widget);
    await retryUntilScore(page, widget, submissions);
    await expect.poll(takes).toBe(before + 1);
    await reader.close();
  });

  it('counts once when the server saved the score but the answer was lost on the way back', async () => {
    const before = await takes();
    const reader = await openPage('plain.html?lang=en');
    const { page } = reader;
    const submissions: string[] = [];
    await page.route('**/api/quizzes/*/submissions', async (route) => {
      submissions.push(JSON.parse(route.request().postData() ?? '{}').attempt);
      if (submissions.length > 1) return route.continue();
      // The request reaches the Worker and is stored; the reader's connection drops before the reply.
      const stored = await route.fetch();
      expect(stored.status()).toBe(201);
      await route.abort('connectionreset');
    });
    const widget = page.locator('script[data-quiz] + div');
    await answerAll(widget);
    await retryUntilScore(page, widget, submissions);
    // The first try was counted; the retry was recognised as the same attempt.
    await expect.poll(takes).toBe(before + 1);
    await reader.close();
  });
});
