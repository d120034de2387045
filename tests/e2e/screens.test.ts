import { describe, expect, it } from 'vitest';
import type { Lang } from '../../contract/quiz.ts';
import { axeViolations, openPage, quiz, screenshot, scrollsSideways } from './helpers.ts';
import { type Answer, type Screen, takeQuizByMouse, words } from './reader.ts';

type Look = { lang: Lang; scheme: 'light' | 'dark'; width: number; axe: boolean };

// Every screen in both languages and both colour schemes, on a phone and a desktop; axe once per
// language and scheme (contrast does not depend on width), and a 320 px phone for sideways scroll.
const looks: Look[] = (['en', 'es'] as const).flatMap((lang) =>
  (['light', 'dark'] as const).flatMap((scheme) => [
    { lang, scheme, width: 1280, axe: true },
    { lang, scheme, width: 375, axe: false },
  ]),
);
looks.push({ lang: 'en', scheme: 'light', width: 320, axe: false });

/** Right first, then wrong: both feedback screens in the first two questions. */
const plan: Answer[] = quiz.questions.map((_, i) => (i === 1 ? 'wrong' : 'right'));

describe('every screen of the quiz', () => {
  for (const look of looks) {
    const name = `${look.lang}-${look.scheme}-${look.width}`;
    it(`looks right and passes axe: ${name}`, async () => {
      const reader = await openPage(`plain.html?lang=${look.lang}`, {
        viewport: { width: look.width, height: look.width > 400 ? 900 : 740 },
        colorScheme: look.scheme,
      });
      const { page } = reader;
      const widget = page.locator('script[data-quiz] + div');
      const seen = new Set<Screen>();
      const violations: string[] = [];
      const sideways: Screen[] = [];
      await takeQuizByMouse(widget, look.lang, plan, async (screen) => {
        if (seen.has(screen)) return;
        seen.add(screen);
        if (screen === 'end') {
          // The comparison with other readers arrives a moment after the score; the first take has none.
          const { takes, noCrowd } = words(look.lang);
          const caption = new RegExp(`^(${takes.one}|${takes.other})$`.replaceAll('#', '[\\d,.]+'));
          await widget
            .getByText(caption)
            .or(widget.getByText(noCrowd, { exact: true }))
            .waitFor();
        }
        if (await scrollsSideways(page)) sideways.push(screen);
        if (look.axe) violations.push(...(await axeViolations(page)).map((v) => `${screen}: ${v}`));
        await screenshot(page, `${screen}-${name}`);
      });
      expect([...seen]).toEqual(['start', 'question', 'feedback-right', 'feedback-wrong', 'end']);
      expect(sideways).toEqual([]);
      expect(violations).toEqual([]);
      expect(reader.problems).toEqual([]);
      await reader.close();
    });
  }
});
