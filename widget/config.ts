// Widget options: read leniently from data-* attributes, strictly from Lateral.mount(), with defaults in one place.

import { LANGS, type Lang } from '../contract/quiz.ts';

/** Each option's accepted values (defaults are in readConfig). */
const CHOICES = { lang: LANGS, theme: ['auto', 'light', 'dark'], view: ['quiz', 'results'] } as const;
export type Theme = (typeof CHOICES.theme)[number];
export type View = (typeof CHOICES.view)[number];

/** What `Lateral.mount(element, options)` accepts; every field but `quiz` is optional. */
export type MountOptions = {
  quiz: string;
  lang?: Lang;
  theme?: Theme;
  accent?: string;
  view?: View;
  /** Where the API lives; defaults to the origin embed.js was loaded from. */
  origin?: string;
};

export type WidgetConfig = {
  quizId: string;
  origin: string;
  lang: Lang;
  theme: Theme;
  /** A CSS colour the browser accepts, or null for the built-in accent. */
  accent: string | null;
  view: View;
  /** Running inside the /embed/:quizId iframe: report size and events to the parent page. */
  frame: boolean;
};

/** English unless the host page declares Spanish (`<html lang="es-MX">` and the like). */
export function pageLang(doc: Document = document): Lang {
  return doc.documentElement.lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * One reading of options for both ways in. `strict` (Lateral.mount) throws on misuse; otherwise
 * (data-* attributes) a bad value is skipped with a console warning, since a typo in a CMS must not
 * break the page. Either way the message names the option, what it takes, and what it got.
 */
export function readConfig(raw: Record<string, unknown>, origin: string, strict: boolean): WidgetConfig | null {
  const complain = (key: string, takes: string, value: unknown) => {
    const message = `${strict ? 'options.' : 'data-'}${key} must be ${takes}, not "${String(value).slice(0, 40)}"`;
    if (strict) throw new Error(`[lateral] ${message}`);
    warn(message);
  };
  /** `raw[key]` if `ok` says so; absent and empty values are simply left to the default. */
  const valid = <T>(key: string, ok: (v: unknown) => boolean, takes: string): T | undefined => {
    const value = raw[key];
    if (value === undefined || value === '') return undefined;
    if (ok(value)) return value as T;
    complain(key, takes, value);
  };
  const choice = <K extends keyof typeof CHOICES>(key: K) =>
    valid<(typeof CHOICES)[K][number]>(
      key,
      (v) => (CHOICES[key] as readonly unknown[]).includes(v),
      `one of "${CHOICES[key].join('", "')}"`,
    );
  const { quiz } = raw;
  // The same pattern the quiz validator enforces on quiz ids.
  if (typeof quiz !== 'string' || !/^[a-z0-9][a-z0-9-]{0,47}$/.test(quiz)) {
    complain(strict ? 'quiz' : 'lateral-quiz', 'a quiz id', quiz);
    return null;
  }
  return {
    quizId: quiz,
    origin,
    lang: choice('lang') ?? pageLang(),
    theme: choice('theme') ?? 'auto',
    accent: valid<string>('accent', isColor, 'a CSS colour') ?? null,
    view: choice('view') ?? 'quiz',
    frame: raw.frame !== undefined,
  };
}

const isColor = (v: unknown) => typeof CSS !== 'undefined' && CSS.supports('color', v as string);

/** Options from `data-*` attributes: the element's own, then the script tag's as page-wide defaults. */
export function configFromAttributes(own: DOMStringMap, defaults: DOMStringMap, origin: string): WidgetConfig | null {
  return readConfig({ ...defaults, ...own, quiz: own.lateralQuiz ?? own.quiz, frame: own.frame }, origin, false);
}

/** Options from the JavaScript API: misuse throws, with a message that says how to fix it. */
export function configFromOptions(options: unknown, defaultOrigin: string): WidgetConfig {
  const { origin = defaultOrigin, ...rest } = (options ?? {}) as Record<string, unknown>;
  if (typeof origin !== 'string' || !/^https?:\/\/[^/]+$/.test(origin)) {
    throw new Error(`[lateral] options.origin must be an origin such as "https://quiz.example.org", not "${origin}"`);
  }
  return readConfig({ ...rest, frame: undefined }, origin, true) as WidgetConfig;
}

let warned = 0;
/** Console output is prefixed and rare: at most a few warnings per page. */
export function warn(message: string): void {
  if (warned++ < 5) console.warn(`[lateral] ${message}`);
}
