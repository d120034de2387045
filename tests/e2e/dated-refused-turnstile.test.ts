// Issues 9 and 10 in a real browser: the date facts were checked, a refused take's end screen, and Turnstile on demand.

import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../contract/day-format.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { axeViolations, openPage, quiz, screenshot } from './helpers.ts';
import { pick, words } from './reader.ts';

/** The quiz as a Worker with dated facts (issue 10) and, optionally, Turnstile on (issue 9) sends it. */
async function datedQuiz(page: Page, extras: Partial<Quiz> = { checkedAt: '2026-11-24', version: 'a1b2c3d4' }) {
  await page.route(/\/api\/quizzes\/[^/?]+\?lang=(en|es)(&questions=\d+)?$/, async (route) => {
    try {
      const response = await route.fetch();
      const served = (await response.json()) as Quiz;
      // The Worker writes the day out in the quiz's language (checkedOn): a changed date changes both.
      const day = extras.checkedAt ? { checkedOn: formatDay(served.lang, extras.checkedAt) } : {};
      await route.fulfill({ response, json: { ...served, ...extras, ...day } });
    } catch (err) {
      // The whole quiz is fetched in the background: a test that has finished may close the page first.
      if (!page.isClosed()) throw err;
    }
  });
}

const refuse = (code: 'too_fast' | 'daily_limit', status: number) => (route: Route) =>
  route.fulfill({
    status,
    headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
    body: JSON.stringify({ error: { code, message: 'Not counted.' } }),
  });

describe('dated facts, refused takes and Turnstile, as a reader sees them', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`shows when the facts were checked on the start screen: ${lang}, ${scheme}`, async () => {
        const reader = await openPage(`plain.html?lang=${lang}`, { colorScheme: scheme }, datedQuiz);
        const widget = reader.page.locator('script[data-quiz] + div');
        const meta = widget.locator('.start:not(.sk) .meta');
        await meta.waitFor();
        expect((await meta.innerText()).split('\n').at(-1)).toBe(
          lang === 'en' ? 'Facts checked 24 November 2026' : 'Datos verificados el 24 de noviembre de 2026',
        );
        expect(await axeViolations(reader.page)).toEqual([]);
        await screenshot(reader.page, `start-dated-${lang}-${scheme}-1280`);
        expect(reader.problems).toEqual([]);
        await reader.close();
      });
    }
  }

  it('ends a take the Worker refuses with the score from the widget’s own verdicts and a plain note', async () => {
    const reader = await openPage('plain.html?lang=en', {}, async (page) => {
      await datedQuiz(page);
      await page.route('**/api/quizzes/*/submissions', refuse('too_fast', 422));
    });
    const { page } = reader;
    const en = words('en');
    const widget = page.locator('script[data-quiz] + div');
    await widget.getByRole('button', { name: en.start, exact: true }).click();
    let right = 0;
    for (const [i, question] of quiz.questions.entries()) {
      await widget.getByRole('heading', { name: question.prompt.en, exact: true }).waitFor();
      const answer = i % 3 === 0 ? 'wrong' : 'right';
      if (answer === 'right') right++;
      for (const id of pick(question, answer)) {
        const text = question.choices.find((c) => c.id === id)?.text.en ?? id;
        await widget
          .getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true })
          .click();
      }
      await widget.getByRole('button', { name: en.check, exact: true }).click();
      await widget.locator('.fb .verdict').waitFor();
      const last = i === quiz.questions.length - 1;
      await widget.getByRole('button', { name: last ? en.finish : en.next, exact: true }).click();
    }
    await widget.locator('.end .score').waitFor();
    expect((await widget.locator('.end .score').textContent())?.trim()).toBe(`${right} of ${quiz.questions.length}`);
    expect((await widget.locator('.refused').textContent())?.trim()).toBe(en.tooFast);
    expect(await widget.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'end-refused-too-fast-en-light-1280');
    // The 422 is the test's doing; anything else is a problem.
    expect(reader.problems.filter((p) => !p.startsWith('http 422'))).toEqual([]);
    await reader.close();
  });

  it('loads Turnstile only for a quiz with a challenge, and sends its token with the attempt', async () => {
    const attempts: string[] = [];
    const turnstileRequests: string[] = [];
    const reader = await openPage('plain.html?lang=en', {}, async (page) => {
      await datedQuiz(page, { checkedAt: '2026-11-24', challenge: { turnstileSiteKey: '1x00000000000000000000AA' } });
      // Cloudflare's script, stood in for: it defines window.turnstile and passes at once.
      await page.route('https://challenges.cloudflare.com/**', (route) => {
        turnstileRequests.push(route.request().url());
        return route.fulfill({
          contentType: 'text/javascript',
          body: `window.turnstile = { render(el, o) { el.dataset.sitekey = o.sitekey; setTimeout(() => o.callback('browser-token')); return 'w1'; }, remove() {} };`,
        });
      });
      page.on('request', (request) => {
        if (request.url().endsWith('/attempts')) attempts.push(request.postData() ?? '');
      });
    });
    const widget = reader.page.locator('script[data-quiz] + div');
    await widget.getByRole('button', { name: words('en').start, exact: true }).click();
    await widget.locator('.cf[data-sitekey]').waitFor({ state: 'attached' });
    await expect.poll(() => attempts.length).toBe(1);
    expect(JSON.parse(attempts[0] ?? '{}')).toEqual({ turnstile: 'browser-token' });
    expect(turnstileRequests).toEqual(['https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit']);
    expect(reader.problems).toEqual([]);
    await reader.close();

    // The same page without a challenge in the quiz asks Cloudflare for nothing.
    const plain = await openPage('plain.html?lang=en', {}, async (page) => {
      await page.route('https://challenges.cloudflare.com/**', (route) => {
        turnstileRequests.push(route.request().url());
        return route.abort();
      });
    });
    const plainWidget = plain.page.locator('script[data-quiz] + div');
    await plainWidget.getByRole('button', { name: words('en').start, exact: true }).click();
    await plainWidget.locator('legend h2').waitFor();
    await plain.page.waitForLoadState('networkidle');
    expect(turnstileRequests).toHaveLength(1);
    await plain.close();
  });
});
