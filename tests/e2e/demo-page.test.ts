import { describe, expect, it } from 'vitest';
import { LATERAL, QUIZ, axeViolations, openPage, screenshot, scrollsSideways } from './helpers.ts';
import { words } from './reader.ts';

describe('the demo host page at /', () => {
  it('shows the quiz twice under its own strict CSP, with no console error or CSP violation', async () => {
    const reader = await openPage(`${LATERAL}/`);
    const { page } = reader;
    const byScript = page.locator('script[data-quiz] + div');
    await byScript.getByRole('button', { name: words('en').start, exact: true }).waitFor();
    const frame = page.frameLocator('iframe[data-lateral-frame]');
    await frame.getByRole('button', { name: words('en').start, exact: true }).waitFor();
    // The iframe grew from its initial 560 px to fit its start screen, reported by the page inside.
    await expect
      .poll(() => page.locator('iframe[data-lateral-frame]').evaluate((f) => f.style.height))
      .toMatch(/^\d+px$/);
    expect(await page.locator('#snippet-url').textContent()).toBe(`${LATERAL}/embed/${QUIZ}`);
    expect(await page.locator('#snippet-script').textContent()).toContain(`${LATERAL}/embed.js`);
    await screenshot(page, 'demo-1280');
    // Its event log hears both widgets: the script-tag one directly, the iframe through embed.js.
    await byScript.getByRole('button', { name: words('en').start, exact: true }).click();
    await frame.getByRole('button', { name: words('en').start, exact: true }).click();
    const log = page.locator('#event-log li');
    await expect
      .poll(() => log.allTextContents())
      .toEqual([`lateral:start {"quizId":"${QUIZ}"}`, `lateral:start {"quizId":"${QUIZ}"}`]);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('has no accessibility violations and no sideways scroll on a 320 px phone', async () => {
    // bypassCSP only so axe can be injected; the test above holds the page to its policy.
    const reader = await openPage(`${LATERAL}/`, { viewport: { width: 320, height: 640 }, bypassCSP: true });
    const { page } = reader;
    await page
      .locator('script[data-quiz] + div')
      .getByRole('button', { name: words('en').start, exact: true })
      .waitFor();
    await page
      .frameLocator('iframe[data-lateral-frame]')
      .getByRole('button', { name: words('en').start, exact: true })
      .waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    // The scan covers the iframe's document too.
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'demo-320');
    await reader.close();
  });
});
