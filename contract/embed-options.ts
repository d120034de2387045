// An embed's display options, read by one set of rules from data-* attributes, Lateral.mount() and the iframe page's query.

import { normalizeGroupCode } from './group-code.ts';
import { LANGS, type Lang } from './quiz.ts';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const VIEWS = ['quiz', 'results'] as const;
export type View = (typeof VIEWS)[number];

/**
 * The options a site may set; absent ones take the reader's or the widget's defaults. `group` is a class
 * group's join code (contract/group-code.ts), normalized when it is one.
 */
export type EmbedOptions = { lang?: Lang; theme?: Theme; accent?: string; view?: View; group?: string };

/**
 * What may pass as a join code: anything a person could have typed for one (letters, digits, spaces,
 * hyphens, dots). One that is not a code of ours is kept as typed, so the widget can tell the reader
 * it is not a group, and still run the quiz. The widget only ever writes it as text and as a path
 * segment, encoded; pages about a quiz keep only these characters (quizEmbedOptions).
 */
const TYPED_CODE = /^[\w .-]{1,20}$/;

/**
 * A CSS colour as a site writes one (`#0a7d5a`, `rebeccapurple`, `rgb(10 125 90 / 80%)`): only the
 * characters colours are written with, so a value that passes cannot break out of an attribute or a
 * custom property and is safe to echo. Where the browser can say whether it paints the colour
 * (CSS.supports), it has the last word; the Worker, which has no CSS, keeps the character check.
 */
export function isColour(value: unknown): value is string {
  const css = (globalThis as { CSS?: { supports: (property: string, value: string) => boolean } }).CSS;
  return (
    typeof value === 'string' &&
    /^(?!.*url\()[\w#%(),./ +-]{1,64}$/i.test(value) &&
    (!css || css.supports('color', value))
  );
}

/** Told about each value that is present but not understood: which option, what it takes, what it got. */
export type Complain = (key: keyof EmbedOptions, takes: string, value: unknown) => void;

const oneOf = (values: readonly string[]) => `one of "${values.join('", "')}"`;

/**
 * Reads `lang`, `theme`, `accent`, `view` and `group` through `read` (an attribute, an option, a query
 * parameter). Absent and empty values are left out; others that are not understood are left out too
 * and reported to `complain`, so the caller decides between a warning, an error or silence.
 */
export function readEmbedOptions(read: (key: keyof EmbedOptions) => unknown, complain: Complain = () => {}) {
  const options: EmbedOptions = {};
  const take = <K extends keyof EmbedOptions>(key: K, ok: (v: unknown) => boolean, takes: string) => {
    const value = read(key);
    if (value === undefined || value === null || value === '') return;
    if (ok(value)) options[key] = value as EmbedOptions[K];
    else complain(key, takes, value);
  };
  take('lang', (v) => LANGS.includes(v as Lang), oneOf(LANGS));
  take('theme', (v) => THEMES.includes(v as Theme), oneOf(THEMES));
  take('accent', isColour, 'a CSS colour');
  take('view', (v) => VIEWS.includes(v as View), oneOf(VIEWS));
  take('group', (v) => typeof v === 'string', 'text');
  return options;
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

/**
 * For a page about one quiz (the iframe page, oEmbed, the demo, results): a join code is written the one
 * way codes are stored. (The widget leaves that to the API, which reads codes the same way: its first
 * download stays smaller.) Any language we speak is kept, also one the quiz's text is not in: the
 * interface follows the reader, the quiz's text stays in its own (issue 19 §3, contract/quiz-languages.ts).
 */
export function quizEmbedOptions(read: (key: keyof EmbedOptions) => unknown): EmbedOptions {
  const { group, ...options } = readEmbedOptions(read);
  const code = group && TYPED_CODE.test(group) ? { group: normalizeGroupCode(group) ?? group } : {};
  return { ...options, ...code };
}

/** The language of a page about one quiz: the one asked for, else the quiz's first. */
export function quizPageLang(languages: readonly Lang[], asked: Lang | undefined): Lang {
  return asked ?? languages[0] ?? 'en';
}
