import { describe, expect, it } from 'vitest';
import { MIN_ANSWERS_FOR_SHARES } from '../../contract/api.ts';
import { LATERAL, QUIZ, openPage, quiz, screenshot, takesUpTo } from './helpers.ts';
import { type Answer, pick, scoreOf, takeQuizByMouse, words } from './reader.ts';

const en = words('en');
const es = words('es');
const first = quiz.questions[0];
if (!first) throw new Error('the quiz has no questions');
const choiceText = (id: string, lang: 'en' | 'es') => first.choices.find((c) => c.id === id)?.text[lang] ?? id;

describe('on host pages the widget does not control', () => {
  it('keeps two widgets on one page independent of each other', async () => {
    const reader = await openPage('two-widgets.html');
    const one = reader.page.locator('#first [data-lateral-quiz]');
    const two = reader.page.locator('#second [data-lateral-quiz]');
    await one.getByRole('button', { name: en.start, exact: true }).click();
    await one.getByRole('heading', { name: first.prompt.en, exact: true }).waitFor();
    // The second one still waits on its start screen, in its own language.
    expect(await two.getByRole('button', { name: es.start, exact: true }).isVisible()).toBe(true);
    await two.getByRole('button', { name: es.start, exact: true }).click();
    await two.getByRole('heading', { name: first.prompt.es, exact: true }).waitFor();
    // Same question, different answers, different verdicts.
    await one
      .getByRole(first.type === 'multiple' ? 'checkbox' : 'radio', {
        name: choiceText(pick(first, 'right')[0] ?? '', 'en'),
        exact: true,
      })
      .click();
    await two
      .getByRole(first.type === 'multiple' ? 'checkbox' : 'radio', {
        name: choiceText(pick(first, 'wrong')[0] ?? '', 'es'),
        exact: true,
      })
      .click();
    await one.getByRole('button', { name: en.check, exact: true }).click();
    await one.locator('.fb .verdict').waitFor();
    expect(await two.locator('.fb').count()).toBe(0);
    await two.getByRole('button', { name: es.check, exact: true }).click();
    await two.locator('.fb .verdict').waitFor();
    expect((await one.locator('.fb .verdict').textContent())?.trim()).toBe(en.correct);
    expect((await two.locator('.fb .verdict').textContent())?.trim()).toBe(es.wrong);
    await screenshot(reader.page, 'host-two-widgets');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('stays readable and usable under aggressive global CSS', async () => {
    const reader = await openPage('hostile-css.html');
    const widget = reader.page.locator('[data-lateral-quiz]');
    const start = widget.getByRole('button', { name: en.start, exact: true });
    await start.waitFor();
    await screenshot(reader.page, 'host-hostile-css-start');
    // Only the font family may come from the host, on purpose; nothing else it forces may get in.
    for (const part of [start, widget.locator('.intro')]) {
      const style = await part.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          display: s.display,
          size: s.fontSize,
          color: s.color,
          style: s.fontStyle,
          transform: s.textTransform,
          spacing: s.letterSpacing,
        };
      });
      expect(style.display).not.toBe('none');
      expect(style.size).not.toBe('30px');
      expect(style.color).not.toBe('rgb(255, 0, 0)');
      expect(style).toMatchObject({ style: 'normal', transform: 'none', spacing: 'normal' });
    }
    expect(await start.boundingBox()).toMatchObject({ width: expect.any(Number) });
    const plan: Answer[] = quiz.questions.map(() => 'right');
    expect(await takeQuizByMouse(widget, 'en', plan)).toBe(`${scoreOf(plan)} of ${quiz.questions.length}`);
    await screenshot(reader.page, 'host-hostile-css-end');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('works, styled, under a strict CSP with no inline script or style, and causes no violation', async () => {
    const reader = await openPage('strict-csp.html');
    const widget = reader.page.locator('[data-lateral-quiz]');
    const start = widget.getByRole('button', { name: en.start, exact: true });
    await start.waitFor();
    // Styled: the adopted stylesheet applied (a plain unstyled button has no rounded, coloured fill).
    const look = await start.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, radius: s.borderTopLeftRadius };
    });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.radius).not.toBe('0px');
    const plan: Answer[] = quiz.questions.map((_, i) => (i === 1 ? 'wrong' : 'right'));
    expect(await takeQuizByMouse(widget, 'en', plan)).toBe(`${scoreOf(plan)} of ${quiz.questions.length}`);
    await screenshot(reader.page, 'host-strict-csp-end');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('grows the iframe embed with its content and reports the score to the host page', async () => {
    // The end screen compares with the crowd only from 10 takes (the small-number rule): this take makes the 10th.
    await takesUpTo(MIN_ANSWERS_FOR_SHARES - 1);
    const reader = await openPage('iframe.html?lang=en');
    const { page } = reader;
    const iframe = page.locator('iframe[data-lateral-frame]');
    const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
    const widget = page.frameLocator('iframe[data-lateral-frame]').locator('[data-lateral-quiz]');
    await widget.getByRole('button', { name: en.start, exact: true }).waitFor();
    await expect.poll(height).not.toBe(300);
    const atStart = await height();
    // The whole start screen fits: nothing scrolls inside the iframe.
    const inner = await widget.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(inner - atStart)).toBeLessThanOrEqual(2);
    await widget.getByRole('button', { name: en.start, exact: true }).click();
    await widget.getByRole('heading', { name: first.prompt.en, exact: true }).waitFor();
    await expect.poll(height).not.toBe(atStart);

    const frameEvents: string[] = [];
    await page.exposeFunction('__frameEvent', (name: string) => frameEvents.push(name));
    await iframe.evaluate((f) => {
      for (const name of ['lateral:start', 'lateral:answer', 'lateral:complete']) {
        f.addEventListener(name, () => (window as unknown as { __frameEvent: (n: string) => void }).__frameEvent(name));
      }
    });
    const plan: Answer[] = quiz.questions.map((_, i) => (i % 4 === 0 ? 'wrong' : 'right'));
    // Start was already pressed: take the rest from the first question.
    for (const [i, question] of quiz.questions.entries()) {
      const answer = plan[i] ?? 'right';
      await widget.getByRole('heading', { name: question.prompt.en, exact: true }).waitFor();
      for (const id of pick(question, answer)) {
        const text = question.choices.find((c) => c.id === id)?.text.en ?? id;
        await widget
          .getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true })
          .click();
      }
      await widget.getByRole('button', { name: en.check, exact: true }).click();
      await widget.locator('.fb .verdict').waitFor();
      await widget
        .getByRole('button', { name: i === quiz.questions.length - 1 ? en.finish : en.next, exact: true })
        .click();
    }
    await widget.locator('.end .score').waitFor();
    await widget.getByText(/^Scores of \d+ readers?$/).waitFor();
    // The end screen, comparison included, fits the iframe: nothing is cut off or scrolls inside it.
    await expect
      .poll(async () =>
        Math.abs((await widget.evaluate(() => document.documentElement.scrollHeight)) - (await height())),
      )
      .toBeLessThanOrEqual(2);
    await expect.poll(() => frameEvents.includes('lateral:complete')).toBe(true);
    const messages = await page.evaluate(
      () =>
        (
          window as unknown as {
            lateralMessages: { origin: string; data: { type: string; name?: string; detail?: unknown } }[];
          }
        ).lateralMessages,
    );
    expect(messages.every((m) => m.origin === LATERAL)).toBe(true);
    const complete = messages.find((m) => m.data.type === 'event' && m.data.name === 'lateral:complete');
    expect(complete?.data.detail).toEqual({ quizId: QUIZ, score: scoreOf(plan), total: quiz.questions.length });
    await screenshot(page, 'host-iframe-end');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it('resizes a sandboxed WordPress embed through WordPress’s own height message', async () => {
    const reader = await openPage('wordpress.html');
    const { page } = reader;
    const widget = page.frameLocator('iframe.wp-embedded-content').locator('[data-lateral-quiz]');
    await widget.getByRole('button', { name: en.start, exact: true }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { wpHeights: number[] }).wpHeights.length))
      .toBeGreaterThan(0);
    const before = Number(await page.locator('iframe.wp-embedded-content').getAttribute('height'));
    expect(before).toBeGreaterThan(200);
    await widget.getByRole('button', { name: en.start, exact: true }).click();
    await widget.getByRole('heading', { name: first.prompt.en, exact: true }).waitFor();
    await expect
      .poll(async () => Number(await page.locator('iframe.wp-embedded-content').getAttribute('height')))
      .not.toBe(before);
    await screenshot(page, 'host-wordpress-question');
    expect(reader.problems).toEqual([]);
    await reader.close();
  });
});
