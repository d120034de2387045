// Quotations: with a named speaker and occasion, with a speaker only, or with nobody named at all.

import type { Sentence } from '../analyse.ts';
import { type Detector, type Finding, has, inQuote, nameAround, tokensOf } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { speakerOf, speechVerb } from './attribution.ts';
import { datePhrases } from './dates.ts';

const TITLE_LEAD = /\b(titled|entitled|headlined|nicknamed|dubbed|known as)\s*$/i;
const OCCASION =
  /\b(at a|at the|in a statement|in an interview|told reporters|in a speech|on (?:x|twitter|television|tv|radio)|during a|in a post)\b/i;
const PRONOUN_SPEAKER = /\b(he|she|they)\s+(said|told|added|wrote|says)\b|\b(said|says)\s+(he|she)\b/i;

export const detectQuotes: Detector = (ctx) => {
  const found: Finding[] = [];
  const { sentences, quotes } = ctx.analysis;
  for (const q of quotes) {
    const text = ctx.article.text;
    if (TITLE_LEAD.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    const inside: Sentence[] = sentences.filter((s) => s.start < q.end && q.start < s.end);
    if (inside.length === 0 || inside.some((s) => s.part === 'chrome')) continue;
    const range = { start: Math.min(...inside.map((s) => s.start)), end: Math.max(...inside.map((s) => s.end)) };
    // The speaker is named in the quote's sentence, or the one before or after in the same paragraph.
    const around = sentences.filter(
      (s) => s.block === inside[0]!.block && s.index >= inside[0]!.index - 1 && s.index <= inside.at(-1)!.index + 1,
    );
    // "Trump: 'I will win'": a headline's speaker stands before a colon.
    let speaker: string | undefined = text
      .slice(inside[0]!.start, q.start)
      .match(/(?:^|[\s(])((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]+)\s*:\s*$/u)?.[1];
    let occasion = false;
    for (const s of [...inside, ...around.filter((s) => !inside.includes(s))]) {
      const tokens = tokensOf(ctx, s);
      const v = speechVerb(ctx, s, tokens);
      speaker ??= v >= 0 ? speakerOf(ctx, tokens, v) : undefined;
      if (!speaker && PRONOUN_SPEAKER.test(s.text)) {
        const earlier = sentences.filter((o) => o.index < s.index && o.index >= s.index - 3).reverse();
        for (const o of earlier) {
          const ot = tokensOf(ctx, o);
          const ov = speechVerb(ctx, o, ot);
          speaker ??= ov >= 0 ? speakerOf(ctx, ot, ov) : undefined;
          // "Mayor Ann Lee spoke on Monday. “…,” she added": the pronoun's person is the last one named.
          const person = ot.findLastIndex((t) => has(t, 'Person') && !inQuote(ctx, t));
          speaker ??= person >= 0 ? nameAround(ctx, ot, person) : undefined;
        }
      }
      occasion ||= OCCASION.test(s.text) || datePhrases(ctx, s).length > 0;
    }
    const words = text
      .slice(q.start + 1, q.end - 1)
      .trim()
      .split(/\s+/).length;
    const scare = words <= 3;
    found.push({
      kind: 'quote',
      skill: 'evidence-attribution',
      range,
      cue: q,
      strength: !speaker ? 0.75 : scare ? 0.5 : occasion ? 0.35 : 0.45,
      reason: !speaker
        ? scare
          ? REASONS.scareQuote(text.slice(q.start, q.end))
          : REASONS.quoteNoSpeaker()
        : occasion
          ? REASONS.quoteWithOccasion(speaker)
          : REASONS.quoteNoOccasion(speaker),
      ...(speaker ? { speaker } : {}),
    });
  }
  return found;
};
