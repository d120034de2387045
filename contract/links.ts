// Every address of a quiz's pages and API, built one way for the Worker, the widget and the editor.

import { type EmbedOptions, embedQuery } from './embed-options.ts';

const segment = (quizId: string) => encodeURIComponent(quizId);

/** The quiz's JSON API: `/api/quizzes/:quizId`, followed by `/attempts`, `/results`, `/groups/…`. */
export function quizApiPath(quizId: string): string {
  return `/api/quizzes/${segment(quizId)}`;
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
