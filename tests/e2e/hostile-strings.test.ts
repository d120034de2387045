// Hostile strings from the API, in a real browser: markup, javascript: links and bidi overrides render as inert text.

import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { openPage, screenshot } from './helpers.ts';
import { words } from './reader.ts';

const en = words('en');
/** Each payload flips window.__pwned if it ever runs. */
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const LINK = 'javascript:window.__pwned=3';
/** Not closed by a pop-directional mark: it must still stay inside its own element. */
const RTL = '\u202Egnp.exe';
const TITLE = `Quiz ${IMG}`;

describe('a quiz whose text is hostile', () => {
  it('shows every string as text, runs nothing, links nowhere and loads nothing it names', async () => {
    const requested: string[] = [];
    // The routes are in place before the page asks for anything.
    const reader = await openPage('plain.html?lang=en', {}, async (page) => {
      page.on('request', (request) => requested.push(request.url()));
      // Both quiz fetches: the first question on load (`&questions=1`) and the whole quiz at Start.
      await page.route(/\/api\/quizzes\/[^/?]+\?lang=en(&questions=\d+)?$/, async (route) => {
        const response = await route.fetch();
        const quiz = (await response.json()) as Quiz;
        const [first] = quiz.questions;
        if (!first) throw new Error('the quiz has no question');
        quiz.title = TITLE;
        quiz.intro = SCRIPT;
        quiz.source = { ...quiz.source, title: `<a href="${LINK}">source</a>`, url: LINK };
        first.prompt = `Which? ${IMG}`;
        first.choices = first.choices.map((c, i) => ({ ...c, text: [IMG, RTL, SCRIPT][i] ?? `${c.text} ${IMG}` }));
        await route.fulfill({ response, json: quiz });
      });
      await page.route(/\/api\/quizzes\/[^/?]+\/check(\?|$)/, async (route) => {
        const response = await route.fetch();
        const result = (await response.json()) as CheckResult;
        result.explanation = `${SCRIPT} ${IMG}`;
        result.passage = { text: IMG, translation: { es: RTL } };
        result.choiceExplanations = Object.fromEntries(Object.keys(result.choiceExplanations).map((id) => [id, IMG]));
        result.sources = [{ name: `<b>${RTL}</b>`, url: LINK, accessed: '2026-11-24' }];
        await route.fulfill({ response, json: result });
      });
    });
    const { page } = reader;

    const widget = page.locator('script[data-quiz] + div');
    await widget.getByText(TITLE, { exact: true }).waitFor();
    await widget.getByRole('button', { name: en.start, exact: true }).click();
    await widget.getByRole('heading', { name: `Which? ${IMG}`, exact: true }).waitFor();
    const rtl = widget.getByRole('radio', { name: RTL, exact: true });
    expect(await rtl.count()).toBe(1);
    await widget.getByRole('radio', { name: IMG, exact: true }).click();
    await widget.getByRole('button', { name: en.check, exact: true }).click();
    await widget.locator('.fb .verdict').waitFor();
    expect(await widget.getByText(`${SCRIPT} ${IMG}`).count()).toBeGreaterThan(0);
    expect(await widget.getByText(`<b>${RTL}</b>`).count()).toBeGreaterThan(0);
    await screenshot(page, 'hostile-strings-feedback-en-light-1280');

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await widget.locator('img, script, b').count()).toBe(0);
    expect(await widget.locator('a[href^="javascript" i]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
    expect(requested.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
