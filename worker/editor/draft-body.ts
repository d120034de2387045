// Checks a draft the editor saves: its shape (not its completeness, which publish checks) and its article's hash.

import type { DraftArticle, SaveDraftRequest } from '../../contract/editor.ts';
import { fail } from '../errors.ts';

/** The reading map refuses longer articles; a draft can't hold one either. */
export const MAX_ARTICLE_CHARS = 200_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A draft may be unfinished, so only what storage relies on is checked here: the quiz is an object
 * whose id is the draft's, and the article's SHA-256 is the hash of its text, so a passage checked
 * against the stored text is checked against the article the editor imported.
 */
export async function checkDraftBody(id: string, body: unknown): Promise<SaveDraftRequest> {
  if (!isObj(body)) fail(400, 'bad_request', 'The body must be a JSON object with "quiz" and "article".');
  const { quiz, article, base } = body;
  if (!isObj(quiz)) fail(400, 'bad_request', 'Field "quiz" must be an object.');
  if (quiz.id !== id) fail(400, 'bad_request', `The quiz's id must be "${id}", the draft's address.`);
  if (base !== undefined && typeof base !== 'string') fail(400, 'bad_request', 'Field "base" must be a string.');
  if (article !== null) {
    if (!isObj(article) || typeof article.text !== 'string' || typeof article.sha256 !== 'string') {
      fail(400, 'bad_request', 'Field "article" must be null or an object with "text" and "sha256".');
    }
    if (article.text.length > MAX_ARTICLE_CHARS) {
      fail(
        413,
        'payload_too_large',
        `The article is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`,
      );
    }
    if ((await sha256Hex(article.text)) !== article.sha256) {
      fail(400, 'bad_request', 'The article\'s "sha256" is not the SHA-256 of its text.');
    }
  }
  return body as SaveDraftRequest & { article: DraftArticle | null };
}
