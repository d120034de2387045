// What a pattern is: one media-literacy move, turned from a mark of the reading map into a complete question.

import type { Article } from '../../contract/article.ts';
import type { Localized, Stance } from '../../contract/quiz.ts';
import type { Mark, ReadingMap, SignalKind, TextRange } from '../../contract/reading-map.ts';
import type { Skill } from '../../contract/skills.ts';
import type { ArticleFacts } from '../article-facts.ts';

export type WriterContext = { article: Article; map: ReadingMap; facts: ArticleFacts };

export type ChoiceDraft = { text: Localized; explanation: Localized };

/** A question as a pattern writes it; `toQuestion` gives it ids, places the key and marks it for review. */
export type Written = {
  pattern: PatternId;
  skill: Skill;
  stance: Stance;
  prompt: Localized;
  key: ChoiceDraft;
  /** Two or three real alternatives, each with why it is wrong. */
  distractors: ChoiceDraft[];
  /** The lesson, shown to every reader after answering. */
  explanation: Localized;
  /** What the template may have got wrong about this article: the teacher reads it beside the review tick. */
  check: Localized;
  /** The verbatim passage the question rests on. */
  passage: TextRange;
  /** 0–1, from the mark's rank: the draft puts the strongest first. */
  strength: number;
};

export const PATTERN_IDS = [
  'who-said',
  'figure-source',
  'claim-or-proof',
  'unnamed-source',
  'poll-questions',
  'figure-check',
  'date-gap',
  'relative-date',
  'timeline-conflict',
  'headline-body',
  'fact-or-opinion',
  'quote-trace',
  'image-credit',
  'document-lookup',
  'source-check',
] as const;

export type PatternId = (typeof PATTERN_IDS)[number];

export type Pattern = {
  id: PatternId;
  /** The map's signal kinds it drafts from; the source check drafts from the article's publisher. */
  kinds: readonly SignalKind[];
  /** How the editor names it in "Draft from the selection". */
  label: Localized;
  /** A question, or null when this article does not give the pattern what it needs (no speaker, no other date…). */
  write: (mark: Mark, ctx: WriterContext) => Written | null;
};

/** The words a mark points at, and the sentence around them. */
export function markText(mark: Mark, ctx: WriterContext) {
  return {
    sentence: ctx.article.text.slice(mark.start, mark.end),
    cue: ctx.article.text.slice(mark.cue.start, mark.cue.end),
  };
}

/** Whether a choice would only repeat what the prompt or another choice already says. */
export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
