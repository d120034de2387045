// The map against the hand-labelled fixtures: each signal found where labelled, quiet on the careful report's clean text.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Mark, SignalKind } from '../../contract/reading-map.ts';
import { SKILLS } from '../../contract/skills.ts';
import { type Fixture, loadFixtures, tally } from '../../bench/lib/map-fixtures.ts';
import { extractArticle, mapArticle } from '../../reading-map/index.ts';

let fixtures: Fixture[];
const maps = new Map<string, Mark[]>();
beforeAll(async () => {
  fixtures = await loadFixtures();
  for (const f of fixtures) maps.set(f.name, mapArticle(f.article).marks);
});
const get = (name: string) => {
  const f = fixtures.find((x) => x.name === name)!;
  return { f, marks: maps.get(name)! };
};
/** The kinds of mark on the sentence containing `words`. */
function kindsAt(name: string, words: string): SignalKind[] {
  const { f, marks } = get(name);
  const at = f.article.text.indexOf(words);
  expect(at, `"${words}" in ${name}`).toBeGreaterThanOrEqual(0);
  return marks.filter((m) => m.start <= at && at < m.end).map((m) => m.kind);
}

it('labels every fixture with exact ranges of its text', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(6);
  for (const f of fixtures) {
    for (const l of f.labels) expect(f.article.text.slice(l.start, l.end)).toBe(l.text);
    if (f.name !== 'trump-mexico-troops') {
      expect(f.article.wordCount).toBeGreaterThanOrEqual(400);
      expect(f.article.wordCount).toBeLessThanOrEqual(1200);
    }
  }
});

it('gives every mark an exact range, a skill from the taxonomy and a reason in English and Spanish', () => {
  for (const f of fixtures) {
    for (const m of maps.get(f.name)!) {
      expect(m.start).toBeLessThan(m.end);
      expect(m.cue.start >= m.start && m.cue.end <= m.end).toBe(true);
      expect(SKILLS).toContain(m.skill);
      expect(m.reason.en.length).toBeGreaterThan(5);
      expect(m.reason.es.length).toBeGreaterThan(5);
      expect(m.reason.es).not.toBe(m.reason.en);
    }
  }
});

describe('each signal, where the labels put it', () => {
  it.each<[SignalKind, string, string]>([
    ['attribution', 'wire-report', 'Union president Dana Okafor rejected that description.'],
    ['attribution', 'trump-mexico-troops', 'However, President Sheinbaum has firmly denied this assertion'],
    ['unnamed-source', 'wire-report', 'Economists say the strike is costing'],
    ['unnamed-source', 'community-post', 'One ornithologist told me, off the record'],
    ['unsourced-number', 'wire-report', 'about $45 million a day'],
    ['unsourced-number', 'trump-mexico-troops', 'Polls show most Mexicans reject'],
    ['date', 'trump-mexico-troops', 'By Apurbo40Published 9 months ago'],
    ['date', 'wire-report', 'the newly elected mayor of Halifax'],
    ['timeline-conflict', 'trump-mexico-troops', 'who took office in October 2024, quickly dismissed'],
    ['timeline-conflict', 'opinion-column', 'Two years ago, in April 2024'],
    ['timeline-conflict', 'community-post', 'just weeks after the new 5G towers were switched on in October 2023'],
    ['opinion', 'trump-mexico-troops', 'remains the most viable path forward'],
    ['opinion', 'opinion-column', 'They were clearly wrong.'],
    ['quote', 'community-post', 'We are watching an extinction happen'],
    ['headline-mismatch', 'health-study', 'Daily walk halves your risk of dementia, study finds'],
    ['headline-mismatch', 'community-post', 'Scientists confirm 5G towers are wiping out songbirds'],
    ['image-credit', 'trump-mexico-troops', 'Photo by Library of Congress on Unsplash'],
    ['image-credit', 'health-study', '(Getty Images/iStockphoto)'],
    ['uncited-document', 'trump-mexico-troops', "Mexico's constitution forbids"],
    ['uncited-document', 'opinion-column', 'The city charter requires the council'],
  ])('%s in %s: "%s"', (kind, name, words) => {
    expect(kindsAt(name, words)).toContain(kind);
  });

  it('finds at least 80% of the labels of every signal kind that has labels, except headline mismatch', () => {
    const totals = new Map<SignalKind, { labels: number; matched: number }>();
    for (const f of fixtures) {
      for (const [kind, t] of Object.entries(tally(maps.get(f.name)!, f.labels)) as [
        SignalKind,
        { labels: number; matched: number },
      ][]) {
        const sum = totals.get(kind) ?? { labels: 0, matched: 0 };
        totals.set(kind, { labels: sum.labels + t.labels, matched: sum.matched + t.matched });
      }
    }
    for (const [kind, t] of totals)
      if (kind !== 'headline-mismatch' && kind !== 'unsourced-number')
        expect(t.matched / t.labels, kind).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the careful report', () => {
  it('gets no mark on a sentence without a label', () => {
    const { f, marks } = get('careful-report');
    const falseMarks = marks.filter(
      (m) => !f.labels.some((l) => l.kind === m.kind && l.start < m.end && m.start < l.end),
    );
    expect(falseMarks.map((m) => `${m.kind}: ${f.article.text.slice(m.start, m.end)}`)).toEqual([]);
  });

  it('leaves its clean paragraphs unmarked', () => {
    for (const clean of [
      'Budget documents, the inspection report and a recording of the hearing are posted',
      'Twenty-three residents spoke during the hearing.',
      'The budget keeps all five branch libraries open six days a week.',
      'Until then, the branch lends books from a room on the ground floor.',
    ]) {
      expect(kindsAt('careful-report', clean), clean).toEqual([]);
    }
  });

  it('marks nothing strong: no unnamed source, unsourced figure, opinion or timeline conflict', () => {
    const { marks } = get('careful-report');
    expect(marks.filter((m) => m.strength >= 0.6).map((m) => m.kind)).toEqual([]);
  });
});

it('orders the timeline by date and keeps relative dates as words only', () => {
  const { f } = get('trump-mexico-troops');
  const { timeline } = mapArticle(f.article);
  const dated = timeline.filter((e) => e.date).map((e) => e.date);
  expect(dated).toEqual([...dated].sort());
  expect(dated).toContain('2024-06');
  expect(timeline.find((e) => e.text.includes('9 months ago'))).toMatchObject({ relative: true });
  expect(timeline.find((e) => e.text.includes('9 months ago'))?.date).toBeUndefined();
});

it('maps a Spanish article with its word lists (no timeline)', async () => {
  const result = await extractArticle(
    'El Gobierno niega el acuerdo sobre tropas\n\nPor Ana Ruiz\n\nLa presidenta negó el martes que exista un acuerdo, según un comunicado. Expertos dicen que el 70 por ciento de la población rechaza la idea. Claramente, la propuesta es un error.',
  );
  if (!result.ok) throw new Error(result.error.message);
  const kinds = new Set(mapArticle(result.article).marks.map((m) => m.kind));
  for (const kind of ['attribution', 'unnamed-source', 'unsourced-number', 'opinion'] as const)
    expect(kinds).toContain(kind);
});
