// Figures without a named source: statistics, percentages, money, "one in three", polls and surveys.

import type { Sentence, Token } from '../analyse.ts';
import {
  type Detector,
  type Finding,
  type MapContext,
  earlierInBlock,
  has,
  isName,
  tokensOf,
  words,
} from '../context.ts';
import { REASONS } from '../reasons.ts';
import { speakerOf, speechVerb } from './attribution.ts';

const TIME_UNITS =
  /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|o'clock|am|pm|a\.m\.|p\.m\.)$/;
const FRACTIONS = words(
  'half',
  'third',
  'quarter',
  'fifth',
  'tenth',
  'majority',
  'minority',
  'halve',
  'halved',
  'doubled',
  'tripled',
);
const COMPARISON = /\b(?:down|up) from\b|\bfell\b|\brose\b|\brisen\b|\bfallen\b|\bincreased?\b|\bdecreased?\b/;
/** Institutions and documents a figure can belong to when the sentence names them by role ("the council", "the study"). */
const OWNERS = words(
  'council',
  'board',
  'union',
  'association',
  'authority',
  'department',
  'ministry',
  'government',
  'company',
  'agency',
  'court',
  'commission',
  'committee',
  'study',
  'researchers',
  'team',
  'authors',
  'paper',
  'budget',
  'report',
  'survey',
  'statement',
  'figures',
  'inspection',
  'census',
  'bureau',
  'office',
  'institute',
  'university',
  'bank',
  'fund',
  'foundation',
  'federation',
  'party',
);

/** The figure that makes the sentence statistical, or undefined. */
function figureIn(tokens: readonly Token[]): Token[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (has(t, 'Date') && !has(t, 'Money') && !has(t, 'Percent')) continue;
    if (has(t, 'Percent') || has(t, 'Money') || /^[$€£]|%$/.test(t.text) || next?.normal === 'percent') {
      return tokens.slice(i, next?.normal === 'percent' || has(next, 'Multiple') ? i + 2 : i + 1);
    }
    if (has(t, 'Value') && next?.normal === 'in' && has(tokens[i + 2], 'Value')) return tokens.slice(i, i + 3); // "8 in 10"
    if (has(t, 'Value') && next?.normal === 'out' && tokens[i + 2]?.normal === 'of' && has(tokens[i + 3], 'Value'))
      return tokens.slice(i, i + 4); // "9 out of 10"
    if (has(t, 'Value') && /^(thousand|million|billion|trillion|thousands|millions|billions)$/.test(next?.normal ?? ''))
      return tokens.slice(i, i + 2); // "14 million times"
    if (FRACTIONS.has(t.normal) && !has(t, 'Verb')) return [t];
    if (has(t, 'Value') && !has(t, 'Ordinal') && !TIME_UNITS.test(next?.normal ?? '') && !has(next, 'Date')) {
      const n = Number(t.normal.replace(/,/g, ''));
      if (Number.isFinite(n) && n >= 100 && !(n >= 1800 && n <= 2100 && !t.text.includes(','))) return [t];
      if (Number.isFinite(n) && n >= 10 && COMPARISON.test(tokens.map((x) => x.normal).join(' '))) return [t];
    }
  }
  return undefined;
}

/** True when the sentence attributes: a named speaker, "according to", or an owner ("the council", "the board's report"). */
function attributes(ctx: MapContext, s: Sentence, tokens: readonly Token[]): boolean {
  const verb = speechVerb(ctx, s, tokens);
  if (verb >= 0 && speakerOf(ctx, tokens, verb)) return true;
  if (tokens.some((t, i) => t.normal === 'according' && tokens[i + 1]?.normal === 'to')) return true;
  return tokens.some(
    (t, i) =>
      OWNERS.has(t.normal) &&
      tokens
        .slice(Math.max(0, i - 3), i)
        .some(
          (p) =>
            p.normal === 'the' || /['’]s$/.test(p.text) || has(p, 'Possessive') || isName(p) || /^[A-Z]/.test(p.text),
        ),
  );
}

/** Verbs of an actor's own decision, offer or budget: the figure is theirs ("The union is seeking 19 percent"). */
const OWN_ACTIONS = words(
  'seek',
  'offer',
  'propose',
  'pay',
  'spend',
  'allocate',
  'budget',
  'plan',
  'raise',
  'charge',
  'invest',
  'earn',
  'sell',
  'buy',
  'bid',
  'demand',
  'ask',
  'approve',
  'fine',
  'hire',
  'cut',
  'donate',
  'award',
  'lend',
  'borrow',
  'owe',
  'pledge',
  'set',
);

/**
 * True when the sentence names whose figure it is: it attributes, or a person or organisation is the actor of its
 * own decision or offer. Any capitalised word is not a source: "The total public debt of the United States stands at
 * nearly $16 trillion" rests on nobody.
 */
function ownSource(ctx: MapContext, s: Sentence, tokens: readonly Token[]): boolean {
  if (attributes(ctx, s, tokens)) return true;
  // "…rose 14 percent last year, she said": a pronoun speaks for the person named before it.
  const verb = speechVerb(ctx, s, tokens);
  if (verb > 0 && /^(he|she|they)$/.test(tokens[verb - 1]!.normal) && /[,”"’]/.test(tokens[verb - 2]?.post ?? ''))
    return true;
  if (verb >= 0 && verb === tokens.length - 2 && /^(he|she|they)$/.test(tokens[verb + 1]!.normal)) return true; // "…, said she"
  const actor = tokens.findIndex((t) => has(t, 'Person') || (has(t, 'Organization') && !has(t, 'Place')));
  return actor >= 0 && tokens.some((t, i) => i > actor && has(t, 'Verb') && OWN_ACTIONS.has(t.root));
}

/**
 * Sourced in the sentence, or attributed by the one before it in the same paragraph ("The study … tracked 12,400
 * adults. Those who walked… 18 percent"). A name in the sentence before is not a source: "The first dead birds were
 * found in August 2023… Since then, local bird populations have fallen by 70 percent" rests on nobody.
 */
function sourced(ctx: MapContext, s: Sentence, tokens: readonly Token[]): boolean {
  const text = tokens.map((t) => t.normal).join(' ');
  if (/\b(polls?|surveys?) (show|shows|suggest|suggests|found|find)\b|\ba poll\b|\ba survey\b/.test(text)) return false;
  if (ownSource(ctx, s, tokens)) return true;
  const previous = earlierInBlock(ctx, s)[0];
  return !!previous && attributes(ctx, previous, tokensOf(ctx, previous));
}

export const detectUnsourcedNumbers: Detector = (ctx) => {
  const found: Finding[] = [];
  for (const s of ctx.analysis.sentences) {
    if (s.part === 'chrome' || s.part === 'byline' || s.part === 'dateline') continue;
    const tokens = tokensOf(ctx, s);
    const figure = figureIn(tokens);
    const poll = tokens.find((t) => /^(polls?|surveys?)$/.test(t.normal));
    if (!figure && !poll) continue;
    if (sourced(ctx, s, tokens)) continue;
    const cueTokens = figure ?? [poll!];
    const cue = { start: cueTokens[0]!.start, end: cueTokens.at(-1)!.end };
    found.push({
      kind: 'unsourced-number',
      skill: 'stats-polls',
      range: s,
      cue,
      strength: 0.8,
      reason: figure ? REASONS.unsourcedNumber(ctx.article.text.slice(cue.start, cue.end)) : REASONS.unnamedPoll(),
    });
  }
  return found;
};
