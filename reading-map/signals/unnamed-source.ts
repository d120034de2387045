// Unnamed sources: "experts", "sources say", "critics", "polls show", "one of them told me", a vague "some"/"many".

import type { Token } from '../analyse.ts';
import { type Detector, type Finding, has, inQuote, isName, span, tokensOf, words } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { speakerOf, speechVerb } from './attribution.ts';

/** People or bodies a claim is pinned on without naming them. */
const VAGUE = words(
  'experts',
  'sources',
  'critics',
  'officials',
  'analysts',
  'observers',
  'scientists',
  'researchers',
  'doctors',
  'economists',
  'supporters',
  'opponents',
  'insiders',
  'residents',
  'people',
  'retailers',
  'shippers',
  'lawmakers',
  'conservatives',
  'liberals',
  'activists',
  'insiders',
  'specialists',
  'studies',
  'polls',
  'surveys',
  'others',
  'witnesses',
  'locals',
  'parents',
  'teachers',
  'users',
  'voters',
  'diplomats',
  'investors',
  'commentators',
  'nutritionists',
  'viewers',
  'readers',
  'listeners',
  'pundits',
  'campaigners',
  'scholars',
  'historians',
  'physicians',
  'psychologists',
  'dietitians',
  'epidemiologists',
  'academics',
  'skeptics',
  'sceptics',
  'detractors',
  'fans',
  'customers',
  'consumers',
);
const SINGULAR_VAGUE = words(
  'expert',
  'source',
  'official',
  'analyst',
  'observer',
  'scientist',
  'researcher',
  'doctor',
  'economist',
  'insider',
  'ornithologist',
  'person',
  'resident',
  'witness',
  'diplomat',
  'employee',
  'poll',
  'survey',
  'insider',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'aide',
  'staffer',
  'insider',
  'nutritionist',
  'viewer',
  'reader',
  'critic',
);
const QUANTIFIERS = words('some', 'many', 'most', 'several', 'other', 'various', 'numerous', 'countless');
const DEFINITE = words('the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that');

/** "his many critics", "the city's officials": a determiner (skipping quantifiers and adjectives) makes them someone's. */
function owned(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (DEFINITE.has(t.normal) || /['’]s?$/.test(t.text)) return true;
    if (!QUANTIFIERS.has(t.normal) && !has(t, 'Adjective')) return false;
  }
  return false;
}

/** "a city official who…", "one senior source": an indefinite singular, up to two words before the noun. */
const INDEFINITE = /^(one|another|a|an)$/;
const indefinite = (tokens: readonly Token[], i: number) => {
  const before = tokens.slice(Math.max(0, i - 3), i);
  // compromise may tag a capitalised "Another" as a name: the determiner itself never names anyone.
  return before.some((p) => INDEFINITE.test(p.normal)) && !before.some((p) => isName(p) && !INDEFINITE.test(p.normal));
};

/** The vague subject near the start of a clause, or -1. */
function vagueSubject(tokens: readonly Token[], verb: number): number {
  const from = Math.max(0, verb - 12);
  // "Some say…", "Many believe…", "Others argue…": a bare quantifier is the whole source.
  const bare = tokens[verb - 1];
  if (bare && /^(some|many|others|most)$/.test(bare.normal) && !DEFINITE.has(tokens[verb - 2]?.normal ?? ''))
    return verb - 1;
  for (let i = verb - 1; i >= from; i--) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (i >= verb - 8 && VAGUE.has(t.normal) && !owned(tokens, i) && !isName(tokens[i + 1]) && !(prev && isName(prev)))
      return i;
    if (SINGULAR_VAGUE.has(t.normal) && indefinite(tokens, i)) return i;
    if (t.normal === 'of' && prev?.normal === 'one' && tokens[i + 1]?.normal === 'them') return i - 1;
  }
  return -1;
}

export const detectUnnamedSources: Detector = (ctx) => {
  const found: Finding[] = [];
  for (const s of ctx.analysis.sentences) {
    if (s.part === 'chrome') continue;
    const tokens = tokensOf(ctx, s);
    const verb = speechVerb(ctx, s, tokens);
    if (verb >= 0 && speakerOf(ctx, tokens, verb)) continue; // "…, according to the World Health Organization": named
    let at = verb > 0 ? vagueSubject(tokens, verb) : -1;
    if (at >= 0 && inQuote(ctx, tokens[at]!)) at = -1;
    // A vague "some"/"many" carrying a claim: "Some shippers have already diverted cargo".
    if (at < 0) {
      at = tokens.findIndex(
        (t, i) =>
          QUANTIFIERS.has(t.normal) &&
          !inQuote(ctx, t) &&
          tokens.slice(i + 1, i + 4).some((n) => (VAGUE.has(n.normal) || has(n, 'Actor')) && has(n, 'Plural')) &&
          tokens[i + 1]?.normal !== 'of',
      );
      if (at >= 0) at = tokens.findIndex((n, j) => j > at && (VAGUE.has(n.normal) || has(n, 'Actor')));
    }
    if (at < 0) continue;
    // A name right after ("researchers at Aarhus University", "sources such as Reuters") makes it named.
    if (tokens.slice(at + 1, at + 5).some((t) => has(t, 'Person') || has(t, 'Organization'))) continue;
    const who = tokens[at]!;
    const poll = /^(polls?|surveys?)$/.test(who.normal);
    found.push({
      kind: 'unnamed-source',
      skill: poll ? 'stats-polls' : 'evidence-attribution',
      range: s,
      cue: span([who]),
      strength: 0.85,
      reason: poll
        ? REASONS.unnamedPoll()
        : REASONS.unnamedSource(QUANTIFIERS.has(who.normal) || who.normal === 'others' ? 'people' : who.normal),
    });
  }
  return found;
};
