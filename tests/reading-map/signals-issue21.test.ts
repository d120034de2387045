// The signals issue 21 found missing on real pages, one sentence each: the issue's own examples and their neutral twins.

import { describe, expect, it } from 'vitest';
import type { Mark, SignalKind } from '../../contract/reading-map.ts';
import { findQuotes } from '../../reading-map/analyse.ts';
import { extractArticle, mapArticle } from '../../reading-map/index.ts';

/** Maps a plain-text article (headline first) and returns its text and marks. */
async function map(text: string): Promise<{ text: string; marks: Mark[] }> {
  const r = await extractArticle(text, { format: 'text' });
  if (!r.ok) throw new Error(r.error.message);
  return { text: r.article.text, marks: mapArticle(r.article).marks };
}

/** The marks of one kind on the sentence containing `words`. */
async function marksOn(
  body: string,
  words: string,
  kind: SignalKind,
  headline = 'A story about the town',
): Promise<Mark[]> {
  const { text, marks } = await map(`${headline}\n\n${body}`);
  const at = text.indexOf(words);
  expect(at, words).toBeGreaterThanOrEqual(0);
  return marks.filter((m) => m.kind === kind && m.start <= at && at < m.end);
}
const cueOf = (body: string, m: Mark | undefined, headline = 'A story about the town') =>
  m ? `${headline}\n\n${body}`.slice(m.cue.start, m.cue.end) : undefined;

describe('opinion and loaded wording in the author’s voice', () => {
  it.each([
    ['That does nothing to solve the problem.', 'does nothing to'],
    ['Another inquiry would be a waste of time.', 'waste of time'],
    ['The council should scrap the scheme before it does more harm.', 'should'],
    ['I think the new tower is a mistake.', 'I think'],
    ['Who really believes the bridge will open on time?', 'Who really'],
    ['Isn’t it time the mayor admitted the truth?', 'Isn’t'],
    ['The new parking rules will fail.', 'will fail'],
    ['The so-called experts were wrong again.', 'so-called'],
    ['The result was a fiasco from start to finish.', 'fiasco'],
  ])('marks "%s" on "%s"', async (sentence, cue) => {
    const found = await marksOn(sentence, sentence.slice(0, 10), 'opinion');
    expect(cueOf(sentence, found[0])).toBe(cue);
  });

  it.each([
    'The minister said the plan was a waste of time.',
    'The plan is a disaster, critics say.',
    'Applications must be received by Friday.',
    'Police said the man will appear in court on Monday.',
    'We must demand a vote before the summer.',
    'The idea that the city should buy the land is not new.',
    'I went to the market on Monday with my sister.',
    'Does anyone know when the library opens?',
  ])('leaves neutral or attributed wording alone: "%s"', async (sentence) => {
    expect(await marksOn(sentence, sentence.slice(0, 10), 'opinion')).toEqual([]);
  });
});

describe('unnamed sources', () => {
  it.each([
    ['Nutritionists say the diet is unsafe.', 'Nutritionists'],
    ['Viewers complained about the broadcast.', 'Viewers'],
    ['A city official who asked not to be named said the plan was dead.', 'official'],
    ['Critics say the plan is flawed.', 'Critics'],
    ['Some say the plan is flawed.', 'Some'],
  ])('marks "%s"', async (sentence, cue) => {
    const found = await marksOn(sentence, sentence.slice(0, 10), 'unnamed-source');
    expect(cueOf(sentence, found[0])).toBe(cue);
  });

  it('leaves "his many critics" alone when they are named nearby', async () => {
    const s = 'His many critics, including Senator Jane Doe, say the plan is flawed.';
    expect(await marksOn(s, 'His many', 'unnamed-source')).toEqual([]);
  });
});

describe('numbers without a source', () => {
  it('does not take any capitalised word for a source', async () => {
    const s = 'The total public debt of the United States stands at nearly $16 trillion.';
    expect(cueOf(s, (await marksOn(s, 'The total', 'unsourced-number'))[0])).toBe('$16 trillion');
  });

  it.each([
    ['Nine out of 10 dentists agree.', 'Nine out of 10'],
    ['The video was watched 14 million times.', '14 million'],
  ])('catches "%s"', async (s, cue) => {
    expect(cueOf(s, (await marksOn(s, s.slice(0, 8), 'unsourced-number'))[0])).toBe(cue);
  });

  it.each([
    'Sales rose 14 percent last year, according to the Statistics Bureau.',
    'Maria Lopez runs the bakery. Sales rose 14 percent last year, she said.',
    'The Atlantic Longshore Union, which represents the workers, is seeking a 19 percent raise.',
  ])('counts an attributed person, organisation or publication as the source: "%s"', async (s) => {
    expect(await marksOn(s, s.slice(s.indexOf('percent') - 3), 'unsourced-number')).toEqual([]);
  });
});

