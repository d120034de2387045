// The map against the hand-labelled fixtures: each signal found where labelled, quiet on the careful report's clean text.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Mark, SignalKind } from '../../contract/reading-map.ts';
import { SKILLS } from '../../contract/skills.ts';
import { type Fixture, loadFixtures, tally } from '../../bench/lib/map-fixtures.ts';
import { draftQuiz } from '../../question-writer/index.ts';
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

it('labels the held-out articles with exact ranges of their text, apart from the in-sample set', async () => {
  const heldOut = await loadFixtures('held-out');
  expect(heldOut.length).toBeGreaterThanOrEqual(3);
  for (const f of heldOut) {
    expect(fixtures.map((x) => x.name)).not.toContain(f.name);
    expect(f.labels.length).toBeGreaterThan(0);
    for (const l of f.labels) expect(f.article.text.slice(l.start, l.end)).toBe(l.text);
    expect(f.article.wordCount).toBeGreaterThanOrEqual(400);
    expect(f.article.wordCount).toBeLessThanOrEqual(1200);
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
    ['unsourced-number', 'community-post', 'local bird populations have fallen by 70 percent'],
    ['unsourced-number', 'trump-mexico-troops', 'Polls show most Mexicans reject'],
    ['date', 'trump-mexico-troops', 'By Apurbo40Published 9 months ago'],
    ['date', 'wire-report', 'the newly elected mayor of Halifax'],
    ['timeline-conflict', 'trump-mexico-troops', 'who took office in October 2024, quickly dismissed'],
    ['timeline-conflict', 'opinion-column', 'Two years ago, in April 2024'],
    ['timeline-conflict', 'community-post', 'just weeks after the new 5G towers were switched on in October 2023'],
    ['opinion', 'trump-mexico-troops', 'remains the most viable path forward'],
    ['opinion', 'opinion-column', 'They were clearly wrong.'],
    ['quote', 'community-post', 'We are watching an extinction happen'],
    ['headline-mismatch', 'trump-mexico-troops', "Trump's claim that US troops would enter Mexico"],
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
      if (kind !== 'headline-mismatch') expect(t.matched / t.labels, kind).toBeGreaterThanOrEqual(0.8);
  });
});

it('takes a figure as sourced by an attribution in the sentence before, not by a name or a date there', () => {
  // "The study … tracked 12,400 adults" attributes the next sentence's 18 percent.
  expect(kindsAt('health-study', 'Participants who walked at least 30 minutes a day')).not.toContain(
    'unsourced-number',
  );
  // "…found in August 2023, just weeks after … October 2023." names nobody: the 70 percent that follows rests on nothing.
  expect(kindsAt('community-post', 'local bird populations have fallen by 70 percent')).toContain('unsourced-number');
});

describe('a headline prediction against a body that reports a deal already done', () => {
  it('flags the first article: "would enter" in the headline, "had agreed" in the body, and drafts a claim-precision question on it', () => {
    const { f, marks } = get('trump-mexico-troops');
    const mark = marks.find((m) => m.kind === 'headline-mismatch');
    expect(mark).toBeDefined();
    expect(f.article.text.slice(mark!.start, mark!.end)).toBe(
      "Trump's claim that US troops would enter Mexico is denied by the president of Mexico",
    );
    expect(f.article.text.slice(mark!.cue.start, mark!.cue.end)).toBe('would');
    expect(f.article.text.slice(mark!.related!.start, mark!.related!.end)).toContain('had agreed to allow');
    expect(mark!.reason.en).toContain('“had agreed”');
    const draft = draftQuiz(f.article, mapArticle(f.article), 'first-article');
    const question = draft.questions.find((q) => q.skill === 'claim-precision');
    expect(question?.passage.text).toBe(
      "Trump's claim that US troops would enter Mexico is denied by the president of Mexico",
    );
    expect(question?.needsReview?.pattern).toBe('headline-body');
  });

  const headlineMarks = async (headline: string, body: string) => {
    const result = await extractArticle(`${headline}\n\nBy Test Desk\n\n${body}`);
    if (!result.ok) throw new Error(result.error.message);
    return mapArticle(result.article).marks.filter((m) => m.kind === 'headline-mismatch');
  };
  const approved =
    'Mayor Ana Lopez said on Monday that the council had approved the sale of the port to a private operator. Councillors met in private. The port employs 300 people.';

  it('flags any headline prediction whose claimant the body reports claiming an approval', async () => {
    for (const headline of [
      'Lopez says the city will sell the port',
      "Lopez's claim that the port could be sold draws protests",
    ]) {
      const marks = await headlineMarks(headline, approved);
      expect(marks, headline).toHaveLength(1);
      expect(marks[0]!.reason.en).toMatch(
        /a prediction; the body reports a claim of a deal already done \(“had approved”\)/,
      );
    }
  });

  it('stays quiet when the body reports the same prediction, a denial, or no deal', async () => {
    const predicted =
      'Mayor Ana Lopez said on Monday that the council would vote on the sale of the port next month. Councillors met in private. The port employs 300 people.';
    const denied =
      'Mayor Ana Lopez denied on Monday that the council had approved the sale of the port. Councillors met in private. The port employs 300 people.';
    const notAgreed =
      'Mayor Ana Lopez said on Monday that the council had not agreed to any sale of the port. Councillors met in private. The port employs 300 people.';
    for (const body of [predicted, denied, notAgreed])
      expect(await headlineMarks('Lopez says the city will sell the port', body), body).toEqual([]);
    expect(await headlineMarks('City sells the port after council vote', approved)).toEqual([]);
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
