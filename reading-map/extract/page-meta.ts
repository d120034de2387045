// What a saved page says about its article (byline, site, date), metadata first, never from a container element.

import { parseAbsoluteDate } from '../calendar.ts';

export type PageMeta = {
  /** A person's name from the page's metadata (JSON-LD author, meta author), not the outlet. */
  author?: string;
  site?: string;
  /** The publication date from metadata, as ISO (YYYY-MM-DD) when it parses. */
  published?: string;
  /** The date line as the page shows it, when a small dated element holds it. */
  visibleDate?: string;
  /** The byline as the page shows it, when a small byline element holds it. */
  visibleByline?: string;
};

/** A byline or date element holds a line, not a page: longer text is a container that matched by accident. */
const MAX_LINE = 120;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

type Node = {
  textContent: string | null;
  getAttribute(name: string): string | null;
  children: ArrayLike<unknown>;
  tagName: string;
};
type Doc = { querySelectorAll(selector: string): ArrayLike<Node> };

/**
 * A class token that ends with the job ("date", "post-date", "pubdate", "byline", "author-name"): not "update",
 * "validate" or "date-outer", which name something else or a container.
 */
const DATE_CLASS = /(?:^|\s|[_-]|pub)(?:date|dateline|published|timestamp)(?:\s|$)/i;
const BYLINE_CLASS = /(?:^|\s|[_-])(?:byline|author|author-name|contributor)(?:\s|$)/i;

export function readPageMeta(doc: Doc): PageMeta {
  const ld = jsonLdArticle(doc);
  const metaContent = (selector: string) => clean(doc.querySelectorAll(selector)[0]?.getAttribute('content'));
  const site = clean(ld?.publisher) || metaContent('meta[property="og:site_name"]') || undefined;
  const rawAuthor = clean(ld?.author) || metaContent('meta[name="author"]');
  // "Redacción La Gaceta del Sur", "BBC News": the outlet, not a person.
  const author = rawAuthor && !(site && rawAuthor.includes(site)) ? rawAuthor : undefined;
  const publishedRaw =
    clean(ld?.datePublished) ||
    metaContent('meta[property="article:published_time"]') ||
    clean(doc.querySelectorAll('time[datetime]')[0]?.getAttribute('datetime'));
  const published = publishedRaw ? parseAbsoluteDate(publishedRaw) : undefined;
  return {
    ...(author ? { author } : {}),
    ...(site ? { site } : {}),
    ...(published ? { published } : {}),
    ...lineOf(doc, 'time', DATE_CLASS, 'visibleDate'),
    ...lineOf(doc, '[rel="author"], [itemprop="author"]', BYLINE_CLASS, 'visibleByline'),
  };
}

/** The first small leaf-like element that is the selector or has a class naming the job as a whole word. */
function lineOf<K extends 'visibleDate' | 'visibleByline'>(
  doc: Doc,
  selector: string,
  classPattern: RegExp,
  key: K,
): Partial<Record<K, string>> {
  const candidates = [...Array.from(doc.querySelectorAll(selector)), ...Array.from(doc.querySelectorAll('[class]'))];
  for (const el of candidates) {
    if (el.tagName === 'HTML' || el.tagName === 'BODY' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    const own = el.getAttribute('class') ?? '';
    if (!el.tagName.match(/^(TIME|A|SPAN|P|DIV|LI|ADDRESS|SMALL|STRONG|EM|B)$/)) continue;
    if (!(classPattern.test(own) || candidatesFromSelector(selector, el))) continue;
    const text = clean(el.textContent);
    if (text && text.length <= MAX_LINE) return { [key]: text } as Partial<Record<K, string>>;
  }
  return {};
}

function candidatesFromSelector(selector: string, el: Node): boolean {
  if (selector === 'time') return el.tagName === 'TIME';
  return el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author';
}

type LdArticle = { author?: string; publisher?: string; datePublished?: string };

/** The page's JSON-LD `NewsArticle` (or `Article`/`BlogPosting`), when it has one that parses. */
function jsonLdArticle(doc: Doc): LdArticle | undefined {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === 'object' && '@graph' in d && Array.isArray(d['@graph']) ? d['@graph'] : [d],
    );
    for (const item of items as Record<string, unknown>[]) {
      const type = [item?.['@type']].flat().map(String);
      if (!type.some((t) => /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|OpinionNewsArticle)$/.test(t)))
        continue;
      return {
        author: nameOf(item.author, 'Person'),
        publisher: nameOf(item.publisher),
        datePublished: typeof item.datePublished === 'string' ? item.datePublished : undefined,
      };
    }
  }
  return undefined;
}

function nameOf(value: unknown, onlyType?: string): string | undefined {
  const first = [value].flat()[0];
  if (typeof first === 'string') return onlyType ? undefined : first;
  if (!first || typeof first !== 'object') return undefined;
  const o = first as Record<string, unknown>;
  if (onlyType && o['@type'] && o['@type'] !== onlyType) return undefined;
  return typeof o.name === 'string' ? o.name : undefined;
}
