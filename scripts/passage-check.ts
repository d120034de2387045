// Finds quiz passages that do not appear word for word in the source article (only whitespace and quote styles may differ).

import type { QuizFile } from '../contract/quiz.ts';

export type MissingPassage = { file: string; question: string; passage: string };

/** Curly quotes become straight ones and any run of whitespace one space: the only differences a quotation may have. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `passage` occurs in `source` after normalising both, starting and ending on word
 * boundaries: "rump said" is not a quotation of "Trump said".
 */
export function containsPassage(source: string, passage: string): boolean {
  const haystack = normalizeForMatch(source);
  const needle = normalizeForMatch(passage);
  if (needle === '') return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    const startsClean = !WORD_CHAR.test(needle[0] ?? '') || !WORD_CHAR.test(before);
    const endsClean = !WORD_CHAR.test(needle.at(-1) ?? '') || !WORD_CHAR.test(after);
    if (startsClean && endsClean) return true;
  }
  return false;
}

/** Every question whose `passage.text` is not in `source`; a quiz's file name is its id (the validator enforces it). */
export function findMissingPassages(quizzes: QuizFile[], source: string): MissingPassage[] {
  const missing: MissingPassage[] = [];
  for (const quiz of quizzes) {
    for (const q of quiz.questions) {
      if (!containsPassage(source, q.passage.text)) {
        missing.push({ file: `${quiz.id}.json`, question: q.id, passage: q.passage.text });
      }
    }
  }
  return missing;
}

export function formatMissingPassage(m: MissingPassage, sourceName: string): string {
  return `${m.file} › question "${m.question}" › passage.text: not found word for word in ${sourceName}: "${m.passage}"`;
}
