// A saved web page in: Readability (on linkedom's DOM, which runs anywhere) finds the article; we keep its blocks, captions and metadata.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticlePart, ArticlePartKind } from '../../contract/article.ts';
import { parseAbsoluteDate } from '../calendar.ts';
import type { Extracted } from './from-text.ts';
import { readPageMeta } from './page-meta.ts';

type Block = { kind: ArticlePartKind; text: string };

const BLOCKS: Record<string, ArticlePartKind> = {
  P: 'paragraph',
  BLOCKQUOTE: 'paragraph',
  PRE: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  FIGCAPTION: 'caption',
};
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'FIGURE',
  'UL',
  'OL',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
]);

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Null when Readability finds no article on the page. */
export function fromHtml(html: string): Extracted | null {
  const page = parseHTML(html).document;
  const visible = clean(page.body?.textContent);
  const captions = Array.from(page.querySelectorAll('figcaption, [class*="caption"], [class*="credit"]'))
    .filter(pictureCaption)
    .map((el) => clean(el.textContent))
    .filter(
      (t, i, all) =>
        t.length > 0 && t.length < 400 && all.indexOf(t) === i && !all.some((o) => o !== t && o.includes(t)),
    );
  const meta = readPageMeta(page);

  // Readability changes the DOM it reads: give it its own copy.
  const read = new Readability(parseHTML(html).document as unknown as Document, {
    serializer: (node: Node) => node,
  }).parse();
  const content = read?.content as Element | null | undefined;
  if (!read || !content) return null;

  const blocks: Block[] = [];
  collectBlocks(content, blocks);
  const body = blocks.filter((b) => b.text.length > 0);
  const bodyWords = body.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.split(' ').length : 0), 0);
  if (bodyWords < 60) return null;

  const title = clean(read.title) || clean(page.querySelector('h1')?.textContent) || body[0]?.text || '';
  const site = meta.site || clean(read.siteName) || undefined;
  // A person, not the outlet: Readability's byline can be "BBC News" or the site's name.
  const readByline = clean(read.byline).replace(/^(?:by|por)\s+/i, '');
  const byline =
    meta.author ||
    (readByline && readByline.length <= 80 && !(site && readByline.includes(site)) ? readByline : undefined);
  const visibleDate = meta.visibleDate;
  const publishedRaw = meta.published || clean(read.publishedTime) || visibleDate || undefined;
  const published = publishedRaw ? (parseAbsoluteDate(publishedRaw) ?? publishedRaw) : undefined;

  // The page's own words for byline and date, when it shows them; meta-only values stay out of the text.
  const top: Block[] = [{ kind: 'headline', text: title }];
  // Only words the page shows: its byline line, else the name alone where the page shows it.
  const bylineText = meta.visibleByline ?? '';
  if (byline && bylineText.includes(byline)) top.push({ kind: 'byline', text: bylineText });
  else if (byline && visible.includes(byline)) top.push({ kind: 'byline', text: byline });
  if (visibleDate && !top.some((b) => b.text.includes(visibleDate))) top.push({ kind: 'dateline', text: visibleDate });
  for (const c of captions) if (!body.some((b) => b.text.includes(c))) top.push({ kind: 'caption', text: c });
  // Readability sometimes keeps the title, byline or date line in the body: each appears once.
  const all = [...top, ...body.filter((b) => !top.some((t) => t.text === b.text))];

  const parts: ArticlePart[] = [];
  let text = '';
  for (const b of all) {
    if (text) text += '\n\n';
    parts.push({ kind: b.kind, start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  return { text, title, byline, site, published, parts };
}

/** Page furniture, not the article's pictures (an <aside> is kept: news pages set inline photos in one). */
const FURNITURE = 'nav, header, footer';
const wordCount = (el: Element | null | undefined) => clean(el?.textContent).split(' ').filter(Boolean).length;
/**
 * A caption or credit of a picture, not a teaser for another story: not in the page's furniture, and neither inside
 * nor holding a link of four words or more (a headline). Issue 21: "gallery-caption" lists of other stories'
 * headlines (Readability's tmz-1 and wikia test pages) were read as captions and put on top of the article.
 */
function pictureCaption(el: Element): boolean {
  if (el.closest(FURNITURE)) return false;
  if (wordCount(el.closest('a')) >= 4) return false;
  return !Array.from(el.querySelectorAll('a')).some((a) => wordCount(a) >= 4);
}

function collectBlocks(el: Element, out: Block[]): void {
  for (const child of Array.from(el.children)) {
    const kind = BLOCKS[child.tagName];
    const hasBlockChild = Array.from(child.children).some((c) => c.tagName in BLOCKS || CONTAINERS.has(c.tagName));
    if (kind && !(kind === 'list-item' && hasBlockChild)) out.push({ kind, text: clean(child.textContent) });
    else if (CONTAINERS.has(child.tagName) && hasBlockChild) collectBlocks(child, out);
    else if (CONTAINERS.has(child.tagName)) {
      const text = clean(child.textContent);
      if (text) out.push({ kind: 'paragraph', text });
    }
  }
}
