// One reading of an embed's options for every way in: data-* attributes, Lateral.mount(), and the iframe page's query.

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  embedQuery,
  isColour,
  quizEmbedOptions,
  quizPageLang,
  readEmbedOptions,
} from '../../contract/embed-options.ts';
import { configFromAttributes, configFromOptions } from '../../widget/core/config.ts';
import { ORIGIN } from './fake-api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** What a browser's CSS.supports says of these colours (happy-dom's says yes to anything). */
const PAINTS = new Set(['#0a5cff', '#A0522D', 'red', 'rebeccapurple', 'rgb(10 125 90 / 80%)', 'oklch(60% 0.15 250)']);
const browser = { supports: (property: string, value: string) => property === 'color' && PAINTS.has(value) };

const COLOURS = [...PAINTS];
const NOT_COLOURS = ['"><script>alert(1)</script>', 'red;background:url(x)', 'url(//evil.example/x)', 'a'.repeat(80)];

describe('the accent colour', () => {
  it('passes a CSS colour a site writes, and never a value that could break out of where it is echoed', () => {
    vi.stubGlobal('CSS', browser);
    for (const colour of COLOURS) expect(isColour(colour), colour).toBe(true);
    for (const bad of [...NOT_COLOURS, 'notacolour', 42, null]) expect(isColour(bad), String(bad)).toBe(false);
  });

  it('is checked by the same rule on the Worker, which has no CSS: the characters, with the browser deciding later', () => {
    vi.stubGlobal('CSS', undefined);
    for (const colour of COLOURS) expect(isColour(colour), colour).toBe(true);
    for (const bad of NOT_COLOURS) expect(isColour(bad), bad).toBe(false);
  });
});

describe('one parser for every way in', () => {
  const values = { lang: 'es', theme: 'dark', accent: '#0a5cff', view: 'results' };
  const bad = { lang: 'fr', theme: 'neon', accent: 'url(//x)', view: 'chart' };

  it('reads the same options from attributes, from Lateral.mount() and from the iframe query', () => {
    vi.stubGlobal('CSS', browser);
    const div = document.createElement('div');
    for (const [k, v] of Object.entries(values)) div.setAttribute(`data-${k}`, v);
    div.setAttribute('data-lateral-quiz', 'q');
    const fromAttributes = configFromAttributes(div.dataset, {}, ORIGIN);
    const fromMount = configFromOptions({ quiz: 'q', ...values }, ORIGIN);
    const fromQuery = quizEmbedOptions((k) => new URLSearchParams(values).get(k) ?? undefined);
    expect(fromAttributes).toEqual(fromMount);
    expect(fromQuery).toEqual(values);
    expect(fromMount).toMatchObject(values);
  });

  it('leaves out what it does not understand everywhere: warns for attributes, throws for mount, is silent for the query', () => {
    vi.stubGlobal('CSS', browser);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const div = document.createElement('div');
    for (const [k, v] of Object.entries(bad)) div.setAttribute(`data-${k}`, v);
    div.setAttribute('data-lateral-quiz', 'q');
    expect(configFromAttributes(div.dataset, {}, ORIGIN)).toMatchObject({ theme: 'auto', accent: null, view: 'quiz' });
    expect(warn).toHaveBeenCalledTimes(4);
    for (const [k, v] of Object.entries(bad)) {
      expect(() => configFromOptions({ quiz: 'q', [k]: v }, ORIGIN), k).toThrow(`[lateral] options.${k} must be`);
    }
    expect(readEmbedOptions((k) => bad[k as keyof typeof bad])).toEqual({});
  });

  it('keeps, for a page about one quiz, a language the quiz is not written in: the interface follows the reader', () => {
    const options = quizEmbedOptions((k) => ({ lang: 'es', theme: 'light' })[k as string]);
    expect(options).toEqual({ lang: 'es', theme: 'light' });
    // Without one, such a page speaks the quiz's first language.
    expect(quizPageLang(['es'], undefined)).toBe('es');
    expect(quizPageLang(['en', 'es'], undefined)).toBe('en');
    expect(quizPageLang(['es'], options.lang)).toBe('es');
    expect(quizPageLang(['es'], 'en')).toBe('en');
  });

  it('writes the options back as the iframe page’s query string, in a stable order', () => {
    expect(embedQuery({ view: 'results', lang: 'es', accent: '#0a5cff' })).toBe(
      '?lang=es&accent=%230a5cff&view=results',
    );
    expect(embedQuery({})).toBe('');
  });
});
