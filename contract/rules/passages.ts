// Passages are quotations: each must be in the article word for word (only whitespace and quote styles may differ).

import type { QuizFile } from '../quiz.ts';
import { type QuizProblem, problem } from './problem.ts';

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

/**
 * `article` null: none was given where one is needed (the editor before import), itself a problem.
 * Runs on a structurally valid quiz.
 */
export function passageProblems(quiz: QuizFile, article: string | null): QuizProblem[] {
  if (article === null)
    return [
      problem(
        'article-missing',
        'error',
        { field: 'article' },
        { en: 'Import the article the questions quote.', es: 'Importa el artículo que citan las preguntas.' },
      ),
    ];
  return quiz.questions
    .filter((q) => !containsPassage(article, q.passage.text))
    .map((q) =>
      problem(
        'passage-not-verbatim',
        'error',
        { question: q.id, field: 'passage.text' },
        {
          en: `This passage is not in the article word for word: quote it again from the article ("${q.passage.text}").`,
          es: `Este fragmento no aparece tal cual en el artículo: vuelve a citarlo desde el artículo ("${q.passage.text}").`,
        },
      ),
    );
}
