// oEmbed 1.0 (oembed.com): turns a Lateral page address into an iframe embed, so WordPress and Ghost embed by URL.

import type { QuizFile } from '../../contract/quiz.ts';
import { fail } from '../http/errors.ts';
import { quizzes } from '../quizzes/bundled.ts';
import { type EmbedOptions, quizEmbedOptions } from '../../contract/embed-options.ts';
import { FRAME_HEIGHT, FRAME_WIDTH, iframeMarkup, quizTitle } from './snippets.ts';

export type OembedResponse = {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: 'Lateral';
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

/** Consumers re-fetch after a day; the quiz text rarely changes and the iframe always shows the live quiz. */
const CACHE_AGE = 86400;

/**
 * Which quiz a pasted address shows: `/embed/ID` (its query options kept), `/results/ID` (the results
 * view), or the demo page `/` and `/?quiz=ID`. Only addresses on this Worker's own host count.
 */
export async function resolveEmbeddable(
  address: string,
  origin: string,
  findQuiz: FindQuiz,
): Promise<{ quiz: QuizFile; options: EmbedOptions } | undefined> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.host !== new URL(origin).host || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const query = (name: string) => url.searchParams.get(name) ?? undefined;
  const path = url.pathname.replace(/\/+$/, '');
  const match = /^\/(embed|results)\/([^/]+)$/.exec(path);
  if (match) {
    const quiz = await findQuiz(decodedSegment(match[2] ?? ''));
    if (!quiz) return undefined;
    const options = quizEmbedOptions(query);
    return { quiz, options: match[1] === 'results' ? { ...options, view: 'results' } : options };
  }
  if (path === '') {
    const id = query('quiz');
    const quiz = id ? await findQuiz(id) : quizzes[0];
    return quiz ? { quiz, options: quizEmbedOptions(query) } : undefined;
  }
  return undefined;
}

/** A path segment decoded, or '' when its escapes are malformed (`%` alone would throw a URIError). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** Reads `maxwidth`/`maxheight`: absent means no limit; anything but a positive integer is a bad request. */
function limit(value: string | undefined, name: string): number {
  if (value === undefined || value === '') return Number.POSITIVE_INFINITY;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    fail(400, 'bad_request', `Parameter "${name}" must be a positive whole number of pixels.`);
  return n;
}

/** Looks a quiz up by id, bundled or published (worker/quizzes/catalog.ts). */
export type FindQuiz = (id: string) => Promise<QuizFile | undefined>;

export async function oembed(
  origin: string,
  query: (name: string) => string | undefined,
  findQuiz: FindQuiz,
): Promise<OembedResponse> {
  const format = query('format') ?? 'json';
  if (format !== 'json') fail(501, 'not_implemented', 'Only format=json is supported.');
  const address = query('url');
  if (!address) fail(400, 'bad_request', 'Parameter "url" is required: the address of a Lateral quiz page.');
  const found = await resolveEmbeddable(address, origin, findQuiz);
  if (!found) fail(404, 'not_found', 'That address is not a Lateral quiz on this site.');
  const { quiz, options } = found;
  // The spec says providers must honour both limits, even ones too small to be useful.
  const width = Math.min(FRAME_WIDTH, limit(query('maxwidth'), 'maxwidth'));
  const height = Math.min(FRAME_HEIGHT, limit(query('maxheight'), 'maxheight'));
  return {
    type: 'rich',
    version: '1.0',
    title: quizTitle(quiz, options),
    provider_name: 'Lateral',
    provider_url: `${origin}/`,
    // WordPress strips the script and resizes by its own protocol; on Ghost and others it lets the iframe grow.
    html: `${iframeMarkup(origin, quiz, options, width, height)}<script src="${origin}/embed.js" crossorigin async></script>`,
    width,
    height,
    cache_age: CACHE_AGE,
  };
}
