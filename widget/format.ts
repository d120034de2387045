// Numbers, percentages, plurals and placeholders for UI strings, through Intl in the reader's language.

import type { Lang } from '../contract/quiz.ts';
import type { PluralForms } from './strings.ts';

const LOCALES: Record<Lang, string> = { en: 'en', es: 'es-MX' };

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

/** `percent` is 0–100, as the API reports it. */
export function formatPercent(lang: Lang, percent: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const form = new Intl.PluralRules(LOCALES[lang]).select(n) === 'one' ? forms.one : forms.other;
  return form.replace('#', formatNumber(lang, n));
}

/**
 * A count on the first screens (questions, minutes): a small whole number, which English and Mexican
 * Spanish both write as plain digits and call "one" only when it is 1, so embed.js needs no Intl for it.
 */
export function pluralSmall(n: number, forms: PluralForms): string {
  return (n === 1 ? forms.one : forms.other).replace('#', String(n));
}

/** Fills `{name}` placeholders; values are inserted as text, never as markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
