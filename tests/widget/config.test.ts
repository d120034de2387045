// Options from data-* attributes (lenient, with defaults) and from Lateral.mount() (strict, with helpful errors).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configFromAttributes, configFromOptions, pageLang } from '../../widget/core/config.ts';
import { ORIGIN } from './fake-api.ts';

/** happy-dom's CSS.supports accepts any value; a browser's validates colours like this (checked in e2e). */
const browserLikeCss = {
  supports: (property: string, value: string) =>
    property === 'color' && /^(#[0-9a-f]{3,8}|rgb\([\d, ]+\)|rebeccapurple|gold)$/i.test(value),
};

beforeEach(() => vi.stubGlobal('CSS', browserLikeCss));
afterEach(() => {
  document.documentElement.lang = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const data = (attributes: Record<string, string>) => {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(`data-${name}`, value);
  return div.dataset;
};

describe('from data-* attributes', () => {
  it('reads a placeholder with defaults: English, automatic theme, built-in accent, the quiz view', () => {
    expect(configFromAttributes(data({ 'lateral-quiz': 'my-quiz' }), {}, ORIGIN)).toEqual({
      quizId: 'my-quiz',
      origin: ORIGIN,
      lang: 'en',
      theme: 'auto',
      accent: null,
      view: 'quiz',
      frame: false,
    });
  });

  it("follows the page's <html lang> when data-lang is absent", () => {
    for (const [lang, expected] of [
      ['es-MX', 'es'],
      ['ES', 'es'],
      ['es', 'es'],
      ['en-GB', 'en'],
      ['fr', 'en'],
      ['', 'en'],
    ]) {
      document.documentElement.lang = lang as string;
      expect(pageLang(), lang).toBe(expected);
      expect(configFromAttributes(data({ 'lateral-quiz': 'q' }), {}, ORIGIN)?.lang).toBe(expected);
    }
    document.documentElement.lang = 'es';
    expect(configFromAttributes(data({ 'lateral-quiz': 'q', lang: 'en' }), {}, ORIGIN)?.lang).toBe('en');
  });

  it("takes the script tag's data-* as page-wide defaults that a placeholder can override", () => {
    const defaults = data({ lang: 'es', theme: 'dark', accent: '#0a5cff' });
    const config = configFromAttributes(data({ 'lateral-quiz': 'q', theme: 'light' }), defaults, ORIGIN);
    expect(config).toMatchObject({ lang: 'es', theme: 'light', accent: '#0a5cff' });
  });

  it('reads the script tag form (data-quiz), the results view and the iframe marker', () => {
    expect(configFromAttributes(data({ quiz: 'q', view: 'results' }), {}, ORIGIN)).toMatchObject({
      quizId: 'q',
      view: 'results',
    });
    expect(configFromAttributes(data({ 'lateral-quiz': 'q', frame: '' }), {}, ORIGIN)?.frame).toBe(true);
  });

  it('skips bad values with one prefixed console warning each, never an exception', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = configFromAttributes(
      data({ 'lateral-quiz': 'q', accent: 'not-a-colour', theme: 'neon', lang: 'fr' }),
      {},
      ORIGIN,
    );
    expect(config).toMatchObject({ accent: null, theme: 'auto', lang: 'en' });
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[lateral] data-lang must be one of "en", "es", not "fr"',
      '[lateral] data-theme must be one of "auto", "light", "dark", not "neon"',
      '[lateral] data-accent must be a CSS colour, not "not-a-colour"',
    ]);
  });

  it('ignores a placeholder without a usable quiz id', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(configFromAttributes(data({ 'lateral-quiz': '' }), {}, ORIGIN)).toBeNull();
    expect(configFromAttributes(data({ 'lateral-quiz': '../../etc' }), {}, ORIGIN)).toBeNull();
  });
});

describe('from Lateral.mount() options', () => {
  it('accepts every documented option', () => {
    const config = configFromOptions(
      { quiz: 'q', lang: 'es', theme: 'dark', accent: 'rebeccapurple', view: 'results' },
      ORIGIN,
    );
    expect(config).toEqual({
      quizId: 'q',
      origin: ORIGIN,
      lang: 'es',
      theme: 'dark',
      accent: 'rebeccapurple',
      view: 'results',
      frame: false,
    });
    expect(configFromOptions({ quiz: 'q', origin: 'https://other.example' }, ORIGIN).origin).toBe(
      'https://other.example',
    );
  });

  it('throws errors that say how to fix the call', () => {
    const cases: [unknown, string][] = [
      [undefined, '[lateral] options.quiz must be a quiz id, not "undefined"'],
      [{}, '[lateral] options.quiz must be a quiz id, not "undefined"'],
      [{ quiz: 'Bad id' }, '[lateral] options.quiz must be a quiz id, not "Bad id"'],
      [{ quiz: 'q', lang: 'fr' }, '[lateral] options.lang must be one of "en", "es", not "fr"'],
      [{ quiz: 'q', theme: 'neon' }, '[lateral] options.theme must be one of "auto", "light", "dark", not "neon"'],
      [{ quiz: 'q', view: 'chart' }, '[lateral] options.view must be one of "quiz", "results", not "chart"'],
      [{ quiz: 'q', accent: 'nope' }, '[lateral] options.accent must be a CSS colour, not "nope"'],
      [
        { quiz: 'q', origin: 'https://x.example/path' },
        '[lateral] options.origin must be an origin such as "https://quiz.example.org", not "https://x.example/path"',
      ],
    ];
    for (const [options, message] of cases) {
      expect(() => configFromOptions(options, ORIGIN), JSON.stringify(options)).toThrow(message);
    }
  });
});
