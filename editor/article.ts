// What the editor knows of an imported article without the reading map: why an import was refused, the parts to show.

import type { Article, ArticleErrorCode, ArticlePart } from '../contract/article.ts';

/** The map could not read what was given; `code` says why, and the editor says it in its own words. */
export class ImportRefused extends Error {
  constructor(readonly code: ArticleErrorCode) {
    super(code);
  }
}

/** The parts a reader would name, without the page around the article (menus, footers, comments). */
export function articleParts(article: Article): ArticlePart[] {
  return article.parts.filter((p) => p.kind !== 'chrome');
}
