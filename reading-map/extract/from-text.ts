// Plain text in: the first real line is the headline, an optional "By …" line the byline; the text stays as given.

import type { ArticlePart, ArticlePartKind } from '../../contract/article.ts';
import { parseAbsoluteDate } from '../calendar.ts';

export type Extracted = {
  text: string;
  title: string;
  byline?: string;
  site?: string;
  published?: string;
  parts: ArticlePart[];
};

const RELATIVE_DATE =
  /\b(\d+|an?|one|two|three) (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b|\bhace \d+ (?:días|semanas|meses|años)\b|\b(?:yesterday|today|ayer|hoy)\b/i;
const DATE_LINE =
  /^(?:published|updated|posted|publicado)?:?\s*(?:on\s+)?([A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} (?:de )?[A-Za-záéíóú]{3,10},? (?:de )?\d{4}|\d{4}-\d{2}-\d{2})\s*$/i;
const CREDIT =
  /^(?:photo|image|picture|illustration|credit|foto|imagen)\b|\b(?:getty images|istock|shutterstock|unsplash|pexels|pixabay|alamy|ap photo|reuters\/)/i;
const CHROME_START =
  /^(?:about the (?:creator|author)|comments? \(\d+\)|reader insights|related (?:articles|stories)|share this|sign in|find us on|more from|recommended|©)/i;
const LIST_ITEM = /^\s*(?:[-•*▪]|\d+[.)])\s+/;

/** Reads the headline, byline, date and site from the top and bottom of a plain-text article. */
export function fromText(text: string): Extracted {
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, line: m[0] }));
  const parts: ArticlePart[] = [];
  const add = (kind: ArticlePartKind, l: { start: number; end: number; line: string }) => {
    const lead = l.line.length - l.line.trimStart().length;
    const trail = l.line.length - l.line.trimEnd().length;
    if (l.line.trim()) parts.push({ kind, start: l.start + lead, end: l.end - trail });
  };

  // Site chrome before the headline is short ("Interview logo", "Menu"): the headline is the first line of 3+ words.
  const headlineAt = Math.max(
    0,
    lines.findIndex((l) => (l.line.trim().match(/\S+/g)?.length ?? 0) >= 3),
  );
  const title = lines[headlineAt]?.line.trim() ?? '';
  let byline: string | undefined;
  let published: string | undefined;
  let site: string | undefined;
  let inChrome = false;

  // Each line's kind in reading order: the byline, dateline and site found on the way shape later lines.
  const kindOf = (l: (typeof lines)[number], i: number): ArticlePartKind => {
    const line = l.line.trim();
    if (i < headlineAt) return 'chrome';
    if (i === headlineAt) return 'headline';
    if (CHROME_START.test(line)) inChrome = true;
    const copyright = line.match(/^©\s*(?:\d{4}\s*)?(.+?)\s*(?:All rights reserved\.?)?$/i);
    if (copyright && !site) site = copyright[1]!.trim().replace(/(?<!\b(?:Inc|Ltd|Co|Corp|S\.A))\.$/, '');
    if (inChrome) return 'chrome';
    const by = i <= headlineAt + 4 && !byline ? line.match(/^By\s+(.+)$/) : null;
    if (by) {
      const [name, rest] = splitByline(by[1]!);
      byline = name;
      published ??= rest;
      return 'byline';
    }
    const dated = i <= headlineAt + 6 ? line.match(DATE_LINE) : null;
    if (dated && !published) {
      published = parseAbsoluteDate(dated[1]!) ?? dated[1]!;
      return 'dateline';
    }
    // A wire dateline: "HALIFAX, Nova Scotia, March 12, 2025 (Northline Wire) - …".
    const wire = !published
      ? line.match(
          /^[A-Z]{3,}[A-Z .'-]*,[^(]{0,60}?((?:[A-Z][a-z]{2,8}\.?) \d{1,2}, \d{4})?\s*(?:\(([^)]{2,60})\))?\s*[-–—]\s/,
        )
      : null;
    if (wire?.[1] && i <= headlineAt + 8) {
      published = parseAbsoluteDate(wire[1]);
      if (wire[2]) site ??= wire[2];
    }
    if (CREDIT.test(line) && line.split(/\s+/).length <= 40)
      return /^(?:photo|image|foto|imagen)\s*:/i.test(line) ? 'caption' : 'credit';
    if (LIST_ITEM.test(l.line)) return 'list-item';
    const words = line.split(/\s+/).length;
    if (i === headlineAt + 1 && words <= 20 && !/[.!?]$/.test(line) && !by) return 'standfirst';
    if ((words <= 10 && !/[.!?"”]$/.test(line)) || /:$/.test(line)) return 'heading';
    return 'paragraph';
  };
  for (const [i, l] of lines.entries()) add(kindOf(l, i), l);
  return { text, title, byline, site, published, parts };
}

/** "Apurbo40Published 9 months ago 4 min read" → ["Apurbo40", "9 months ago"]; "Jane Roe, Columnist" → ["Jane Roe"]. */
function splitByline(rest: string): [string, string | undefined] {
  const cut = rest.search(/\s*(?:·|\||—|–|\bPublished\b|Published|\bUpdated\b|,|\s-\s)/);
  const name = (cut >= 0 ? rest.slice(0, cut) : rest).trim();
  const tail = cut >= 0 ? rest.slice(cut) : '';
  const relative = tail.match(RELATIVE_DATE)?.[0];
  const absolute = parseAbsoluteDate(tail);
  return [name, absolute && /\d{4}/.test(tail) ? absolute : relative];
}
