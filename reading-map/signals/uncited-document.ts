// Claims about laws, constitutions, reports, studies and guidelines that name no article, date or link.

import { type Detector, type Finding, has, inQuote, isName, tokensOf, words } from '../context.ts';
import { REASONS } from '../reasons.ts';

const DOCUMENTS = words(
  'law',
  'laws',
  'act',
  'code',
  'constitution',
  'charter',
  'treaty',
  'regulation',
  'regulations',
  'report',
  'study',
  'studies',
  'guidelines',
  'guideline',
  'trials',
  'trial',
  'paper',
  'document',
  'documents',
  'memo',
  'order',
  'bill',
  'rules',
  'research',
  'statute',
  'decree',
  'policy',
  'plan',
  'bylaw',
  'bylaws',
  'by-law',
  'ordinance',
  'reports',
  'review',
  'audit',
  'survey',
);
const CLAIMS = words(
  'say',
  'require',
  'forbid',
  'prohibit',
  'allow',
  'ban',
  'find',
  'show',
  'admit',
  'recommend',
  'state',
  'mandate',
  'permit',
  'prove',
  'suggest',
  'conclude',
  'reveal',
  'indicate',
  'produce',
  'confirm',
  'demonstrate',
  'guarantee',
);
const CITATION =
  /\b(?:section|article|art\.|chapter|clause|§)\s*\d|https?:\/\/|\bwww\.|\bjournal\b|\bavailable (?:on|at|online)\b|\bposted (?:on|at|online)\b|\bpublished (?:on|in)\b/i;

export const detectUncitedDocuments: Detector = (ctx) => {
  const found: Finding[] = [];
  const { sentences } = ctx.analysis;
  for (const s of sentences) {
    if (s.part === 'chrome' || s.part === 'heading') continue;
    const tokens = tokensOf(ctx, s);
    let at = -1;
    for (let i = 0; i < tokens.length && at < 0; i++) {
      const t = tokens[i]!;
      if (!DOCUMENTS.has(t.normal)) continue;
      // "Bill Shorten", "Bill Gates": a capitalised word before another name is a person's first name.
      if (
        /^\p{Lu}/u.test(t.text) &&
        (has(t, 'Person') || (isName(tokens[i + 1]) && /^\p{Lu}/u.test(tokens[i + 1]!.text)))
      )
        continue;
      if (has(t, 'Verb') || inQuote(ctx, t)) continue; // "they plan to", "officials report"; a quote is the speaker's

      const lead = tokens.slice(Math.max(0, i - 4), i).map((x) => x.normal);
      const verbAfter = tokens.slice(i + 1, i + 8).find((x) => has(x, 'Verb') && CLAIMS.has(x.root));
      // "Under the Canada Labour Code, the minister can…" (the law stated up front), "against international law".
      const fronted = lead[0] === 'under' && tokens[0]?.normal === 'under';
      const against = lead.includes('against') && /^laws?$/.test(t.normal);
      if (verbAfter || fronted || against) at = i;
    }
    if (at < 0) continue;
    const doc = tokens[at]!;
    // Named with a date, a section or a place to find it: cited. The next sentence may say where it is posted.
    const window = tokens.slice(Math.max(0, at - 6), at + 6);
    const dated = window.some((t) => has(t, 'Year') || has(t, 'Month'));
    const next = sentences[s.index + 1];
    if (s.part === 'headline' && CITATION.test(ctx.article.text)) continue;
    if (dated || CITATION.test(s.text) || (next && next.block === s.block && CITATION.test(next.text))) continue;
    if (next && /\b(report|study|document)\b.*\b(available|posted|published)\b/i.test(next.text)) continue;
    found.push({
      kind: 'uncited-document',
      skill: 'lateral-reading',
      range: s,
      cue: { start: doc.start, end: doc.end },
      strength: 0.75,
      reason: REASONS.uncitedDocument(doc.normal),
    });
  }
  return found;
};
