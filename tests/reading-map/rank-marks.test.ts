// The map's short list: scores explained by their factors, a top 10–15 spread across skills and the article, the rest kept.

import { beforeAll, expect, it } from 'vitest';
import type { Mark } from '../../contract/reading-map.ts';
import { type Fixture, loadFixtures } from '../../bench/lib/map-fixtures.ts';
import { mapArticle, rankMarks, scoreMarks } from '../../reading-map/index.ts';

let fixtures: Fixture[];
beforeAll(async () => {
  fixtures = await loadFixtures();
});

const mark = (start: number, kind: Mark['kind'], skill: Mark['skill'], strength: number, why: string = kind): Mark => ({
  start,
  end: start + 10,
  kind,
  skill,
  strength,
  reason: { en: `${why} en`, es: `${why} es` },
  cue: { start, end: start + 5 },
});

it('gives every mark a score that is the product of the factors it lists', () => {
  for (const f of fixtures) {
    for (const m of scoreMarks(mapArticle(f.article).marks, f.article.text.length)) {
      const product = m.factors.reduce((p, x) => p * x.weight, 1);
      expect(Math.abs(m.score - product)).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(m.factors[0]).toEqual({ factor: 'strength', weight: m.strength });
    }
  }
});

it('offers 10 to 15 marks on every fixture and keeps every other mark for "show all"', () => {
  for (const f of fixtures) {
    const marks = mapArticle(f.article).marks;
    const { top, rest } = rankMarks(marks, { textLength: f.article.text.length });
    expect(top.length).toBeGreaterThanOrEqual(Math.min(10, marks.length));
    expect(top.length).toBeLessThanOrEqual(15);
    expect(top.length + rest.length).toBe(marks.length);
    for (let i = 1; i < rest.length; i++) expect(rest[i - 1]!.score).toBeGreaterThanOrEqual(rest[i]!.score);
  }
});

it('spreads the short list across skills instead of taking the strongest kind only', () => {
  // Twenty strong unnamed-source marks and a few weaker marks of other skills.
  const marks = [
    ...Array.from({ length: 20 }, (_, i) => mark(i * 100, 'unnamed-source', 'evidence-attribution', 0.9, `u${i}`)),
    mark(2050, 'date', 'date-context', 0.5),
    mark(2150, 'opinion', 'fact-vs-opinion', 0.6),
    mark(2250, 'unsourced-number', 'stats-polls', 0.7),
  ];
  const { top } = rankMarks(marks, { size: 10, minSize: 5, maxPerSkill: 3, textLength: 2400 });
  expect(top.filter((m) => m.skill === 'evidence-attribution')).toHaveLength(3);
  expect(top.map((m) => m.kind)).toEqual(expect.arrayContaining(['date', 'opinion', 'unsourced-number']));
});

it('spreads the short list across the article instead of crowding its first paragraphs', () => {
  const early = Array.from({ length: 12 }, (_, i) => mark(i * 20, 'opinion', 'fact-vs-opinion', 0.9, `o${i}`));
  const late = [mark(900, 'opinion', 'fact-vs-opinion', 0.3, 'late1'), mark(950, 'date', 'date-context', 0.3)];
  const { top } = rankMarks([...early, ...late], { size: 6, minSize: 2, maxPerSkill: 6, textLength: 1000 });
  expect(top.some((m) => m.start >= 900)).toBe(true);
});

it('ranks a repeated reason below its first occurrence and says so', () => {
  const [first, second] = scoreMarks(
    [mark(0, 'quote', 'evidence-attribution', 0.5, 'same'), mark(500, 'quote', 'evidence-attribution', 0.5, 'same')],
    1000,
  );
  expect(first!.score).toBeGreaterThan(second!.score);
  expect(second!.factors.map((f) => f.factor)).toContain('repeat');
});
