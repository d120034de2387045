// Attributions: who is reported as saying, claiming, denying or finding something ("said", "denied", "according to").

import type { Sentence, Token } from '../analyse.ts';
import {
  type Detector,
  type Finding,
  type MapContext,
  has,
  inQuote,
  isName,
  nameAround,
  tokensOf,
  words,
} from '../context.ts';
import { REASONS } from '../reasons.ts';

/** Verbs that put a claim in someone's mouth, by lemma. */
const SPEECH = words(
  'say',
  'tell',
  'claim',
  'state',
  'deny',
  'dismiss',
  'reject',
  'insist',
  'suggest',
  'emphasize',
  'emphasise',
  'warn',
  'note',
  'argue',
  'allege',
  'assert',
  'announce',
  'confirm',
  'admit',
  'acknowledge',
  'reiterate',
  'explain',
  'cite',
  'caution',
  'reaffirm',
  'advise',
  'concede',
  'predict',
  'write',
  'stress',
  'vow',
  'threaten',
  'accuse',
  'blame',
  'criticize',
  'criticise',
  'praise',
  'hail',
  'report',
  'suspect',
  'urge',
  'contend',
  'declare',
  'complain',
  'add',
);
/** Claim and denial verbs: the lesson is telling a claim from a denial from what happened. */
export const CLAIM_OR_DENIAL = words(
  'claim',
  'deny',
  'dismiss',
  'reject',
  'allege',
  'assert',
  'insist',
  'refute',
  'confirm',
);
/** Verbs that attribute to a study, poll or document ("polls show", "the report found"). */
const FINDING = words(
  'find',
  'show',
  'suggest',
  'recommend',
  'identify',
  'list',
  'indicate',
  'conclude',
  'admit',
  'say',
);
export const EVIDENCE_NOUNS = words(
  'study',
  'studies',
  'research',
  'poll',
  'polls',
  'survey',
  'surveys',
  'report',
  'reports',
  'figures',
  'data',
  'inspection',
  'review',
  'analysis',
  'audit',
  'paper',
  'guidelines',
  'trial',
  'trials',
  'researchers',
  'scientists',
  'team',
  'authors',
  'they',
  'it',
  'statistics',
  'records',
  'law',
  'document',
  'documents',
);
const FIRST_PERSON = words('i', 'we');