describe('quotes and their speakers', () => {
  it('finds the speaker of "she added" in the sentence before', async () => {
    const body = 'Mayor Ann Lee spoke on Monday. “We will not back down,” she added.';
    const [q] = await marksOn(body, '“We will', 'quote');
    expect(q?.speaker).toBe('Ann Lee');
  });

  it('reads "called it “…”" as a quote of the speaker, not a title', async () => {
    const body = 'Councillor Tom Smith called it “a disgrace to the city”.';
    const [q] = await marksOn(body, 'Councillor', 'quote');
    expect(q?.speaker).toBe('Tom Smith');
  });

  it('finds single quotes and leaves apostrophes alone', () => {
    const text =
      "Trump: 'I will win' as rivals don't agree. The Smiths' house. He said ‘we don’t know’. Rock 'n' roll.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["'I will win'", '‘we don’t know’']);
  });

  it('names the speaker before a headline colon', async () => {
    const { text, marks } = await map("Trump: 'I will win the vote'\n\nDonald Trump spoke in Ohio on Monday.");
    const q = marks.find((m) => m.kind === 'quote');
    expect(q && text.slice(q.cue.start, q.cue.end)).toBe("'I will win the vote'");
    expect(q?.speaker).toBe('Trump');
  });
});

describe('headline against body', () => {
  it('marks quoted words in the headline that no quote in the body carries', async () => {
    const { marks } = await map(
      "Mayor: 'The bridge is finished'\n\nMayor Ann Lee said on Monday that work was “going well” and would end in the spring.",
    );
    expect(marks.filter((m) => m.kind === 'headline-mismatch')).toHaveLength(1);
  });

  it('leaves a headline quote alone when the body quotes the same words', async () => {
    const { marks } = await map(
      "Mayor: 'The bridge is finished'\n\n“The bridge is finished,” Mayor Ann Lee said on Monday at the opening.",
    );
    expect(marks.filter((m) => m.kind === 'headline-mismatch')).toEqual([]);
  });

  it('marks "votes to scrap" against a review, and not against a vote to scrap', async () => {
    const review = await map(
      'Council votes to scrap bus lanes\n\nThe city council voted on Tuesday to begin a review of the bus lanes on Main Street.',
    );
    expect(review.marks.filter((m) => m.kind === 'headline-mismatch')).toHaveLength(1);
    const done = await map(
      'Council votes to scrap bus lanes\n\nThe city council voted on Tuesday to scrap the bus lanes on Main Street after a review.',
    );
    expect(done.marks.filter((m) => m.kind === 'headline-mismatch')).toEqual([]);
  });
});

describe('image credits', () => {
  const credits = async (line: string) =>
    (await map(`Protest in the square\n\nPolice moved in on Tuesday.\n${line}`)).marks.filter(
      (m) => m.kind === 'image-credit',
    );

  it('does not call a dated agency photo a stock photo', async () => {
    expect(await credits('Photo: Protesters in Paris on March 4, 2024. AFP/Getty Images')).toEqual([]);
  });

  it('asks when and where an undated agency photo was taken', async () => {
    const [m] = await credits('Photo: AP Photo/Jane Doe');
    expect(m?.reason.en).toMatch(/News photo from AP/);
  });

  it('still calls a stock-site picture a stock photo', async () => {
    const [m] = await credits('Photo: Shutterstock');
    expect(m?.reason.en).toMatch(/stock or archive/);
  });
});

describe('uncited documents', () => {
  it.each([
    ['The plan says the tower must be 20 storeys.', 'plan'],
    ['Under the bylaw, dogs are banned from parks.', 'bylaw'],
  ])('marks "%s"', async (s, cue) => {
    expect(cueOf(s, (await marksOn(s, s.slice(0, 8), 'uncited-document'))[0])).toBe(cue);
  });

  it('does not read "Bill Shorten" as a bill', async () => {
    const s = 'Labour leader Bill Shorten said the budget shows the government has lost its way.';
    expect(await marksOn(s, 'Labour', 'uncited-document')).toEqual([]);
  });
});
