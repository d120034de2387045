// A selected choice is tinted with the accent where the browser has color-mix(), and keeps the soft grey where it
// does not (Safari before 16.2), instead of losing its background.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, quiz } from './helpers.ts';
import { words } from './reader.ts';

/** What a browser without color-mix() makes of the widget's stylesheet: an unknown function, like any other. */
async function withoutColorMix(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (text: string) {
      replaceSync.call(this, text.replaceAll('color-mix(', 'color-unknown('));
    };
  });
}

/** Picks the first question's first choice; returns its background beside the two colours it may have. */
async function selectedChoice(page: Page) {
  const widget = page.locator('script[data-quiz] + div');
  await widget.getByRole('button', { name: words('en').start, exact: true }).click();
  const first = quiz.questions[0];
  if (!first) throw new Error('the quiz has no question');
  const name = first.choices[0]?.text.en ?? '';
  await widget.getByRole(first.type === 'multiple' ? 'checkbox' : 'radio', { name, exact: true }).click();
  const label = widget.locator('label.choice.sel');
  await label.waitFor();
  return label.evaluate((el) => {
    const colour = (background: string) => {
      const probe = document.createElement('span');
      probe.style.backgroundColor = background;
      el.append(probe);
      const value = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return value;
    };
    return {
      background: getComputedStyle(el).backgroundColor,
      wash: colour('color-mix(in srgb, var(--accent) 9%, var(--bg))'),
      soft: colour('var(--soft)'),
    };
  });
}

describe('a selected choice', () => {
  it('is washed with the accent colour in a browser with color-mix()', async () => {
    const reader = await openPage('plain.html?lang=en&theme=light');
    const { background, wash, soft } = await selectedChoice(reader.page);
    expect(wash).not.toBe(soft);
    expect(background).toBe(wash);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('keeps the soft grey in a browser without color-mix(), rather than no background at all', async () => {
    const reader = await openPage('plain.html?lang=en&theme=light', {}, withoutColorMix);
    const { background, soft } = await selectedChoice(reader.page);
    expect(soft).not.toBe('rgba(0, 0, 0, 0)');
    expect(background).toBe(soft);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
