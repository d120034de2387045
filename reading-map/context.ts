// What every signal detector reads: the article, its sentences and tokens, and small helpers over them.

import type { Article } from '../contract/article.ts';
import type { Localized } from '../contract/quiz.ts';
import type { SignalKind, TextRange } from '../contract/reading-map.ts';
import type { Skill } from '../contract/skills.ts';
import { type Analysis, type Sentence, type Token, insideAny } from './analyse.ts';

export type MapContext = {
  article: Article;
  analysis: Analysis;
  /** The headline's sentence, when the text starts with it. */
  headline?: Sentence;
};

/** What a detector proposes; the map keeps the strongest per sentence and kind. */
export type Finding = {
  kind: SignalKind;
  skill: Skill;
  range: TextRange;
  cue: TextRange;
  strength: number;
  reason: Localized;
  related?: TextRange;
  speaker?: string;
};

export type Detector = (ctx: MapContext) => Finding[];

export const tokensOf = (ctx: MapContext, s: Sentence): Token[] => ctx.analysis.tokens.slice(s.first, s.last);

export const span = (tokens: readonly Token[]): TextRange => ({
  start: tokens[0]?.start ?? 0,
  end: tokens.at(-1)?.end ?? 0,
});

export const inQuote = (ctx: MapContext, t: Token): boolean => insideAny(ctx.analysis.quotes, t.start);

export const has = (t: Token | undefined, tag: string): boolean => t?.tags.has(tag) ?? false;

/** A proper name that is not a date word ("March", "Tuesday"). */
export const isName = (t: Token | undefined): boolean =>
  !!t && (has(t, 'Person') || has(t, 'Organization') || has(t, 'ProperNoun') || has(t, 'Place')) && !has(t, 'Date');

/** The run of name tokens around index i (e.g. "Dr. Ingrid Holm"), as written. */
export function nameAround(ctx: MapContext, tokens: readonly Token[], i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && isName(tokens[a - 1]) && !/[,;:]/.test(tokens[a - 1]!.post)) a--;
  while (b < tokens.length - 1 && isName(tokens[b + 1]) && !/[,;:]/.test(tokens[b]!.post)) b++;
  return ctx.article.text.slice(tokens[a]!.start, tokens[b]!.end);
}

/** Sentences before `s` in the same paragraph, nearest first. */
export function earlierInBlock(ctx: MapContext, s: Sentence): Sentence[] {
  return ctx.analysis.sentences.filter((o) => o.block === s.block && o.index < s.index).reverse();
}

export const words = (...list: string[]) => new Set(list);
