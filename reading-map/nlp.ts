// The one compromise instance the map uses, with the dates plugin: tagging, sentences and lemmas for English.

import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

/** What `nlp.tokenize` has already run. */
const TOKENIZER = new Set(['contractions', 'alias', 'machine']);
/**
 * compromise's chunker groups words into noun and verb phrases: the map reads tags and lemmas only, and the
 * chunker is ~5% of the parse. Every other step `nlp(text)` runs is kept, so the tags are the same.
 */
const UNREAD = new Set(['chunks']);
const TAGGING = nlp.hooks().filter((h) => !TOKENIZER.has(h) && !UNREAD.has(h));

/** `nlp(text)` without the steps the map does not read, plus lemmas ("said" → "say") and character offsets. */
export function parse(text: string) {
  const doc = nlp.tokenize(text);
  doc.compute([...TAGGING, 'root', 'offset']);
  return doc;
}

export { nlp };
