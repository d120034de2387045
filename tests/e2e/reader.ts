// What a reader does with the widget, by mouse or by keyboard only, in either language; tests compose these.

import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang, QuestionFile } from '../../contract/quiz.ts';
import { coreStrings, laterStrings } from '../../widget/shared/strings.ts';
import { quiz } from './helpers.ts';

export type Answer = 'right' | 'wrong';
export type Screen = 'start' | 'question' | 'feedback-right' | 'feedback-wrong' | 'end';
/** Called on every new screen, for screenshots and accessibility scans. */
export type OnScreen = (screen: Screen, index: number) => Promise<void>;

export const words = (lang: Lang) => ({ ...coreStrings[lang], ...laterStrings[lang] });

/** The choice ids a reader picks to get a question right, or wrong (one wrong choice). */
export function pick(question: QuestionFile, answer: Answer): string[] {
  if (answer === 'right') return question.correct;
  const wrong = question.choices.find((c) => !question.correct.includes(c.id));
  if (!wrong) throw new Error(`question ${question.id} has no wrong choice`);
  return [wrong.id];
}

/** The score a plan earns. */
export const scoreOf = (plan: Answer[]) => plan.filter((a) => a === 'right').length;

function choice(scope: Locator, question: QuestionFile, id: string, lang: Lang): Locator {
  const text = question.choices.find((c) => c.id === id)?.text[lang] ?? id;
  return scope.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true });
}

/** Waits until the feedback is on screen and checks it says right or wrong in words. */
async function expectVerdict(scope: Locator, lang: Lang, answer: Answer): Promise<void> {
  const verdict = scope.locator('.fb .verdict');
  await verdict.waitFor();
  expect((await verdict.textContent())?.trim()).toBe(answer === 'right' ? words(lang).correct : words(lang).wrong);
  const own = answer === 'right' ? words(lang).yourRight : words(lang).yourWrong;
  expect(await scope.getByText(own, { exact: true }).count()).toBeGreaterThan(0);
}

/** Waits for the end screen and returns its score line, e.g. "4 of 16". */
async function endScore(scope: Locator): Promise<string> {
  const score = scope.locator('.end .score');
  await score.waitFor();
  return (await score.textContent())?.trim() ?? '';
}

export async function takeQuizByMouse(
  scope: Locator,
  lang: Lang,
  plan: Answer[],
  onScreen?: OnScreen,
): Promise<string> {
  const t = words(lang);
  const start = scope.getByRole('button', { name: t.start, exact: true });
  await start.waitFor();
  await onScreen?.('start', 0);
  await start.click();
  for (const [i, question] of quiz.questions.entries()) {
    const answer = plan[i] ?? 'right';
    await scope.getByRole('heading', { name: question.prompt[lang], exact: true }).waitFor();
    if (i === 0) await onScreen?.('question', i);
    for (const id of pick(question, answer)) await choice(scope, question, id, lang).click();
    await scope.getByRole('button', { name: t.check, exact: true }).click();
    await expectVerdict(scope, lang, answer);
    await onScreen?.(answer === 'right' ? 'feedback-right' : 'feedback-wrong', i);
    const last = i === quiz.questions.length - 1;
    await scope.getByRole('button', { name: last ? t.finish : t.next, exact: true }).click();
  }
  const score = await endScore(scope);
  await onScreen?.('end', quiz.questions.length);
  return score;
}

type Focused = { tag: string; type: string; text: string; value: string; checked: boolean };

/** The element that has focus, looking through open shadow roots and into the widget's iframe if `target` is one. */
export function focused(target: Page | Frame): Promise<Focused> {
  return target.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      text: el?.textContent?.trim() ?? '',
      value: input?.value ?? '',
      checked: input?.checked ?? false,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element, like a reader looking for a control. */
async function tabTo(page: Page, target: Page | Frame, wanted: (f: Focused) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (wanted(await focused(target))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(target))}`);
}

const isButton = (label: string) => (f: Focused) => f.tag === 'button' && f.text === label;

/**
 * Only Tab, Shift-free: Space and arrow keys inside a radio group, Space on checkboxes, Enter on
 * buttons. `target` is the page, or the frame when the widget runs inside an iframe.
 */
export async function takeQuizByKeyboard(
  page: Page,
  target: Page | Frame,
  scope: Locator,
  lang: Lang,
  plan: Answer[],
): Promise<string> {
  const t = words(lang);
  await scope.getByRole('button', { name: t.start, exact: true }).waitFor();
  await tabTo(page, target, isButton(t.start), `"${t.start}"`);
  await page.keyboard.press('Enter');
  for (const [i, question] of quiz.questions.entries()) {
    const answer = plan[i] ?? 'right';
    const wanted = pick(question, answer);
    await scope.getByRole('heading', { name: question.prompt[lang], exact: true }).waitFor();
    // The new question's heading has focus: a screen reader reads it first.
    await expect.poll(async () => (await focused(target)).tag).toBe('h2');
    await tabTo(page, target, (f) => f.tag === 'input', 'the first choice');
    // The choices come in the take's shuffled order (issue 20 §3): go by what the screen shows.
    const shown = await scope
      .locator('fieldset.choices input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect([...shown].sort()).toEqual(question.choices.map((c) => c.id).sort());
    if (question.type === 'multiple') {
      for (const id of shown) {
        expect((await focused(target)).value).toBe(id);
        if (wanted.includes(id)) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
    } else {
      const position = shown.indexOf(wanted[0] ?? '');
      await page.keyboard.press('Space');
      for (let k = 0; k < position; k++) await page.keyboard.press('ArrowDown');
      const now = await focused(target);
      expect([now.value, now.checked]).toEqual([wanted[0], true]);
    }
    await tabTo(page, target, isButton(t.check), `"${t.check}"`);
    await page.keyboard.press('Enter');
    await expectVerdict(scope, lang, answer);
    const last = i === quiz.questions.length - 1;
    // Focus stays on the same button, which now leads on.
    await tabTo(page, target, isButton(last ? t.finish : t.next), `"${last ? t.finish : t.next}"`);
    await page.keyboard.press('Enter');
  }
  const score = await endScore(scope);
  await expect.poll(async () => (await focused(target)).tag).toBe('h2');
  return score;
}
