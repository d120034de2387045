// A written question as a quiz file holds it: choice ids, the key's place, the verbatim passage and the "needs review" mark.

import type { Article } from '../contract/article.ts';
import type { QuestionFile } from '../contract/quiz.ts';
import type { ChoiceDraft, Written } from './patterns/pattern.ts';
import { fingerprint, slot } from './text.ts';

/** Choice ids a, b, c… in the order shown. */
const choiceId = (i: number) => String.fromCharCode(97 + i);

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Two choices a reader could not tell apart, or one inside the other ("2024" and "June 2024"). */
function overlap(a: ChoiceDraft, b: ChoiceDraft): boolean {
  return (['en', 'es'] as const).some((lang) => {
    const x = wordsOf(a.text[lang]);
    const y = wordsOf(b.text[lang]);
    const common = [...x].filter((w) => y.has(w)).length;
    return common === x.size || common === y.size || common / new Set([...x, ...y]).size >= 0.8;
  });
}

/** 2 when the key is the longest choice, 1 when the shortest, in each language: a length cue a blind reader can use. */
function lengthCue(key: ChoiceDraft, others: ChoiceDraft[]): number {
  return (['en', 'es'] as const).reduce((cue, lang) => {
    const k = key.text[lang].length;
    const lengths = others.map((o) => o.text[lang].length);
    return cue + (k >= Math.max(...lengths) ? 2 : k <= Math.min(...lengths) ? 1 : 0);
  }, 0);
}

/**
 * The distractors a question shows: from the pattern's pool (best first), none overlapping another choice,
 * and, among the first few, the pair that leaves the key neither the longest nor the shortest where it can.
 */
export function pickDistractors(w: Written, count = 2): ChoiceDraft[] {
  const pool: ChoiceDraft[] = [];
  for (const d of w.distractors) if (![w.key, ...pool].some((c) => overlap(c, d))) pool.push(d);
  const head = pool.slice(0, 5);
  let best = head.slice(0, count);
  let bestCue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < head.length; i++)
    for (let j = i + 1; j < head.length; j++) {
      const [a, b] = [head[i], head[j]];
      if (!a || !b) continue;
      const pair = count === 2 ? [a, b] : head.slice(0, count);
      const cue = lengthCue(w.key, pair);
      if (cue < bestCue) [best, bestCue] = [pair, cue];
    }
  return best;
}

/** Question ids stay short (stored submissions must fit KV metadata): the pattern's first word and a number. */
export function questionId(w: Written, taken: ReadonlySet<string>): string {
  const stem = (w.pattern.split('-')[0] ?? w.pattern).slice(0, 10);
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
  const options = [w.key, ...pickDistractors(w)];
  const at = slot(`${w.pattern}:${article.text.slice(w.passage.start, w.passage.end)}`, options.length);
  const ordered = [...options.slice(1, at + 1), w.key, ...options.slice(at + 1)];
  const question: QuestionFile = {
    id,
    type: 'single',
    skill: w.skill,
    prompt: w.prompt,
    choices: ordered.map((c, i) => ({ id: choiceId(i), text: c.text, explanation: c.explanation })),
    correct: [choiceId(at)],
    explanation: w.explanation,
    // The passage stays in the article's own language; readers see it marked as a quotation.
    passage: { text: article.text.slice(w.passage.start, w.passage.end) },
    stance: w.stance,
  };
  return { ...question, needsReview: { pattern: w.pattern, check: w.check, drafted: fingerprint(question) } };
}
