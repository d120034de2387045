// The editor's one door to the reading map (issue 13): import an article, map its marks, name its parts.

import type { DraftArticle } from '../contract/editor.ts';
import type { Localized } from '../contract/quiz.ts';
import type { Skill } from '../contract/skills.ts';

/** A passage the map suggests a question about: a character range of the article text. */
export type Mark = { start: number; end: number; kind: string; skill: Skill; reason: Localized };

/** A stretch of the article a reader would name: headline, byline, a paragraph, a caption. */
export type ArticlePart = { kind: string; start: number; end: number };

export type Imported = {
  article: DraftArticle;
  source: { title: string; author: string; publisher: string; published?: string; url?: string };
};

export class ImportRefused extends Error {}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Placeholder until the reading map lands: plain text only, paragraphs by blank lines, no marks. */
export async function importArticle(input: { kind: 'text' | 'html'; content: string }): Promise<Imported> {
  if (input.kind === 'html') throw new ImportRefused('html');
  const text = input.content.replace(/\r\n?/g, '\n').trim();
  if (!text) throw new ImportRefused('empty');
  const [title = ''] = text.split('\n');
  const author = /^By (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  return { article: { text, sha256: await sha256Hex(text), title }, source: { title, author, publisher: '' } };
}

export function mapMarks(_article: DraftArticle): Mark[] {
  return [];
}

export function articleParts(article: DraftArticle): ArticlePart[] {
  const parts: ArticlePart[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
    parts.push({ kind: parts.length === 0 ? 'title' : 'paragraph', start: m.index, end: m.index + m[0].length });
  }
  return parts;
}
