// Spanish articles: the same signals from word lists and patterns (compromise reads English only), without the timeline.

import type { Article } from '../../contract/article.ts';
import type { SignalKind } from '../../contract/reading-map.ts';
import type { Skill } from '../../contract/skills.ts';
import type { Finding } from '../context.ts';
import { REASONS } from '../reasons.ts';

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
    pattern: /\b(dijo|dice|declaró|señaló|explicó|advirtió|según|informó|indicó|sostuvo|reconoció|anunció)\b/i,
    reason: () => REASONS.attributed(),
  },
  {
    kind: 'unnamed-source',
    skill: 'evidence-attribution',
    strength: 0.85,
    pattern:
      /\b(expertos|especialistas|fuentes|críticos|analistas|funcionarios|científicos|investigadores|algunos|muchos|las encuestas|los estudios)\b/i,
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
    kind: 'date',
    skill: 'date-context',
    strength: 0.5,
    pattern:
      /\bhace \w+ (?:días|semanas|meses|años)\b|\bel año pasado\b|\brecientemente\b|\b(?:ex|actual|expresidente|expresidenta)\b|\b\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?: de \d{4})?|\ben (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\b/i,
    reason: (m) => REASONS.relativeDate(m),
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

/** Sentences by punctuation and line breaks, with their ranges. */
function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/[^\n.!?]+(?:[.!?]+["»”]?|$)/gm)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      return { start: m.index + lead, end: m.index + lead + t.length, text: t };
    })
    .filter((s) => s.text.length > 1);
}

export function mapSpanish(article: Article): Finding[] {
  const found: Finding[] = [];
  for (const s of sentencesOf(article.text)) {
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
