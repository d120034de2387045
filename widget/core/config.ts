// Widget options: the one parser in contract/embed-options.ts, lenient for data-* attributes, strict for Lateral.mount().

import { type EmbedOptions, readEmbedOptions, type Theme, type View } from '../../contract/embed-options.ts';
import { ID_PATTERN, LANGS, type Lang } from '../../contract/quiz.ts';

/** What `Lateral.mount(element, options)` accepts; every field but `quiz` is optional. */
export type MountOptions = EmbedOptions & {
  quiz: string;
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
  /** A class group's join code as the site wrote it (`data-group`, `?group=`); the API reads it. */
  group?: string;
};

/** The host page's language when we speak it (`<html lang="es-MX">` reads as Spanish), else English. */
export function pageLang(doc: Document = document): Lang {
  const declared = doc.documentElement.lang.toLowerCase();
  return LANGS.find((lang) => declared.startsWith(lang)) ?? 'en';
}

/**
 * Options plus the widget's defaults. `strict` (Lateral.mount) throws on misuse; otherwise (data-*
 * attributes) a bad value is skipped with a console warning, since a typo in a CMS must not break
 * the page. Either way the message names the option, what it takes, and what it got.
 */
export function readConfig(raw: Record<string, unknown>, origin: string, strict: boolean): WidgetConfig | null {
  const complain = (key: string, takes: string, value: unknown) => {
    const message = `${strict ? 'options.' : 'data-'}${key} must be ${takes}, not "${String(value).slice(0, 40)}"`;
    if (strict) throw new Error(`[lateral] ${message}`);
    warn(message);
  };
  const { quiz } = raw;
  if (typeof quiz !== 'string' || !ID_PATTERN.test(quiz)) {
    complain(strict ? 'quiz' : 'lateral-quiz', 'a quiz id', quiz);
    return null;
  }
  const {
    lang = pageLang(),
    theme = 'auto',
    accent = null,
    view = 'quiz',
    group,
  } = readEmbedOptions((key) => raw[key], complain);
  return { quizId: quiz, origin, lang, theme, accent, view, group, frame: raw.frame !== undefined };
}

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
