// Every pattern, and which ones a mark of each signal kind tries, best first.

import type { Mark, SignalKind } from '../../contract/reading-map.ts';
import { claimOrProof, figureSource, whoSaid } from './attribution.ts';
import { dateGap, relativeDate, timelineConflict } from './dates.ts';
import { factOrOpinion, headlineBody } from './judgement.ts';
import { documentLookup, imageCredit, sourceCheck } from './page.ts';
import type { Pattern, PatternId } from './pattern.ts';
import { quoteTrace } from './quote.ts';
import { figureCheck, pollQuestions, unnamedSource } from './sources.ts';

export const PATTERNS: Record<PatternId, Pattern> = {
  'who-said': whoSaid,
  'figure-source': figureSource,
  'claim-or-proof': claimOrProof,
  'unnamed-source': unnamedSource,
  'poll-questions': pollQuestions,
  'figure-check': figureCheck,
  'date-gap': dateGap,
  'relative-date': relativeDate,
  'timeline-conflict': timelineConflict,
  'headline-body': headlineBody,
  'fact-or-opinion': factOrOpinion,
  'quote-trace': quoteTrace,
  'image-credit': imageCredit,
  'document-lookup': documentLookup,
  'source-check': sourceCheck,
};

const BY_KIND: Record<SignalKind, PatternId[]> = {
  attribution: ['figure-source', 'who-said', 'claim-or-proof'],
  'unnamed-source': ['poll-questions', 'unnamed-source'],
  'unsourced-number': ['poll-questions', 'figure-check', 'figure-source'],
  date: ['relative-date', 'date-gap'],
  'timeline-conflict': ['timeline-conflict'],
  opinion: ['fact-or-opinion'],
  quote: ['quote-trace', 'who-said'],
  'headline-mismatch': ['headline-body'],
  'image-credit': ['image-credit'],
  'uncited-document': ['document-lookup'],
};

/** The patterns a mark tries, best first: a claim or denial asks what it proves before who made it. */
export function patternsFor(mark: Mark): Pattern[] {
  const ids = BY_KIND[mark.kind];
  const ordered =
    mark.skill === 'claim-vs-denial' ? ['claim-or-proof' as const, ...ids.filter((i) => i !== 'claim-or-proof')] : ids;
  return ordered.map((id) => PATTERNS[id]);
}

/** The patterns a teacher can pick for a selected sentence (all but the closing source check, which takes no sentence). */
export const SELECTABLE: Pattern[] = Object.values(PATTERNS).filter((p) => p.kinds.length > 0);
