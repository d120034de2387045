// Headline versus body: a figure the body does not give, a certainty it does not have, a claim it reports differently.

import type { Sentence, Token } from '../analyse.ts';
import { type Detector, type Finding, type MapContext, has, isName, tokensOf } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { CLAIM_OR_DENIAL, speechVerb } from './attribution.ts';

const CERTAIN =
  /^(confirm|confirms|confirmed|prove|proves|proved|proven|cause|causes|caused|cure|cures|cured|halve|halves|halved|double|doubles|doubled|cut|cuts|slash|slashes|wipe|wiping|wipes|destroy|destroys|reveal|reveals|expose|exposes|debunk|debunks|kill|kills)$/;
const HEDGE =
  /\b(suspect|suspects|associated|association|linked to|observational|correlat\w+|cannot say|can't say|no proof|not proven|may play a role|might play a role|preliminary|unclear)\b/i;
const QUANTITY: Record<string, number> = {
  half: 50,
  halve: 50,
  halves: 50,
  halved: 50,
  double: 100,
  doubles: 100,
  doubled: 100,
  triple: 200,
  triples: 200,
  tripled: 200,
};
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'that',
  'is',
  'are',
  'be',
  'by',
  'would',
  'will',
  'and',
  'in',
  'on',
  'for',
  'as',
  'it',
  'its',
  'this',
  'with',
  'claim',
  'president',
]);

const content = (tokens: readonly Token[]) =>
  new Set(
    tokens
      .filter(
        (t) => (has(t, 'Noun') || has(t, 'Verb') || has(t, 'Adjective')) && !STOP.has(t.root) && !has(t, 'Pronoun'),
      )
      .map((t) => t.root.replace(/'s$/, '')),
  );

function percentages(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/gi)].map((m) => Number(m[1]));
}

function finding(
  ctx: MapContext,
  headline: Sentence,
  cue: Token,
  reason: Finding['reason'],
  related?: Sentence,
): Finding {
  return {
    kind: 'headline-mismatch',
    skill: 'claim-precision',
    range: headline,
    cue: { start: cue.start, end: cue.end },
    strength: 0.95,
    reason,
    ...(related ? { related: { start: related.start, end: related.end } } : {}),
  };
}

export const detectHeadlineMismatch: Detector = (ctx) => {
  const headline = ctx.headline;
  if (!headline) return [];
  const head = tokensOf(ctx, headline);
  const same = (s: Sentence) => s.text.replace(/[.\s]+$/, '') === headline.text.replace(/[.\s]+$/, '');
  // The headline repeated (image alt text, a second title) is not the body.
  const body = ctx.analysis.sentences.filter(
    (s) => s.index > headline.index && (s.part === 'paragraph' || s.part === 'list-item') && !same(s),
  );
  const bodyText = body.map((s) => s.text).join('\n');

  // A figure in the headline the body's own figures do not bear out ("halves" against "18 percent").
  const quantity = head.find((t) => QUANTITY[t.normal] !== undefined || has(t, 'Percent'));
  if (quantity) {
    const claimed = QUANTITY[quantity.normal] ?? Number(quantity.normal.replace('%', ''));
    const given = percentages(bodyText);
    if (given.length > 0 && !given.some((p) => Math.abs(p - claimed) <= claimed * 0.1)) {
      return [finding(ctx, headline, quantity, REASONS.headlineFigure(quantity.text))];
    }
  }
  // Certainty the body withdraws ("Scientists confirm" against "some researchers suspect").
  const certain = head.find((t) => CERTAIN.test(t.normal));
  const hedged = body.find((s) => HEDGE.test(s.text));
  if (certain && hedged) return [finding(ctx, headline, certain, REASONS.headlineCertainty(certain.text), hedged)];

  // "X's claim that P": compare P with the body's first report of X's claim.
  const claimAt = head.findIndex((t) => CLAIM_OR_DENIAL.has(t.root) || t.root === 'say');
  const claimant = head.slice(0, Math.max(0, claimAt)).find((t) => isName(t));
  if (claimAt >= 0 && claimant && head[claimAt + 1]?.normal === 'that') {
    const end = head.findIndex((t, i) => i > claimAt + 1 && has(t, 'Verb') && CLAIM_OR_DENIAL.has(t.root));
    const proposition = content(head.slice(claimAt + 2, end > 0 ? end : undefined));
    const name = claimant.root.replace(/'s$/, '');
    const report = body.find((s) => {
      const tokens = tokensOf(ctx, s);
      const v = speechVerb(ctx, s, tokens);
      return v >= 0 && tokens.slice(0, v).some((t) => t.root.replace(/'s$/, '') === name);
    });
    if (report && proposition.size >= 2) {
      const reported = content(tokensOf(ctx, report));
      const shared = [...proposition].filter((w) => reported.has(w)).length;
      if (shared / proposition.size < 0.5)
        return [finding(ctx, headline, head[claimAt]!, REASONS.headlineClaim(), report)];
    }
  }
  return [];
};