/** The speech verb of a sentence, if it has one (index into its tokens). */
export function speechVerb(ctx: MapContext, s: Sentence, tokens: readonly Token[] = tokensOf(ctx, s)): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote(ctx, t)) continue;
    if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return i;
    // compromise tags "polls show" as verb + noun: the pair is an attribution whatever the tags say.
    if (FINDING.has(t.root) && /^(polls|studies|surveys|figures|data)$/.test(tokens[i - 1]?.normal ?? '')) return i;
    if (
      FINDING.has(t.root) &&
      tokens[i + 1]?.normal === 'that' &&
      tokens.slice(Math.max(0, i - 8), i).some((b) => EVIDENCE_NOUNS.has(b.normal))
    )
      return i;
    if (/['’]s$/.test(tokens[i - 1]?.text ?? '') && !has(t, 'PastTense')) continue; // "Trump's claim": a noun
    if (has(t, 'Gerund') && tokens[i + 1]?.normal === 'by') continue; // "(Reporting by …)": a credit line
    if (!has(t, 'Verb') && !(s.part === 'headline' && CLAIM_OR_DENIAL.has(t.root))) continue;
    const before = tokens.slice(Math.max(0, i - 8), i);
    const subject = tokens[i - 1];
    if (subject && FIRST_PERSON.has(subject.normal)) continue;
    if (i === 0 && has(t, 'Infinitive') && s.part !== 'list-item') continue; // "Ask the shop owners": an imperative
    if (t.root === 'write' && !/^(that|in)$/.test(tokens[i + 1]?.normal ?? '')) continue; // "writes about": a job, not a claim
    // "“…,” he added" / "she added that…", not "the rules add costs".
    if (
      t.root === 'add' &&
      !(
        tokens[i + 1]?.normal === 'that' ||
        i >= tokens.length - 2 ||
        /[,:]/.test(t.post) ||
        /[”"’]/.test(`${tokens[i - 2]?.post ?? ''}${tokens[i - 1]?.post ?? ''}`)
      )
    )
      continue;
    if (SPEECH.has(t.root)) {
      if (t.root === 'tell' && tokens[i + 1]?.normal === 'you') continue; // "that should tell you…": not speech
      return i;
    }
    if (t.root === 'agree' && tokens[i + 1]?.normal === 'that') return i;
    if (
      t.root === 'call' &&
      (tokens[i + 1]?.normal === 'for' ||
        /["“]/.test(
          tokens
            .slice(i + 1, i + 5)
            .map((x) => x.pre)
            .join(''),
        ))
    )
      return i;
    if (
      t.root === 'put' &&
      tokens[i + 1]?.normal === 'it' &&
      /^(bluntly|simply|plainly|mildly|this|another|frankly)$/.test(tokens[i + 2]?.normal ?? '')
    )
      return i;
    if (
      t.root === 'raise' &&
      tokens.slice(i + 1, i + 4).some((x) => /^(point|concern|concerns|question|questions)$/.test(x.normal))
    )
      return i;
    if (FINDING.has(t.root) && before.some((b) => EVIDENCE_NOUNS.has(b.normal))) return i;
  }
  return -1;
}

/** Who the sentence attributes to: a name next to the verb or after "according to", else undefined. */
export function speakerOf(ctx: MapContext, tokens: readonly Token[], verb: number): string | undefined {
  const t = tokens[verb];
  if (!t) return undefined;
  if (t.normal === 'according') {
    const i = tokens.findIndex((x, j) => j > verb + 1 && isName(x));
    return i > 0 && i - verb < 6 ? nameAround(ctx, tokens, i) : undefined;
  }
  if (tokens[verb + 1]?.normal === 'by') return undefined; // "is denied by the president of Mexico": the agent is a description
  // Back from the verb to its subject: a common noun or a pronoun there ("Economists say", "she said") means no name.
  for (let j = verb - 1; j >= Math.max(0, verb - 6); j--) {
    const x = tokens[j]!;
    if (/[:;]/.test(x.post)) break;
    if (isName(x)) return nameAround(ctx, tokens, j);
    if (EVIDENCE_NOUNS.has(x.normal) || has(x, 'Pronoun') || (has(x, 'Noun') && !has(x, 'Date'))) break;
  }
  for (let j = verb + 1; j <= Math.min(tokens.length - 1, verb + 3); j++)
    if (has(tokens[j], 'Person')) return nameAround(ctx, tokens, j);
  return undefined;
}

export const detectAttributions: Detector = (ctx) => {
  const found: Finding[] = [];
  for (const s of ctx.analysis.sentences) {
    if (s.part === 'heading' || s.part === 'chrome') continue;
    const tokens = tokensOf(ctx, s);
    const v = speechVerb(ctx, s, tokens);
    if (v < 0) continue;
    const verb = tokens[v]!;
    const speaker = speakerOf(ctx, tokens, v);
    const claim = CLAIM_OR_DENIAL.has(verb.root);
    const cue = { start: verb.start, end: verb.normal === 'according' ? (tokens[v + 1]?.end ?? verb.end) : verb.end };
    const docLike = !speaker && tokens.slice(Math.max(0, v - 8), v).some((b) => EVIDENCE_NOUNS.has(b.normal));
    found.push({
      kind: 'attribution',
      skill: claim ? 'claim-vs-denial' : 'evidence-attribution',
      range: s,
      cue,
      strength: claim ? 0.7 : speaker ? 0.3 : 0.5,
      reason: claim
        ? REASONS.claimOrDenial(ctx.article.text.slice(cue.start, cue.end), speaker)
        : docLike
          ? REASONS.attributedToDocument()
          : REASONS.attributed(speaker),
      ...(speaker ? { speaker } : {}),
    });
  }
  return found;
};
