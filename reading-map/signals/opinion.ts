// Opinion and loaded words in the author's own voice, stated as fact ("clearly", "the most viable", "unwavering").

import type { Token } from '../analyse.ts';
import { type Detector, type Finding, has, inQuote, tokensOf, words } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { speechVerb } from './attribution.ts';

const CERTAINTY = words(
  'clearly',
  'obviously',
  'undeniably',
  'undoubtedly',
  'unquestionably',
  'plainly',
  'evidently',
  'surely',
  'indisputably',
);
const LOADED = words(
  'unwavering',
  'disastrous',
  'reckless',
  'failed',
  'shameful',
  'outrageous',
  'absurd',
  'ridiculous',
  'catastrophic',
  'devastating',
  'corrupt',
  'incompetent',
  'pathetic',
  'heroic',
  'brilliant',
  'obvious',
  'rushed',
  'poorly',
  'scandalous',
  'disgraceful',
  'shocking',
  'horrific',
  'appalling',
  'laughable',
  'stunning',
  'unprecedented',
  'radical',
  'extreme',
  'dangerous',
  'irresponsible',
  'sham',
  'hoax',
  'mainstream',
  'propaganda',
);
/** Phrases that ask the reader to take a judgement as seen by all. */
const PHRASES = [
  /\bfor everyone to see\b/i,
  /\banyone (?:who|can)\b.*\bcan see\b/i,
  /\beveryone knows\b/i,
  /\bno coincidence\b/i,
  /\bthe answer is obvious\b/i,
  /\btell you everything you need to know\b/i,
  /\bthey don'?t want you to know\b/i,
  /\bhave done nothing\b/i,
  /\bthe truth is\b/i,
  /\bmake no mistake\b/i,
  /\bof course\b/i,
];
/** Superlatives that rank without a measure ("the most viable", "the easiest"); "the first", "the largest city" are facts. */
const EVALUATIVE_SUPERLATIVE = /^(most|best|worst|easiest|hardest|greatest|finest|smartest|wisest|safest|only)$/;

export const detectOpinion: Detector = (ctx) => {
  const found: Finding[] = [];
  for (const s of ctx.analysis.sentences) {
    if (
      s.part === 'chrome' ||
      s.part === 'byline' ||
      s.part === 'dateline' ||
      s.part === 'caption' ||
      s.part === 'credit'
    )
      continue;
    const tokens = tokensOf(ctx, s);
    const verb = speechVerb(ctx, s, tokens);
    const own = (t: Token, i: number) => !inQuote(ctx, t) && (verb < 0 || i < verb);
    let cue: Token[] | undefined;
    const phrase = PHRASES.map((p) => s.text.match(p)).find(Boolean);
    if (phrase && phrase.index !== undefined) {
      const start = s.start + phrase.index;
      cue = tokens.filter((t) => t.start >= start && t.end <= start + phrase[0].length);
    }
    for (let i = 0; !cue && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!own(t, i)) continue;
      if (CERTAINTY.has(t.normal) || LOADED.has(t.normal)) cue = [t];
      else if (
        EVALUATIVE_SUPERLATIVE.test(t.normal) &&
        tokens[i - 1]?.normal === 'the' &&
        (has(tokens[i + 1], 'Adjective') || has(t, 'Superlative'))
      ) {
        cue = has(tokens[i + 1], 'Adjective') ? [t, tokens[i + 1]!] : [t];
      } else if (has(t, 'Superlative') && tokens[i - 1]?.normal === 'the' && EVALUATIVE_SUPERLATIVE.test(t.normal))
        cue = [t];
    }
    if (!cue?.length) continue;
    const range = { start: cue[0]!.start, end: cue.at(-1)!.end };
    found.push({
      kind: 'opinion',
      skill: 'fact-vs-opinion',
      range: s,
      cue: range,
      strength: 0.65,
      reason: REASONS.opinion(ctx.article.text.slice(range.start, range.end)),
    });
  }
  return found;
};
