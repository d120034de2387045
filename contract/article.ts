// An imported article: the text every passage is checked against, its parts and what the page says about it.

import type { Lang } from './quiz.ts';

/** What a stretch of the article text is; `chrome` is the page around the article (menus, footers, comments). */
export type ArticlePartKind =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'caption'
  | 'credit'
  | 'chrome';

/** A part of the article as a character range of `Article.text` (end exclusive). */
export type ArticlePart = { kind: ArticlePartKind; start: number; end: number };

export type Article = {
  /** The article as plain text: passages are quoted from it, and every range points into it. */
  text: string;
  /** SHA-256 of `text` (UTF-8), lowercase hex: a changed article gets a new hash. */
  sha256: string;
  /** The headline as the page gives it. */
  title: string;
  byline?: string;
  /** The site or publisher when the page names it. */
  site?: string;
  /**
   * The publication date as the page states it: an ISO date when it gives one, otherwise its own
   * words ("9 months ago"). A relative date is never turned into a date.
   */
  published?: string;
  lang: Lang;
  format: 'html' | 'text';
  wordCount: number;
  parts: ArticlePart[];
};

export type ArticleErrorCode = 'empty' | 'not-article' | 'too-large' | 'binary' | 'unsupported-language';

export type ArticleError = { code: ArticleErrorCode; message: string };

export type ArticleResult = { ok: true; article: Article } | { ok: false; error: ArticleError };

/** Largest article text the map accepts (UTF-8 bytes of the input): a long feature is ~60 KB. */
export const MAX_ARTICLE_BYTES = 200 * 1024;
