// Imports an article from a saved web page or plain text into an `Article`, or returns a clear error; never throws on bad input.

import { type ArticleResult, MAX_ARTICLE_BYTES } from '../../contract/article.ts';
import { decodeInput } from './decode-input.ts';
import { detectLanguage } from './detect-language.ts';
import { fromHtml } from './from-html.ts';
import { fromText } from './from-text.ts';
import { sha256Hex } from './sha256.ts';

/** A saved page carries markup, scripts and styles around its text: allow it more than the text itself. */
const MAX_HTML_BYTES = 10 * 1024 * 1024;

export type ExtractOptions = { format?: 'html' | 'text' };

const looksLikeHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
  (/^\s*</.test(text) && /<\/(?:p|div|article|body)>/i.test(text));

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export async function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): Promise<ArticleResult> {
  const decoded = decodeInput(input);
  if (!decoded.ok) return decoded;
  const format = options.format ?? (looksLikeHtml(decoded.text) ? 'html' : 'text');
  const inputBytes = new TextEncoder().encode(decoded.text).length;
  const tooLarge = (bytes: number, what: string): ArticleResult => ({
    ok: false,
    error: {
      code: 'too-large',
      message: `The ${what} is ${kb(bytes)}; the reading map takes at most ${kb(MAX_ARTICLE_BYTES)} of article text. Import the article alone, without the rest of the page or other articles.`,
    },
  });
  if (format === 'html' && inputBytes > MAX_HTML_BYTES) return tooLarge(inputBytes, 'page');
  if (format === 'text' && inputBytes > MAX_ARTICLE_BYTES) return tooLarge(inputBytes, 'text');

  const extracted = format === 'html' ? fromHtml(decoded.text) : fromText(decoded.text);
  if (!extracted) {
    return {
      ok: false,
      error: {
        code: 'not-article',
        message:
          'No article found on this page: it looks like a home page, a list of links or a page that needs JavaScript to show its text. Save the article’s own page, or paste its text.',
      },
    };
  }
  const textBytes = new TextEncoder().encode(extracted.text).length;
  if (textBytes > MAX_ARTICLE_BYTES) return tooLarge(textBytes, 'article text');
  if (extracted.text.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'The page has no text to read.' } };
  }
  const language = detectLanguage(extracted.text);
  if (!language.lang) {
    return {
      ok: false,
      error: {
        code: 'unsupported-language',
        message: `The article seems to be in ${language.name}; the reading map reads English and Spanish.`,
      },
    };
  }
  return {
    ok: true,
    article: {
      text: extracted.text,
      sha256: await sha256Hex(extracted.text),
      title: extracted.title,
      ...(extracted.byline ? { byline: extracted.byline } : {}),
      ...(extracted.site ? { site: extracted.site } : {}),
      ...(extracted.published ? { published: extracted.published } : {}),
      lang: language.lang,
      format,
      wordCount: extracted.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0,
      parts: extracted.parts,
    },
  };
}
