// The reading map of an article: every detector's findings, one mark per sentence and signal, in text order.

import type { Article } from '../contract/article.ts';
import type { Mark, ReadingMap } from '../contract/reading-map.ts';
import { analyse } from './analyse.ts';
import type { Detector, Finding, MapContext } from './context.ts';
import { detectAttributions } from './signals/attribution.ts';
import { detectDates } from './signals/dates.ts';
import { detectHeadlineMismatch } from './signals/headline.ts';
import { detectImageCredits } from './signals/image-credit.ts';
import { detectOpinion } from './signals/opinion.ts';
import { detectQuotes } from './signals/quotes.ts';
import { mapSpanish, spanishTimeline } from './signals/spanish.ts';
import { buildTimeline, detectTimelineConflicts } from './signals/timeline.ts';
import { detectUncitedDocuments } from './signals/uncited-document.ts';
import { detectUnnamedSources } from './signals/unnamed-source.ts';
import { detectUnsourcedNumbers } from './signals/unsourced-number.ts';

const DETECTORS: Detector[] = [
  detectAttributions,
  detectUnnamedSources,
  detectUnsourcedNumbers,
  detectDates,
  detectTimelineConflicts,
  detectOpinion,
  detectQuotes,
  detectHeadlineMismatch,
  detectImageCredits,
  detectUncitedDocuments,
];

/** Maps an article: pure, synchronous, no I/O; runs in Node, the browser and a Worker. */
export function mapArticle(article: Article): ReadingMap {
  if (article.lang === 'es') return { marks: toMarks(mapSpanish(article)), timeline: spanishTimeline(article) };
  const analysis = analyse(article);
  const headlinePart = article.parts.find((p) => p.kind === 'headline');
  const headline = analysis.sentences.find(
    (s) => headlinePart && s.start >= headlinePart.start && s.start < headlinePart.end,
  );
  const ctx: MapContext = { article, analysis, ...(headline ? { headline } : {}) };
  return { marks: toMarks(DETECTORS.flatMap((detect) => detect(ctx))), timeline: buildTimeline(ctx) };
}

function toMarks(findings: Finding[]): Mark[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.kind}@${f.range.start}`;
    const held = best.get(key);
    if (!held || f.strength > held.strength) best.set(key, f);
  }
  return [...best.values()]
    .map((f) => ({
      start: f.range.start,
      end: f.range.end,
      kind: f.kind,
      skill: f.skill,
      reason: f.reason,
      strength: f.strength,
      cue: { start: f.cue.start, end: f.cue.end },
      ...(f.related ? { related: { start: f.related.start, end: f.related.end } } : {}),
      ...(f.speaker ? { speaker: f.speaker } : {}),
    }))
    .sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}
