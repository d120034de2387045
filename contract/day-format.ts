// How each language writes a calendar day ("24 November 2026", "24 de noviembre de 2026"): one formatter per language.

import { type Lang, LOCALES } from './quiz.ts';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) written out as the language writes a day, in UTC so the day never shifts. */
export function formatDay(lang: Lang, isoDate: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
