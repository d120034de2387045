// Headline versus body: a figure the body does not give, a certainty it does not have, a claim it reports differently.

import type { Sentence, Token } from '../analyse.ts';
import { type Detector, type Finding, type MapContext, has, isName, tokensOf, words } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { CLAIM_OR_DENIAL, speechVerb } from './attribution.ts';
import { decidedAgainstOpen, unquotedHeadlineQuote } from './headline-words.ts';

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

/** A headline word is a name when compromise says so, or when the body uses the same word as one ("Trump's claim…" / "Donald Trump"). */
function nameIn(body: readonly Token[]): (t: Token | undefined) => boolean {
  const names = new Set(body.filter((b) => isName(b)).map((b) => b.root.replace(/['’]s$/, '')));
  return (t) => !!t && (isName(t) || (/^[A-Z]/.test(t.text) && names.has(t.root.replace(/['’]s$/, ''))));
}

function finding(headline: Sentence, cue: Token, reason: Finding['reason'], related?: Sentence): Finding {
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
      return [finding(headline, quantity, REASONS.headlineFigure(quantity.text))];
    }
  }
  // Certainty the body withdraws ("Scientists confirm" against "some researchers suspect").
  const certain = head.find((t) => CERTAIN.test(t.normal));
  const hedged = body.find((s) => HEDGE.test(s.text));
  if (certain && hedged) return [finding(headline, certain, REASONS.headlineCertainty(certain.text), hedged)];

  // Quoted words in the headline that no quote in the body carries.
  const first = body[0];
  const quoted = first
    ? unquotedHeadlineQuote(ctx.article.text, headline, { start: first.start, end: ctx.article.text.length })
    : undefined;
  if (quoted) {
    const cue = head.find((t) => t.start >= quoted.start) ?? head[0]!;
    return [
      {
        ...finding(headline, cue, REASONS.headlineQuote(ctx.article.text.slice(quoted.start, quoted.end))),
        cue: quoted,
      },
    ];
  }
  // A decision in the headline ("votes to scrap") where the body reports a review or a proposal.
  const decided = decidedAgainstOpen('en', headline.text, bodyText);
  if (decided) {
    const at = headline.start + decided.index;
    const cue = head.find((t) => t.start >= at) ?? head[0]!;
    return [
      {
        ...finding(headline, cue, REASONS.headlineDecided(decided.word)),
        cue: { start: at, end: at + decided.word.length },
      },
    ];
  }

  const isHeadlineName = nameIn(body.flatMap((s) => tokensOf(ctx, s)));
  // A prediction in the headline ("would enter") where the body reports a claim of a deal already done ("had agreed").
  const settled = predictionAgainstSettled(ctx, head, body, isHeadlineName);
  if (settled)
    return [
      finding(headline, settled.modal, REASONS.headlineSettled(settled.modal.text, settled.verb), settled.report),
    ];

  // "X's claim that P": compare P with the body's first report of X's claim.
  const claimAt = head.findIndex((t) => CLAIM_OR_DENIAL.has(t.root) || t.root === 'say');
  const claimant = head.slice(0, Math.max(0, claimAt)).find((t) => isHeadlineName(t));
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
      if (shared / proposition.size < 0.5) return [finding(headline, head[claimAt]!, REASONS.headlineClaim(), report)];
    }
  }
  return [];
};

/** The modal of a prediction ("would", "will", "could"…). */
const MODAL = /^(would|will|could|might|may|shall)$/;
/** Verbs of a deal already made: the body says the claim was that it had been agreed, approved or signed. */
const SETTLED = words(
  'agree',
  'approve',
  'authorize',
  'authorise',
  'sign',
  'accept',
  'consent',
  'ratify',
  'endorse',
  'sanction',
);
const NEGATION = /^(no|not|never|nor|n't|neither)$/;
const AUXILIARY = /^(had|has|have|been|was|were|is|be)$/;
/** A denial reports the opposite of the claim: "she denied that Mexico had agreed" is no report of a deal. */
const DENIAL = words('deny', 'dismiss', 'reject', 'refute');

/**
 * The headline reports a claim as a prediction ("Trump's claim that US troops would enter Mexico") while the body
 * reports the same person claiming a deal already done ("Trump claimed that Mexico had agreed…", "had been approved").
 */
function predictionAgainstSettled(
  ctx: MapContext,
  head: readonly Token[],
  body: readonly Sentence[],
  isHeadlineName: (t: Token | undefined) => boolean,
): { modal: Token; verb: string; report: Sentence } | undefined {
  const claimAt = head.findIndex((t) => CLAIM_OR_DENIAL.has(t.root) || t.root === 'say');
  if (claimAt < 0) return undefined;
  // The claimant names the claim ("Trump's claim that P", "Trump says P", "P, Trump says"); P is what is left.
  const claimant = head
    .slice(Math.max(0, claimAt - 3), claimAt)
    .reverse()
    .find((t) => isHeadlineName(t));
  if (!claimant) return undefined;
  const after = head.slice(claimAt + 1);
  const proposition = after.length >= 3 ? after : head.slice(0, head.indexOf(claimant));
  const modal = proposition.find((t, i) => MODAL.test(t.normal) && has(proposition[i + 1], 'Verb'));
  if (!modal) return undefined;
  const name = claimant.root.replace(/['’]s$/, '');
  for (const s of body) {
    const tokens = tokensOf(ctx, s);
    const v = speechVerb(ctx, s, tokens);
    if (v < 0 || DENIAL.has(tokens[v]!.root)) continue;
    if (!tokens.slice(0, v).some((t) => t.root.replace(/['’]s$/, '') === name)) continue;
    const done = tokens.findIndex(
      (t, i) =>
        i > v &&
        has(t, 'Verb') &&
        SETTLED.has(t.root) &&
        (has(t, 'PastTense') || has(t, 'Perfect')) &&
        !tokens.slice(Math.max(v + 1, i - 4), i).some((b) => NEGATION.test(b.normal)),
    );
    if (done < 0) continue;
    let from = done; // "had agreed", "had been approved": the auxiliaries belong to the tense
    while (from > v + 1 && AUXILIARY.test(tokens[from - 1]!.normal)) from--;
    return { modal, verb: ctx.article.text.slice(tokens[from]!.start, tokens[done]!.end), report: s };
  }
  return undefined;
}
