// Splits an article's text into sentences and tagged tokens with exact character offsets (compromise does the tagging).

import type { Article, ArticlePartKind } from '../contract/article.ts';
import type { TextRange } from '../contract/reading-map.ts';
import { parse } from './nlp.ts';

export type Token = {
  text: string;
  /** Lowercase, punctuation-free form. */
  normal: string;
  /** The dictionary form where compromise knows it ("said" → "say"), else `normal`. */
  root: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation and spaces written before and after the word. */
  pre: string;
  post: string;
  sentence: number;
};

export type Sentence = TextRange & {
  index: number;
  text: string;
  /** Index of the first token and one past the last in `Analysis.tokens`. */
  first: number;
  last: number;
  part: ArticlePartKind;
  /** Index of the paragraph (text block between blank lines or a list item) the sentence belongs to. */
  block: number;
};

export type Analysis = { text: string; sentences: Sentence[]; tokens: Token[]; quotes: TextRange[] };

const OPENING = /["“‘«]/;

/** A compromise term as `parse` leaves it: tagged, with its lemma and offset (compromise's types omit the last two). */
type RawTerm = {
  text: string;
  normal?: string;
  root?: string;
  pre: string;
  post: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
};

/** Tokens and sentences for English text; sentences never cross a line break. */
export function analyse(article: Pick<Article, 'text' | 'parts'>): Analysis {
  const { text } = article;
  // compromise's own terms, read in place: a JSON copy of them would only be turned back into tokens.
  const docs = parse(text).docs as RawTerm[][];
  const tokens: Token[] = [];
  for (const terms of docs) {
    for (const t of terms) {
      const start = locate(text, t.text, t.offset?.start ?? 0);
      if (start < 0 || t.text === '') continue;
      const normal = t.normal ?? t.text.toLowerCase();
      tokens.push({
        text: t.text,
        normal,
        root: t.root ?? normal,
        tags: t.tags ?? new Set(),
        start,
        end: start + t.text.length,
        pre: t.pre,
        post: t.post,
        sentence: -1,
      });
    }
  }
  const sentences = splitSentences(text, docs, tokens, article.parts);
  return { text, sentences, tokens, quotes: findQuotes(text) };
}

/** compromise's offsets drift after some punctuation ("- " bullets): trust the word, search near the offset. */
function locate(text: string, word: string, offset: number): number {
  if (text.startsWith(word, offset)) return offset;
  for (let d = 1; d <= 4; d++) {
    if (text.startsWith(word, offset + d)) return offset + d;
    if (offset - d >= 0 && text.startsWith(word, offset - d)) return offset - d;
  }
  return text.indexOf(word, Math.max(0, offset - 8));
}

function splitSentences(text: string, docs: RawTerm[][], tokens: Token[], parts: Article['parts']): Sentence[] {
  // compromise's sentences, cut again at every line break: lines are structure (headings, list items, captions).
  const ranges: TextRange[] = [];
  let ti = 0;
  for (const terms of docs) {
    const n = terms.filter((t) => t.text !== '').length;
    const own = tokens.slice(ti, ti + n);
    ti += n;
    if (own.length === 0) continue;
    let from = 0;
    for (let i = 1; i <= own.length; i++) {
      const prev = own[i - 1]!;
      const next = own[i];
      const between = next ? text.slice(prev.end, next.start) : '';
      // compromise keeps `…had been "approved." He suggested` together; a closing quote after a full stop ends a sentence too.
      const quoteEnd = /^[.!?]["”’]\s/.test(between) && /^[A-Z“"]/.test(next?.text ?? '');
      if (next && !between.includes('\n') && !quoteEnd) continue;
      const chunk = own.slice(from, i);
      from = i;
      const head = chunk[0]!;
      const tail = chunk.at(-1)!;
      const lead = head.pre.replace(/^[\s\S]*?(["“‘«(]*)$/, '$1');
      const start = head.start - (OPENING.test(lead) || lead.startsWith('(') ? lead.length : 0);
      const trail = tail.post
        .split('\n')[0]!
        .replace(/\s+$/, '')
        .replace(/^([^\s]*)[\s\S]*$/, '$1');
      ranges.push({ start: Math.max(0, start), end: tail.end + trail.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let block = 0;
  let prevEnd = 0;
  for (const r of ranges) {
    const gap = text.slice(prevEnd, r.start);
    if (sentences.length > 0 && /\n\s*\n|\n\s*(?:[-•*]|\d+\.)\s/.test(`${gap}${text[r.start] ?? ''}`)) block++;
    else if (sentences.length > 0 && /\n\s*[-•*]\s*$/.test(gap)) block++;
    prevEnd = r.end;
    const index = sentences.length;
    const firstTok = tokens.findIndex((t) => t.start >= r.start);
    let last = firstTok;
    while (last < tokens.length && tokens[last]!.end <= r.end) tokens[last++]!.sentence = index;
    sentences.push({
      index,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      first: firstTok,
      last,
      part: partAt(parts, r.start),
      block,
    });
  }
  return sentences;
}

function partAt(parts: Article['parts'], at: number): ArticlePartKind {
  return parts.find((p) => p.start <= at && at < p.end)?.kind ?? 'paragraph';
}

const SINGLE =
  /(?<![\p{L}\p{N}])‘[^‘’\n]{1,300}?(?:’\p{L}[^‘’\n]{0,300}?)*’(?![\p{L}\p{N}])|(?<![\p{L}\p{N}'])'(?=\p{L})[^'\n]{2,300}?(?:'\p{L}[^'\n]{0,300}?)*(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu;

/** Quoted stretches ("…", “…”, «…», '…', ‘…’), inside one paragraph; the quote marks are part of the range. */
export function findQuotes(text: string): TextRange[] {
  const quotes: TextRange[] = [];
  const pattern = /“[^”\n]{1,600}”|"[^"\n]{1,600}"|«[^»\n]{1,600}»/g;
  for (const m of text.matchAll(pattern)) quotes.push({ start: m.index, end: m.index + m[0].length });
  // Single quotes ('…', ‘…’), common in British headlines; an apostrophe inside a word ("don’t", "Smiths'") is no quote mark.
  for (const m of text.matchAll(SINGLE)) {
    if (!insideAny(quotes, m.index)) quotes.push({ start: m.index, end: m.index + m[0].length });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export function insideAny(ranges: readonly TextRange[], at: number): boolean {
  return ranges.some((r) => r.start <= at && at < r.end);
}

export function sentenceTokens(a: Analysis, s: Sentence): Token[] {
  return a.tokens.slice(s.first, s.last);
}
