// Numbers, percentages, plurals and placeholders for UI strings, in the reader's language (one locale table).

import { type Lang, LOCALES } from '../../contract/quiz.ts';

/** A count-dependent phrase: `#` is replaced by the formatted number. */
export type PluralForms = { one: string; other: string };

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
 * A count on the first screens (questions, minutes): a small whole number, which every locale we
 * speak writes as plain digits and calls "one" only when it is 1, so the first screens need no Intl for it.
 */
export function pluralSmall(n: number, forms: PluralForms): string {
  return (n === 1 ? forms.one : forms.other).replace('#', String(n));
}

/** Fills `{name}` placeholders; values are inserted as text, never as markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
