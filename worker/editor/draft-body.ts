// Checks a draft the editor saves: its shape (not its completeness, which publish checks) and its article's hash.

import { MAX_ARTICLE_BYTES } from '../../contract/article.ts';
import type { SaveDraftRequest } from '../../contract/editor.ts';
import { sha256Hex } from '../../reading-map/extract/sha256.ts';
import { fail } from '../http/errors.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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
  if (base !== undefined && !(Number.isSafeInteger(base) && (base as number) > 0)) {
    fail(400, 'bad_request', 'Field "base" must be the revision the draft was loaded at, a whole number.');
  }
  if (article !== null) {
    if (!isObj(article) || typeof article.text !== 'string' || typeof article.sha256 !== 'string') {
      fail(400, 'bad_request', 'Field "article" must be null or an object with "text" and "sha256".');
    }
    // The reading map refuses longer articles; a draft can't hold one either.
    if (new TextEncoder().encode(article.text).byteLength > MAX_ARTICLE_BYTES) {
      fail(413, 'payload_too_large', `The article is larger than ${MAX_ARTICLE_BYTES / 1024} KB of text.`);
    }
    if ((await sha256Hex(article.text)) !== article.sha256) {
      fail(400, 'bad_request', 'The article\'s "sha256" is not the SHA-256 of its text.');
    }
  }
  return body as SaveDraftRequest;
}
