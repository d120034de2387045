// The map's cheaper parse: every tag, lemma and offset compromise's own nlp(text) gives, without the chunker it never reads.

import { expect, it } from 'vitest';
import { loadFixtures } from '../../bench/lib/map-fixtures.ts';
import { nlp, parse } from '../../reading-map/nlp.ts';

type Term = { text: string; tags?: Set<string>; root?: string; chunk?: string; offset?: { start: number } };
const terms = (doc: { docs: unknown }) =>
  (doc.docs as Term[][]).flat().map((t) => `${t.offset?.start}:${t.text}:${[...(t.tags ?? [])].sort()}:${t.root}`);

it('tags every fixture exactly as nlp(text) does, lemmas and offsets included', async () => {
  const fixtures = [...(await loadFixtures('in-sample')), ...(await loadFixtures('held-out'))];
  for (const f of fixtures) {
    const full = nlp(f.article.text);
    full.compute(['root', 'offset']);
    expect(terms(parse(f.article.text)), f.name).toEqual(terms(full));
  }
});

it('skips the chunker, which nlp(text) runs', () => {
  // The chunker gives every term a phrase kind; the tagger sets one only on plain nouns and verbs.
  const text = 'The council approved the budget on Tuesday, officials said.';
  expect((nlp(text).docs as Term[][]).flat().every((t) => t.chunk)).toBe(true);
  expect((parse(text).docs as Term[][]).flat().every((t) => t.chunk)).toBe(false);
});
