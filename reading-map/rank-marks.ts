// The map's short list: every mark scored with the factors behind its score, the top 10–15 spread across skills and the article.

import type { Mark, SignalKind } from '../contract/reading-map.ts';
import type { Skill } from '../contract/skills.ts';

/** Why a mark scores what it does: each factor multiplies the detector's strength. */
export type RankFactor =
  /** The detector's own strength for this mark (0–1). */
  | { factor: 'strength'; weight: number }
  /** How much a question on this kind of signal teaches, whatever the article. */
  | { factor: 'signal'; kind: SignalKind; weight: number }
  /** The headline, standfirst or opening is what most readers read; a mark there counts a little more. */
  | { factor: 'opening'; weight: number }
  /** The same kind and reason already ranked higher: a second one teaches less. */
  | { factor: 'repeat'; weight: number };

export type RankedMark = Mark & { score: number; factors: RankFactor[] };

export type Ranking = {
  /** The short list a teacher acts on, strongest first. */
  top: RankedMark[];
  /** Everything else ("show all"), strongest first. */
  rest: RankedMark[];
};

export type RankOptions = {
  /** How many marks the short list holds at most (10–15 reads well). */
  size?: number;
  /** At least this many when the article has them, relaxing the spread rules if needed. */
  minSize?: number;
  /** At most this many marks practising one skill. */
  maxPerSkill?: number;
  /** The article is cut into this many equal stretches; each holds at most its share of the list plus one. */
  stretches?: number;
  /** Length of the article text, to place marks in stretches (defaults to the last mark's end). */
  textLength?: number;
};

/** Teaching value of each signal: what a reader can check and learn from, not how often it occurs. */
const SIGNAL_WEIGHT: Record<SignalKind, number> = {
  'headline-mismatch': 1,
  'timeline-conflict': 1,
  'unnamed-source': 0.95,
  'unsourced-number': 0.95,
  'uncited-document': 0.9,
  opinion: 0.9,
  'image-credit': 0.85,
  quote: 0.8,
  attribution: 0.75,
  date: 0.6,
};

const OPENING_SHARE = 0.15;
const OPENING_WEIGHT = 1.1;
const REPEAT_WEIGHT = 0.85;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Scores every mark with its factors, strongest first; ties go to the earlier mark. */
export function scoreMarks(marks: readonly Mark[], textLength = lastEnd(marks)): RankedMark[] {
  const seen = new Map<string, number>();
  return [...marks]
    .map((m) => {
      const factors: RankFactor[] = [
        { factor: 'strength', weight: m.strength },
        { factor: 'signal', kind: m.kind, weight: SIGNAL_WEIGHT[m.kind] },
      ];
      if (m.start < textLength * OPENING_SHARE) factors.push({ factor: 'opening', weight: OPENING_WEIGHT });
      return { ...m, factors, score: product(factors) };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .map((m) => {
      const key = `${m.kind}:${m.reason.en}`;
      const times = seen.get(key) ?? 0;
      seen.set(key, times + 1);
      if (times === 0) return { ...m, score: round(m.score) };
      const factors: RankFactor[] = [...m.factors, { factor: 'repeat', weight: REPEAT_WEIGHT ** times }];
      return { ...m, factors, score: round(product(factors)) };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * The short list and the rest. Greedy by score, under three spread rules: one mark per passage, at most
 * `maxPerSkill` per skill, and at most its share (plus one) per stretch of the article. When the rules leave the list
 * under `minSize`, it is filled by score from what they held back, so a short article still gets a full list.
 */
export function rankMarks(
  marks: readonly Mark[],
  { size = 12, minSize = 10, maxPerSkill = 3, stretches = 4, textLength = lastEnd(marks) }: RankOptions = {},
): Ranking {
  const scored = scoreMarks(marks, textLength);
  const perSkill = new Map<Skill, number>();
  const perStretch = new Map<number, number>();
  const passages = new Set<string>();
  const cap = Math.ceil(size / stretches) + 1;
  const stretchOf = (m: Mark) => Math.min(stretches - 1, Math.floor((m.start / Math.max(1, textLength)) * stretches));
  const top: RankedMark[] = [];
  const take = (m: RankedMark) => {
    top.push(m);
    passages.add(`${m.start}:${m.end}`);
    perSkill.set(m.skill, (perSkill.get(m.skill) ?? 0) + 1);
    perStretch.set(stretchOf(m), (perStretch.get(stretchOf(m)) ?? 0) + 1);
  };
  for (const m of scored) {
    if (top.length >= size) break;
    if (passages.has(`${m.start}:${m.end}`)) continue;
    if ((perSkill.get(m.skill) ?? 0) >= maxPerSkill) continue;
    if ((perStretch.get(stretchOf(m)) ?? 0) >= cap) continue;
    take(m);
  }
  for (const m of scored) {
    if (top.length >= minSize) break;
    if (!top.includes(m) && !passages.has(`${m.start}:${m.end}`)) take(m);
  }
  const chosen = new Set(top);
  return { top, rest: scored.filter((m) => !chosen.has(m)) };
}

function product(factors: readonly RankFactor[]): number {
  return factors.reduce((p, f) => p * f.weight, 1);
}

function lastEnd(marks: readonly Mark[]): number {
  return marks.reduce((n, m) => Math.max(n, m.end), 0);
}
