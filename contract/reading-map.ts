// The reading map: marks on an article's text where a fact-checker would stop, and the timeline its dates add up to.

import type { Localized } from './quiz.ts';
import type { Skill } from './skills.ts';

export const SIGNAL_KINDS = [
  'attribution',
  'unnamed-source',
  'unsourced-number',
  'date',
  'timeline-conflict',
  'opinion',
  'quote',
  'headline-mismatch',
  'image-credit',
  'uncited-document',
] as const;

export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** A character range of `Article.text`, end exclusive. */
export type TextRange = { start: number; end: number };

export type Mark = TextRange & {
  kind: SignalKind;
  /** The skill a question on this passage would practise. */
  skill: Skill;
  /** One line for the author, in both languages ("Unnamed source: which experts?"). */
  reason: Localized;
  /** 0–1: how much a question on it would teach; the draft takes the strongest first. */
  strength: number;
  /** The words that triggered the mark, inside the range. */
  cue: TextRange;
  /** Another place the mark depends on: the earlier date of a timeline conflict, the body sentence a headline is compared with. */
  related?: TextRange;
  /** Who a claim, quote or figure is attributed to, when the text names them. */
  speaker?: string;
};

/** One dated statement of the article, in time order. */
export type TimelineEntry = TextRange & {
  /** The date words as written ("in June 2024", "9 months ago"). */
  text: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the text states one; relative dates stay text only. */
  date?: string;
  relative: boolean;
};

export type ReadingMap = { marks: Mark[]; timeline: TimelineEntry[] };
