// Numbers, shares, days and durations written the way each page language writes them (Intl).

import { formatDay } from '../../contract/day-format.ts';
import { type Lang, LOCALES } from '../../contract/quiz.ts';

export type Format = {
  count: (n: number) => string;
  /** A whole-number percentage, e.g. 75 → "75%" (en) or "75 %" (es). */
  percent: (whole: number) => string;
  decimal: (n: number) => string;
  day: (isoDate: string) => string;
  shortDay: (isoDate: string) => string;
  dateTime: (iso: string) => string;
  duration: (seconds: number) => string;
};

export function formatFor(lang: Lang): Format {
  const locale = LOCALES[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  const unit = (u: 'second' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' });
  return {
    count: (n) => count.format(n),
    percent: (whole) => percent.format(whole / 100),
    decimal: (n) => decimal.format(n),
    day: (iso) => formatDay(lang, iso),
    shortDay: (iso) => shortDay.format(new Date(`${iso}T00:00:00Z`)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    // Two minutes and more read better in minutes; under that, seconds are the honest unit.
    duration: (s) => (s >= 120 ? unit('minute').format(Math.round(s / 60)) : unit('second').format(Math.round(s))),
  };
}

/** A share as a whole percentage, or null when there is nothing to share out. */
export function wholePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
