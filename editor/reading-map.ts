// The editor's side of the reading map (reading-map/, issue 13): import an article, map its marks. Reached only
// through analysis.ts, the chunk fetched once there is an article; types may be imported from here freely.

import type { Article, ArticlePart } from '../contract/article.ts';
import type { QuizSource } from '../contract/quiz.ts';
import type { Mark, ReadingMap } from '../contract/reading-map.ts';
import { extractArticle, mapArticle } from '../reading-map/index.ts';
import { ImportRefused } from './article.ts';

export type { ArticlePart, Mark, ReadingMap };

/** Extracts the article from a saved page or pasted text; the quiz's source is filled from what the page says. */
export async function importArticle(
  input: string | Uint8Array,
  format: 'html' | 'text',
): Promise<{ article: Article; source: QuizSource }> {
  const result = await extractArticle(input, { format });
  if (!result.ok) throw new ImportRefused(result.error.code);
  const { article } = result;
  return {
    article,
    source: {
      title: article.title,
      author: article.byline ?? '',
      publisher: article.site ?? '',
      ...(article.published ? { published: article.published } : {}),
    },
  };
}

/** The map of an article (its marks and timeline): pure and synchronous, computed in the page whenever the article changes. */
export function readingMap(article: Article): ReadingMap {
  return mapArticle(article);
}
