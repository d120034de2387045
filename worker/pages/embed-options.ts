// Reads the options of an embed (`?lang=&theme=&accent=&view=&group=`), keeping only values the widget understands.

import { normalizeGroupCode } from '../../contract/group-code.ts';
import { type Lang, type QuizFile, isLang } from '../../contract/quiz.ts';

export type Theme = 'auto' | 'light' | 'dark';
export type View = 'quiz' | 'results';

/** `group` is a class group's join code, in its normal form (contract/group-code.ts). */
export type EmbedOptions = { lang?: Lang; theme?: Theme; accent?: string; view?: View; group?: string };

const ACCENT = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * Unknown or hostile values are dropped rather than echoed: the widget then falls back to its own
 * defaults (the reader's language, the host's colour scheme), which is what a typo deserves.
 */
export function embedOptions(quiz: QuizFile, query: (name: string) => string | undefined): EmbedOptions {
  const lang = query('lang');
  const theme = query('theme');
  const accent = query('accent');
  const view = query('view');
  // A code that is not one of ours but looks like a typo is passed on as typed, so the widget can tell the
  // reader it is not a group (and still run the quiz); a well-formed one is normalized; anything else is dropped.
  const group = query('group');
  const code = normalizeGroupCode(group) ?? (group && /^[\w .-]{1,20}$/.test(group) ? group : undefined);
  return {
    ...(isLang(lang) && quiz.languages.includes(lang) ? { lang } : {}),
    ...(theme === 'auto' || theme === 'light' || theme === 'dark' ? { theme } : {}),
    ...(accent && ACCENT.test(accent) ? { accent } : {}),
    ...(view === 'quiz' || view === 'results' ? { view } : {}),
    ...(code ? { group: code } : {}),
  };
}

/** The same options as a query string for /embed/:quizId, in a stable order, without empty values. */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  for (const key of ['lang', 'theme', 'accent', 'view', 'group'] as const) {
    const value = options[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
