// The timeline the article's dates add up to, and the places where they contradict each other.

import type { Sentence } from '../analyse.ts';
import { dayRange, parseAbsoluteDate } from '../calendar.ts';
import type { Localized } from '../../contract/quiz.ts';
import type { TimelineEntry } from '../../contract/reading-map.ts';
import type { Detector, Finding, MapContext } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { datePhrases } from './dates.ts';

type Dated = { sentence: Sentence; text: string; iso: string; start: number; end: number };

const QUICK =
  /\b(quickly|immediately|promptly|swiftly|instantly|at once|within hours|the same day|the next day|soon after)\b/i;
const REACTION = /\b(dismiss|deny|denie|reject|respond|react|answer|rebut|refute|condemn|criticiz|criticis|welcome)/i;
const AFTER = /\b(after|following|since)\b/i;
const BEFORE = /\b(before|ahead of|prior to)\b/i;
const AGO = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?) ago\b/i;
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Every absolute date phrase (with at least a year) in text order. */
function datedPhrases(ctx: MapContext): Dated[] {
  const out: Dated[] = [];
  for (const s of ctx.analysis.sentences) {
    for (const p of datePhrases(ctx, s)) {
      const start = p.tokens[0]!.start;
      const end = p.tokens.at(-1)!.end;
      const text = ctx.article.text.slice(start, end);
      const iso = /\d{4}/.test(text) ? parseAbsoluteDate(text) : undefined;
      if (iso) out.push({ sentence: s, text, iso, start, end });
    }
  }
  return out;
}

const month = (iso: string) => dayRange(iso)[0] / 30.44;
const label = (iso: string) => iso;

/** Finds sentences whose dates contradict the text around them. */
export function timelineConflicts(ctx: MapContext): Finding[] {
  const dated = datedPhrases(ctx);
  const found: Finding[] = [];
  const published = ctx.article.published && /^\d{4}/.test(ctx.article.published) ? ctx.article.published : undefined;
  const push = (d: Dated, related: { start: number; end: number } | undefined, detail: Localized) =>
    found.push({
      kind: 'timeline-conflict',
      skill: 'internal-consistency',
      range: d.sentence,
      cue: d,
      strength: 1,
      reason: REASONS.timelineConflict(detail),
      ...(related ? { related } : {}),
    });

  for (const d of dated) {
    const s = d.sentence;
    const inSentence = dated.filter((o) => o.sentence === s);
    // A "quick" reaction dated months after what it reacts to (remarks in June, "quickly" dismissed by someone in office from October).
    if (QUICK.test(s.text) && REACTION.test(s.text)) {
      const earlier = dated.filter((o) => o.sentence.index < s.index && o.sentence.index >= s.index - 3).at(-1);
      if (earlier && month(d.iso) - month(earlier.iso) >= 2 && inSentence[0] === d) {
        push(d, earlier, {
          en: `“quickly” reacting to something from ${label(earlier.iso)}, yet dated ${d.text.replace(/^(in|on) /, '')}.`,
          es: `reacciona “rápido” a algo de ${label(earlier.iso)}, pero con fecha ${d.text.replace(/^(in|on) /, '')}.`,
        });
        continue;
      }
    }
    // "X in August 2023, weeks after Y in October 2023": the order words and the dates disagree.
    const second = inSentence[1];
    if (inSentence[0] === d && second) {
      const between = ctx.article.text.slice(d.end, second.start);
      const [a] = dayRange(d.iso);
      const [b] = dayRange(second.iso);
      if ((AFTER.test(between) && a < b) || (BEFORE.test(between) && a > b)) {
        push(d, second, {
          en: `${d.text.replace(/^(in|on) /, '')} cannot come ${AFTER.test(between) ? 'after' : 'before'} ${second.text.replace(/^(in|on) /, '')}.`,
          es: `${d.text.replace(/^(in|on) /, '')} no puede ser ${AFTER.test(between) ? 'posterior' : 'anterior'} a ${second.text.replace(/^(in|on) /, '')}.`,
        });
        continue;
      }
    }
    // "Two years ago, in April 2024" in a piece published in June 2025.
    const ago = s.text.match(AGO);
    if (ago && published && inSentence[0] === d) {
      const n = Number(ago[1]) || NUMBER_WORDS[ago[1]!.toLowerCase()] || 0;
      const months = /year/i.test(ago[2]!) ? n * 12 : n;
      const gap = month(published) - month(d.iso);
      if (Math.abs(gap - months) > (months >= 12 ? 6 : 1.5)) {
        push(d, undefined, {
          en: `“${ago[0]}” from ${published} is not ${d.text.replace(/^(in|on) /, '')}.`,
          es: `“${ago[0]}” desde el ${published} no es ${d.text.replace(/^(in|on) /, '')}.`,
        });
      }
    }
  }
  return found;
}

export const detectTimelineConflicts: Detector = timelineConflicts;

/** Every date of the article in time order; relative ones keep their words and no date. */
export function buildTimeline(ctx: MapContext): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const s of ctx.analysis.sentences) {
    for (const p of datePhrases(ctx, s)) {
      if (p.title) continue;
      const start = p.tokens[0]!.start;
      const end = p.tokens.at(-1)!.end;
      const text = ctx.article.text.slice(start, end);
      const iso = !p.relative && /\d{4}/.test(text) ? parseAbsoluteDate(text) : undefined;
      entries.push({ start, end, text, relative: p.relative, ...(iso ? { date: iso } : {}) });
    }
  }
  const key = (e: TimelineEntry) => (e.date ? dayRange(e.date)[0] : Number.POSITIVE_INFINITY);
  return entries.sort((a, b) => key(a) - key(b) || a.start - b.start);
}
