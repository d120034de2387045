import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttemptGrant, Results } from '../../contract/api.ts';
import { LATERAL, QUIZ, axeViolations, openPage, quiz, screenshot, scrollsSideways, takes } from './helpers.ts';
import { type Answer, takeQuizByMouse } from './reader.ts';

/** Node's fetch may try ::1 for localhost, where wrangler does not listen. */
const API = `${LATERAL.replace('localhost', '127.0.0.1')}/api/quizzes/${QUIZ}`;
const RESULTS_PAGE = `${LATERAL}/results/${QUIZ}`;

/** Takes sent straight to the API, uneven on purpose so every chart has something to show. */
async function seedTakes(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { attempt } = (await (await fetch(`${API}/attempts`, { method: 'POST' })).json()) as AttemptGrant;
    const answers = Object.fromEntries(
      quiz.questions.map((q, j) => {
        const wrong = q.choices.filter((c) => !q.correct.includes(c.id));
        const pick = wrong[(i * (j + 1)) % wrong.length];
        return [q.id, (i * 5 + j * 3) % 7 < 1 + (j % 4) && pick ? [pick.id] : q.correct];
      }),
    );
    const res = await fetch(`${API}/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ attempt, lang: i % 3 ? 'en' : 'es', answers }),
    });
    if (res.status !== 201) throw new Error(`seeding: ${res.status} ${await res.text()}`);
  }
}

const figure = (page: Page | Frame, name: string) =>
  page
    .locator(`[data-figure="${name}"]`)
    .innerText()
    .then((t) => t.replace(/\s+/g, ' ').trim());

/** Every data table folded open, so the accessibility scan reads them too. */
const openTables = (page: Page | Frame) =>
  page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );

beforeAll(async () => {
  // Other files' readers may have taken the quiz already; make sure the shares are past the small-number rule.
  const now = await takes();
  if (now < 11) await seedTakes(11 - now);
});

describe('the results page in a browser', () => {
  it('counts a take made in the widget, and shows the same figures as the JSON and the CSV', async () => {
    const before = await takes();
    const first = await openPage(RESULTS_PAGE);
    expect(await figure(first.page, 'takes')).toBe(String(before));
    await first.close();

    const reader = await openPage('plain.html?lang=en');
    const plan: Answer[] = quiz.questions.map((_, i) => (i % 3 === 0 ? 'wrong' : 'right'));
    await takeQuizByMouse(reader.page.locator('script[data-quiz] + div'), 'en', plan);
    await expect.poll(takes).toBe(before + 1);
    await reader.close();

    const after = await openPage(RESULTS_PAGE);
    const r = (await (await fetch(`${API}/results`)).json()) as Results;
    const csv = await (await fetch(`${API}/results.csv`)).text();
    // Since quiz versions, each CSV row starts with the version it covers.
    const csvPercentCorrect = (id: string) =>
      new RegExp(`^${r.version},question,${id},.*,percent_correct,(\\d+)\r$`, 'm').exec(csv)?.[1];
    expect(await figure(after.page, 'takes')).toBe(String(before + 1));
    expect(r.takes).toBe(before + 1);
    expect(await figure(after.page, 'mean_score')).toBe(`${Math.round((r.meanScore ?? 0) * 10) / 10} of ${r.total}`);
    expect(await figure(after.page, 'median_score')).toBe(`${r.medianScore} of ${r.total}`);
    for (const q of quiz.questions) {
      const counts = r.questions[q.id];
      const percent = Math.round(((counts?.correct ?? 0) / (counts?.answered ?? 1)) * 100);
      expect(csvPercentCorrect(q.id)).toBe(String(percent));
      expect(await figure(after.page, `question:${q.id}:percent_correct`)).toBe(
        `${percent}% answered correctly (${counts?.correct} of ${counts?.answered})`,
      );
    }
    expect(after.problems).toEqual([]);
    await after.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`reads cleanly in ${colorScheme} at ${width} px: no CSP or console problem, no sideways scroll, no axe violation`, async () => {
        const viewport = { width, height: 900 };
        const reader = await openPage(RESULTS_PAGE, { viewport, colorScheme });
        expect(await reader.page.locator('h1').innerText()).toBe(quiz.title.en);
        expect(await scrollsSideways(reader.page)).toBe(false);
        await screenshot(reader.page, `results-${colorScheme}-${width}`);
        expect(reader.problems).toEqual([]);
        await reader.close();

        // bypassCSP only so axe can be injected; the page above was held to its own policy.
        const scan = await openPage(RESULTS_PAGE, { viewport, colorScheme, bypassCSP: true });
        await openTables(scan.page);
        expect(await scrollsSideways(scan.page)).toBe(false);
        expect(await axeViolations(scan.page)).toEqual([]);
        await scan.close();
      });
    }
  }

  it('fits a 320 px phone in Spanish, tables open, without sideways scroll', async () => {
    const reader = await openPage(`${RESULTS_PAGE}?lang=es`, {
      viewport: { width: 320, height: 640 },
      locale: 'es-ES',
    });
    await openTables(reader.page);
    expect(await reader.page.locator('html').getAttribute('lang')).toBe('es');
    expect(await scrollsSideways(reader.page)).toBe(false);
    await screenshot(reader.page, 'results-es-320-tables');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('opens a chart’s data table from the keyboard', async () => {
    const reader = await openPage(RESULTS_PAGE);
    const { page } = reader;
    const summary = page.locator('#scores-title ~ details summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('#table-scores').isVisible()).toBe(true);
    await reader.close();
  });

  it('grows to fit inside a host page through the widget’s results view, in Spanish and dark', async () => {
    const reader = await openPage('plain.html?lang=es&theme=dark', {
      colorScheme: 'dark',
      viewport: { width: 720, height: 900 },
    });
    const { page } = reader;
    type Mount = {
      mount: (el: Element, options: { quiz: string; view: string; lang: string; theme: string }) => unknown;
    };
    await page.waitForFunction(() => 'Lateral' in window);
    await page.evaluate((quizId) => {
      const box = document.createElement('div');
      box.id = 'results-box';
      document.querySelector('main')?.append(box);
      (window as unknown as { Lateral: Mount }).Lateral.mount(box, {
        quiz: quizId,
        view: 'results',
        lang: 'es',
        theme: 'dark',
      });
    }, QUIZ);
    const frameElement = page.locator('#results-box iframe');
    await frameElement.waitFor();
    await expect.poll(() => page.frames().some((f) => /\/results\//.test(f.url()))).toBe(true);
    const frame = page.frame({ url: /\/results\// });
    if (!frame) throw new Error('no results frame');
    await frame.locator('[data-figure="takes"]').waitFor();
    expect(await frame.locator('.topbar').count()).toBe(0);
    // The host set the iframe to the height the page inside reported (no inner scrollbar).
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(() => frameElement.evaluate((f) => Number.parseFloat((f as HTMLIFrameElement).style.height)))
      .toBeGreaterThanOrEqual(inner - 1);
    await frame.evaluate(() => document.querySelector('details')?.setAttribute('open', ''));
    const grown = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(grown).toBeGreaterThan(inner);
    await expect
      .poll(() => frameElement.evaluate((f) => Number.parseFloat((f as HTMLIFrameElement).style.height)))
      .toBeGreaterThanOrEqual(grown - 1);
    await frame.evaluate(() => document.querySelector('details')?.removeAttribute('open'));
    await screenshot(page, 'results-embedded-es-dark');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
