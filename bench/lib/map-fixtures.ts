// The reading-map fixtures with their hand labels, and how a map is scored against them (shared by map:eval and the tests).

import { readFileSync, readdirSync } from 'node:fs';
import type { Article } from '../../contract/article.ts';
import { type Mark, SIGNAL_KINDS, type SignalKind } from '../../contract/reading-map.ts';
import { extractArticle } from '../../reading-map/index.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const FIXTURES_DIR = `${ROOT}tests/fixtures/articles/`;

export type Label = { kind: SignalKind; start: number; end: number; text: string };
export type Fixture = {
  name: string;
  genre: string;
  path: string;
  article: Article;
  labels: Label[];
  /** The language the labeller gave the page (held-out pages only): scored apart, whatever the extractor detects. */
  lang?: 'en' | 'es';
};

export const PAGES_DIR = `${FIXTURES_DIR}held-out-pages/`;

/**
 * The held-out pages, end to end: each page's HTML through `extractArticle`, its labels (spans as the page shows
 * them) found in the extracted text. A label the extractor lost keeps start = end = -1 and can only be missed.
 */
export async function loadPages(): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  for (const file of readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()) {
    const spec = JSON.parse(readFileSync(PAGES_DIR + file, 'utf8')) as {
      page: string;
      lang: 'en' | 'es';
      genre: string;
      labels: { kind: SignalKind; text: string }[];
    };
    const path = ROOT + spec.page;
    const result = await extractArticle(readFileSync(path, 'utf8'));
    if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
    const find = locator(result.article.text);
    fixtures.push({
      name: file.replace('.labels.json', ''),
      genre: spec.genre,
      path,
      article: result.article,
      lang: spec.lang,
      labels: spec.labels.map((l) => ({ ...l, ...find(l.text) })),
    });
  }
  return fixtures;
}

/** Finds a span in `text` with runs of whitespace matched loosely; -1 when it is not there. */
function locator(text: string): (span: string) => { start: number; end: number } {
  const index: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (flat.endsWith(' ')) continue;
      flat += ' ';
    } else flat += text[i];
    index.push(i);
  }
  return (span) => {
    const wanted = span.replace(/\s+/g, ' ').trim();
    const at = flat.indexOf(wanted);
    if (at < 0) return { start: -1, end: -1 };
    return { start: index[at]!, end: index[at + wanted.length - 1]! + 1 };
  };
}
/**
 * `in-sample`: the articles the detector was written and fixed against. `held-out`: articles written after it was
 * frozen, never used to tune it (tests/fixtures/articles/README.md).
 */
export type FixtureSet = 'in-sample' | 'held-out' | 'held-out-pages';

/** Every `*.labels.json` of a set beside its article; paths starting `../` are from the repo root (the first article in ../shared). */
export async function loadFixtures(set: FixtureSet = 'in-sample'): Promise<Fixture[]> {
  if (set === 'held-out-pages') return loadPages();
  const dir = set === 'held-out' ? `${FIXTURES_DIR}held-out/` : FIXTURES_DIR;
  const fixtures: Fixture[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()) {
    const spec = JSON.parse(readFileSync(dir + file, 'utf8')) as {
      article: string;
      genre: string;
      labels: Label[];
    };
    const path = spec.article.startsWith('../') ? ROOT + spec.article : dir + spec.article;
    const result = await extractArticle(readFileSync(path, 'utf8'), { format: 'text' });
    if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
    fixtures.push({
      name: file.replace('.labels.json', ''),
      genre: spec.genre,
      path,
      article: result.article,
      labels: spec.labels,
    });
  }
  return fixtures;
}

export type Tally = { labels: number; marks: number; matched: number };
export type Score = { precision: number | null; recall: number | null } & Tally;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * One-to-one matching per kind: a mark matches an unmatched label of its kind whose range it overlaps.
 * Marks are sentences, labels the words that carry the signal, so overlap is the fair test.
 */
export function tally(marks: readonly Mark[], labels: readonly Label[]): Record<SignalKind, Tally> {
  const out = {} as Record<SignalKind, Tally>;
  for (const kind of SIGNAL_KINDS) {
    const ls = labels.filter((l) => l.kind === kind);
    const ms = marks.filter((m) => m.kind === kind);
    const used = new Set<Label>();
    let matched = 0;
    for (const m of ms) {
      const hit = ls.find((l) => !used.has(l) && overlaps(m, l));
      if (hit) {
        used.add(hit);
        matched++;
      }
    }
    out[kind] = { labels: ls.length, marks: ms.length, matched };
  }
  return out;
}

export function score(t: Tally): Score {
  return {
    ...t,
    precision: t.marks ? round(t.matched / t.marks) : null,
    recall: t.labels ? round(t.matched / t.labels) : null,
  };
}

export const round = (n: number) => Math.round(n * 1000) / 1000;

export function add(a: Tally, b: Tally): Tally {
  return { labels: a.labels + b.labels, marks: a.marks + b.marks, matched: a.matched + b.matched };
}
