// Every address of a quiz's pages and API, built one way for the Worker, the widget and the editor.

import { type EmbedOptions, embedQuery } from './embed-options.ts';
import type { Lang } from './quiz.ts';

const segment = (quizId: string) => encodeURIComponent(quizId);

/** The quiz's JSON API: `/api/quizzes/:quizId`, followed by `/attempts`, `/results`, `/groups/…`. */
export function quizApiPath(quizId: string): string {
  return `/api/quizzes/${segment(quizId)}`;
}

/** The query that asks for question 1 only, which is all the first screens need. */
export const firstQuestionQuery = (lang: Lang) => `?lang=${lang}&questions=1`;

/**
 * Question 1's address: what embed.js asks for before anything else, and what snippets preload. A public
 * contract (docs/embedding.md): every pasted snippet's `<link rel="preload">` names this exact address, so
 * changing it, even the order of its parameters, turns those preloads into a second download.
 */
export function firstQuestionUrl(origin: string, quizId: string, lang: Lang): string {
  return `${origin}${quizApiPath(quizId)}${firstQuestionQuery(lang)}`;
}

/** The quiz's results page. */
export function resultsPath(quizId: string): string {
  return `/results/${segment(quizId)}`;
}

/** A class group's results page (it opens with `?key=`, the results secret). */
export function groupResultsPath(quizId: string, code: string): string {
  return `${resultsPath(quizId)}/groups/${code}`;
}

/** A class group's JSON API: `…/results`, `…/results.csv`, `…/key`. */
export function groupApiPath(quizId: string, code: string): string {
  return `${quizApiPath(quizId)}/groups/${code}`;
}

/** The quiz alone on a page, for iframes, oEmbed and links; with `group`, the class link. */
export function embedUrl(origin: string, quizId: string, options: EmbedOptions = {}): string {
  return `${origin}/embed/${segment(quizId)}${embedQuery(options)}`;
}
