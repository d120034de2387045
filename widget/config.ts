// Widget options: read leniently from data-* attributes, strictly from Lateral.mount(), with defaults in one place.

import { type Lang, isLang } from '../contract/quiz.ts';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const VIEWS = ['quiz', 'results'] as const;
export type View = (typeof VIEWS)[number];

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

/** The same pattern the quiz validator enforces on quiz ids. */
const QUIZ_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

export function isColor(value: unknown): value is string {
  return typeof value === 'string' && typeof CSS !== 'undefined' && CSS.supports('color', value);
}

/** English unless the host page declares Spanish (`<html lang="es-MX">` and the like). */
export function pageLang(doc: Document = document): Lang {
  return doc.documentElement.lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Each option's accepted values, worded as the fix a site editor needs. */
const RULES: Record<'lang' | 'theme' | 'view' | 'accent', [string, (v: unknown) => boolean]> = {
  lang: ['"en" or "es" (leave it out to follow <html lang>)', isLang],
  theme: ['"auto", "light" or "dark"', (v) => THEMES.includes(v as Theme)],
  view: ['"quiz" or "results"', (v) => VIEWS.includes(v as View)],
  accent: ['a CSS colour such as "#0a5cff"', isColor],
};

/**
 * One reading of options for both ways in. `strict` (Lateral.mount) throws on misuse; otherwise
 * (data-* attributes) a bad value is skipped with a console warning, since a typo in a CMS must not
 * break the page.
 */
export function readConfig(raw: Record<string, unknown>, origin: string, strict: boolean): WidgetConfig | null {
  const prefix = strict ? 'options.' : 'data-';
  const problem = (message: string) => {
    if (strict) throw new Error(`[lateral] ${message}`);
    warn(message);
  };
  const { quiz } = raw;
  if (typeof quiz !== 'string' || !QUIZ_ID.test(quiz)) {
    problem(
      `${strict ? 'options.quiz' : 'data-lateral-quiz'} must be a quiz id such as "trump-mexico-troops", not "${String(quiz).slice(0, 60)}"`,
    );
    return null;
  }
  const option = <T>(key: keyof typeof RULES): T | undefined => {
    const value = raw[key];
    if (value === undefined || value === '') return undefined;
    if (RULES[key][1](value)) return value as T;
    problem(`${prefix}${key} must be ${RULES[key][0]}, not "${String(value).slice(0, 40)}"`);
    return undefined;
  };
  return {
    quizId: quiz,
    origin,
    lang: option<Lang>('lang') ?? pageLang(),
    theme: option<Theme>('theme') ?? 'auto',
    accent: option<string>('accent') ?? null,
    view: option<View>('view') ?? 'quiz',
    frame: raw.frame !== undefined,
  };
}

/** Options from `data-*` attributes: the element's own, then the script tag's as page-wide defaults. */
export function configFromAttributes(own: DOMStringMap, defaults: DOMStringMap, origin: string): WidgetConfig | null {
  const { lang, theme, view, accent } = { ...defaults, ...own };
  return readConfig({ quiz: own.lateralQuiz ?? own.quiz, lang, theme, view, accent, frame: own.frame }, origin, false);
}

/** Options from the JavaScript API: misuse throws, with a message that says how to fix it. */
export function configFromOptions(options: unknown, defaultOrigin: string): WidgetConfig {
  if (typeof options !== 'object' || options === null) {
    throw new Error('[lateral] Lateral.mount(element, options) needs options, e.g. { quiz: "trump-mexico-troops" }');
  }
  const { origin = defaultOrigin, ...rest } = options as Record<string, unknown>;
  if (typeof origin !== 'string' || !/^https?:\/\/[^/]+$/.test(origin)) {
    throw new Error('[lateral] options.origin must be an origin such as "https://quiz.example.org" (no path)');
  }
  return readConfig({ ...rest, frame: undefined }, origin, true) as WidgetConfig;
}

let warned = 0;
/** Console output is prefixed and rare: at most a few warnings per page. */
export function warn(message: string): void {
  if (warned++ < 5) console.warn(`[lateral] ${message}`);
}
