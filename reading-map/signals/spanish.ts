// Spanish articles: the same signals from word lists and patterns (compromise reads English only); dates through chrono-node.

import type { Article } from '../../contract/article.ts';
import type { SignalKind, TimelineEntry } from '../../contract/reading-map.ts';
import { dayRange } from '../calendar.ts';
import type { Skill } from '../../contract/skills.ts';
import type { Finding } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { spanishDates } from './spanish-dates.ts';

type Rule = {
  kind: SignalKind;
  skill: Skill;
  strength: number;
  pattern: RegExp;
  reason: (m: string) => Finding['reason'];
};

const RULES: Rule[] = [
  {
    kind: 'attribution',
    skill: 'claim-vs-denial',
    strength: 0.7,
    pattern: /\b(negó|niega|desmintió|desmiente|afirmó|afirma|aseguró|asegura|rechazó|rechaza)\b/i,
    reason: (m) => REASONS.claimOrDenial(m),
  },
  {
    kind: 'attribution',
    skill: 'evidence-attribution',
    strength: 0.35,
    pattern:
      /\b(dijo|dice|dicen|declaró|señaló|explicó|advirtió|según|informó|informa|indicó|sostuvo|reconoció|anunció|añadió|admitió|respondió)\b/i,
    reason: () => REASONS.attributed(),
  },
  {
    kind: 'unnamed-source',
    skill: 'evidence-attribution',
    strength: 0.85,
    pattern:
      /\b(expertos|especialistas|fuentes|críticos|analistas|funcionarios|científicos|investigadores|algunos|muchos|las encuestas|los estudios|dicen que)\b/i,
    reason: (m) => REASONS.unnamedSource(m),
  },
  {
    kind: 'unsourced-number',
    skill: 'stats-polls',
    strength: 0.8,
    pattern: /\b\d+(?:[.,]\d+)?\s*(?:%|por ciento|millones|mil millones)|\buno de cada \w+\b|\bla mayoría\b/i,
    reason: (m) => REASONS.unsourcedNumber(m),
  },
  {
    kind: 'opinion',
    skill: 'fact-vs-opinion',
    strength: 0.65,
    pattern:
      /\b(claramente|obviamente|sin duda|evidentemente|desastros[oa]|inquebrantable|vergonzos[oa]|lo más viable|el más|la más)\b/i,
    reason: (m) => REASONS.opinion(m),
  },
  {
    kind: 'quote',
    skill: 'evidence-attribution',
    strength: 0.45,
    pattern: /«[^»\n]{1,600}»|“[^”\n]{1,600}”|"[^"\n]{1,600}"/,
    reason: () => REASONS.quoteNoOccasion('?'),
  },
  {
    kind: 'image-credit',
    skill: 'image-provenance',
    strength: 0.8,
    pattern: /\b(?:foto de archivo|imagen de archivo|Getty Images|Shutterstock|Unsplash|Pexels|iStock)\b/i,
    reason: (m) => REASONS.stockImage(m),
  },
  {
    kind: 'uncited-document',
    skill: 'lateral-reading',
    strength: 0.75,
    pattern:
      /\b(?:la constitución|la ley|un estudio|un informe|los estudios|el reglamento)\b(?![^.]*\b(?:artículo|\d{4}|https?:))/i,
    reason: (m) => REASONS.uncitedDocument(m),
  },
];

/**
 * Sentences by punctuation and line breaks, with their ranges. A full stop ends a sentence only before a space, a
 * closing quote or the end: "80.000" and "3.5" stay whole.
 */
export function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/(?:[^\n.!?]|[.!?](?![\s"»”)]|$))+(?:[.!?]+["»”)]?|$)/gm)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      return { start: m.index + lead, end: m.index + lead + t.length, text: t };
    })
    .filter((s) => s.text.length > 1);
}

export function mapSpanish(article: Article): Finding[] {
  const found: Finding[] = [];
  const sentences = sentencesOf(article.text);
  for (const d of spanishDates(article.text)) {
    const s = sentences.find((x) => x.start <= d.start && d.start < x.end);
    if (!s || /^©/.test(s.text) || found.some((f) => f.kind === 'date' && f.range === s)) continue;
    found.push({
      kind: 'date',
      skill: 'date-context',
      range: s,
      cue: { start: d.start, end: Math.min(d.end, s.end) },
      strength: d.relative ? 0.6 : 0.3,
      reason: d.relative ? REASONS.relativeDate(d.text) : REASONS.absoluteDate(d.text),
    });
  }
  for (const s of sentences) {
    for (const rule of RULES) {
      const m = s.text.match(rule.pattern);
      if (!m || m.index === undefined) continue;
      const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      found.push({
        kind: rule.kind,
        skill: rule.skill,
        range: s,
        cue,
        strength: rule.strength,
        reason: rule.reason(m[0]),
      });
    }
  }
  return found;
}

/** The Spanish article's dates in time order; relative ones keep their words and no date. */
export function spanishTimeline(article: Article): TimelineEntry[] {
  const entries: TimelineEntry[] = spanishDates(article.text).map((d) => ({
    start: d.start,
    end: d.end,
    text: d.text,
    relative: d.relative,
    ...(d.iso ? { date: d.iso } : {}),
  }));
  const key = (e: TimelineEntry) => (e.date ? dayRange(e.date)[0] : Number.POSITIVE_INFINITY);
  return entries.sort((a, b) => key(a) - key(b) || a.start - b.start);
}
