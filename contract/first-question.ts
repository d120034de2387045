// The address of a quiz's first question: what embed.js asks for before anything else, and what snippets preload.

import type { Lang } from './quiz.ts';

/** Every call about one quiz: `path` follows `/api/quizzes/<quiz id>` (`/check`, `?lang=es`…). */
export function quizApiUrl(origin: string, quizId: string, path: string): string {
  return `${origin}/api/quizzes/${encodeURIComponent(quizId)}${path}`;
}

/** The query that asks for question 1 only, which is all the first screens need. */
export const firstQuestionQuery = (lang: Lang) => `?lang=${lang}&questions=1`;

/**
 * A public contract (docs/embedding.md): every pasted snippet's `<link rel="preload">` names this exact
 * address, so changing it, even the order of its parameters, turns those preloads into a second download.
 */
export function firstQuestionUrl(origin: string, quizId: string, lang: Lang): string {
  return quizApiUrl(origin, quizId, firstQuestionQuery(lang));
}
