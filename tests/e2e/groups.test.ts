// A teacher's whole task in a browser: make a class group, three students through the class link and one through a
// class website's embed, then the group's page with exactly those four takes beside everyone's.

import { describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import { GROUP_STRINGS } from '../../worker/results/group-strings.ts';
import { LATERAL, QUIZ, axeViolations, openPage, screenshot, scrollsSideways } from './helpers.ts';
import { type Answer, focused, takeQuizByMouse, words } from './reader.ts';

const g = GROUP_STRINGS.en;
const API = `${LATERAL.replace('localhost', '127.0.0.1')}/api/quizzes/${QUIZ}`;

/** Plans of the four students: scores 16, 12, 8 and 4. */
const plans: Answer[][] = [16, 12, 8, 4].map((right) =>
  Array.from({ length: 16 }, (_, i): Answer => (i < right ? 'right' : 'wrong')),
);

const withGroup = (code: string) => words('en').withGroup.replace('{code}', code);

async function everyone(): Promise<Results> {
  const res = await fetch(`${API}/results`);
  return (await res.json()) as Results;
}

describe('a class group, from the teacher’s form to the group’s results', () => {
  let code = '';
  let classLink = '';
  let resultsLink = '';

  it('lets a teacher create a group from the results page and shows the links once', async () => {
    const teacher = await openPage(`${LATERAL}/results/${QUIZ}`);
    const { page } = teacher;
    await page.getByRole('heading', { name: g.createTitle }).scrollIntoViewIfNeeded();
    await page.getByLabel(g.nameLabel).fill('Period 3');
    await page.getByRole('button', { name: g.createButton }).click();
    await page.getByRole('heading', { name: g.createdTitle }).waitFor();
    code = (await page.locator('.join-code').innerText()).trim();
    expect(code).toMatch(/^[CFHJKMNPRTVWXY3479]{6}$/);
    classLink = await page.getByRole('textbox', { name: g.classLinkLabel, exact: true }).inputValue();
    resultsLink = await page.getByRole('textbox', { name: g.resultsLinkLabel, exact: true }).inputValue();
    // Each Copy button says which field it copies.
    expect(await page.getByRole('button', { name: `${g.copy} ${g.classLinkLabel}`, exact: true }).count()).toBe(1);
    expect(classLink).toBe(`${LATERAL}/embed/${QUIZ}?group=${code}`);
    expect(resultsLink).toContain(`/results/${QUIZ}/groups/${code}?key=`);
    expect(await page.getByText(g.keepWarningTitle).isVisible()).toBe(true);
    // The Copy buttons work under the page's strict CSP: their script is allowed by hash.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: LATERAL });
    const copy = page.locator('button[data-copy="results-link"]');
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe(g.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(resultsLink);
    await screenshot(page, 'group-created');
    expect(teacher.problems).toEqual([]);
    await teacher.close();

    // bypassCSP only so axe can be injected; the page above ran under its own policy. A second group, since the
    // page shows a group's links once, right after making it.
    const scan = await openPage(`${LATERAL}/results/${QUIZ}`, { bypassCSP: true });
    await scan.page.getByRole('button', { name: g.createButton }).click();
    await scan.page.getByRole('heading', { name: g.createdTitle }).waitFor();
    expect(await axeViolations(scan.page)).toEqual([]);
    await scan.close();
  });

  it('counts three students through the class link and one through a class website’s embed', async () => {
    for (const plan of plans.slice(0, 3)) {
      const student = await openPage(classLink, { viewport: { width: 390, height: 844 } });
      const widget = student.page.locator('[data-lateral-quiz]');
      await widget.getByText(withGroup(code)).waitFor();
      const score = await takeQuizByMouse(widget, 'en', plan);
      expect(score).toContain(String(plan.filter((a) => a === 'right').length));
      expect(student.problems).toEqual([]);
      await student.close();
    }
    const site = await openPage(`class-site.html?group=${code}`);
    const widget = site.page.locator('[data-lateral-quiz]');
    await widget.getByText(withGroup(code)).waitFor();
    await screenshot(site.page, 'group-embed-start');
    await takeQuizByMouse(widget, 'en', plans[3] ?? []);
    expect(site.problems).toEqual([]);
    await site.close();
  });

  it('shows the group exactly those four takes, beside everyone’s', async () => {
    // bypassCSP only so axe can be injected: the page has no script of its own (script-src 'none').
    const teacher = await openPage(resultsLink, { bypassCSP: true });
    const { page } = teacher;
    await page.getByRole('heading', { name: g.groupTitle(code) }).waitFor();
    const all = await everyone();
    expect(await page.locator('[data-figure="takes"]').innerText()).toBe('4');
    expect(await page.locator('[data-figure="everyone:takes"]').innerText()).toBe(
      g.everyoneValue(all.takes.toLocaleString('en-GB')),
    );
    expect(all.takes).toBeGreaterThanOrEqual(4);
    // Four takes scoring 16, 12, 8 and 4: a teacher who knows the four must not read their scores off the page.
    expect(await page.locator('[data-figure="mean_score"]').innerText()).toMatch(/^–/);
    await page.getByText(g.groupScoresHeldBack('10', '4')).waitFor();
    expect(await page.locator('#scores-desc').count()).toBe(0);
    // Four takes: counts only, and the page says why, where the skills and the questions would be.
    expect(await page.getByText('appear once it has 10 answers in the group', { exact: false }).count()).toBe(2);
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      });
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'group-results');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'group-results-phone');
    expect(teacher.problems).toEqual([]);
    await teacher.close();
  });

  it('lets a reader type a class code on the start screen, and take the quiz without one when it is wrong', async () => {
    const reader = await openPage('plain.html?lang=en', { bypassCSP: true });
    const widget = reader.page.locator('[data-lateral-quiz], .lateral-quiz, body');
    const t = words('en');
    await reader.page.getByRole('button', { name: t.haveCode }).click();
    const field = reader.page.getByLabel(t.codeLabel);
    await field.waitFor();
    // A six-character code needs no field the width of a desktop card (here in a 672 px column, where it was 440 px wide).
    expect(await field.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(360);
    expect(await axeViolations(reader.page)).toEqual([]);
    await screenshot(reader.page, 'group-code-field');
    await field.fill('cfh jkm');
    await reader.page.getByRole('button', { name: t.useCode }).click();
    await reader.page.getByText(t.unknownGroup.replace('{code}', 'CFHJKM')).waitFor();
    await field.fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await reader.page.getByRole('button', { name: t.useCode }).click();
    await reader.page.getByText(withGroup(code)).waitFor();
    // Joined from the field, which is gone: focus is on the line that says so, not back at the top of the page.
    expect((await focused(reader.page)).text).toBe(withGroup(code));
    expect(await axeViolations(reader.page)).toEqual([]);
    expect(reader.problems.filter((p) => !p.includes('/groups/CFHJKM'))).toEqual([]);
    void widget;
    await reader.close();
  });
});
