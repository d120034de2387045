// A written question as a quiz file holds it: choice ids, the key's place, the verbatim passage and the "needs review" mark.

import type { Article } from '../contract/article.ts';
import type { QuestionFile } from '../contract/quiz.ts';
import type { Written } from './patterns/pattern.ts';
import { fingerprint, slot } from './text.ts';

const IDS = ['a', 'b', 'c', 'd'];

/** Question ids stay short (stored submissions must fit KV metadata): the pattern's first word and a number. */
export function questionId(w: Written, taken: ReadonlySet<string>): string {
  const stem = w.pattern.split('-')[0]!.slice(0, 10);
  for (let n = 1; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The drafted question minus its review mark: what the fingerprint covers, so any edit shows. */
export function draftedContent(q: QuestionFile): Omit<QuestionFile, 'needsReview'> {
  const { needsReview: _, ...rest } = q;
  return rest;
}

/**
 * The question, complete in both languages, with its key at a place that depends only on the passage and the
 * pattern (stable when the draft is refreshed, different from question to question), marked as needing review.
 */
export function toQuestion(w: Written, id: string, article: Article): QuestionFile {
  const options = [w.key, ...w.distractors].slice(0, IDS.length);
  const at = slot(`${w.pattern}:${article.text.slice(w.passage.start, w.passage.end)}`, options.length);
  const ordered = [...options.slice(1, at + 1), w.key, ...options.slice(at + 1)];
  const question: QuestionFile = {
    id,
    type: 'single',
    skill: w.skill,
    prompt: w.prompt,
    choices: ordered.map((c, i) => ({ id: IDS[i]!, text: c.text, explanation: c.explanation })),
    correct: [IDS[at]!],
    explanation: w.explanation,
    // The passage stays in the article's own language; readers see it marked as a quotation.
    passage: { text: article.text.slice(w.passage.start, w.passage.end) },
    stance: w.stance,
  };
  return { ...question, needsReview: { pattern: w.pattern, check: w.check, drafted: fingerprint(question) } };
}
