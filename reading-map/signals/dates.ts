// Dates: absolute and relative ("in June 2024", "9 months ago", "last year", "recently") and titles that imply a time ("former").

import type { Sentence, Token } from '../analyse.ts';
import { type Detector, type Finding, type MapContext, has, tokensOf, words } from '../context.ts';
import { REASONS } from '../reasons.ts';

const TIME_TITLES = words(
  'former',
  'current',
  'incoming',
  'outgoing',
  'then',
  'ex',
  'newly',
  'acting',
  'interim',
  'late',
);
const OFFICES = words(
  'president',
  'minister',
  'mayor',
  'governor',
  'councillor',
  'councilor',
  'senator',
  'leader',
  'chief',
  'director',
  'secretary',
  'chancellor',
  'premier',
  'ceo',
  'chair',
  'chairman',
  'chairwoman',
  'head',
  'prime',
  'administration',
  'government',
  'member',
  'lawmaker',
  'official',
  'elected',
  'u.s.',
  'us',
  'vice',
);
const RELATIVE = words(
  'ago',
  'last',
  'next',
  'recent',
  'recently',
  'yesterday',
  'today',
  'tomorrow',
  'earlier',
  'later',
  'this',
  'since',
  'presidency',
  'tenure',
  'term',
);
const SEASONS = words('spring', 'summer', 'autumn', 'fall', 'winter');
/** A season is a date after these ("before the autumn rains"), not in "cold spring weather" or "adults fall short". */
const SEASON_LEAD = /^(in|this|last|next|before|after|by|until|the|early|late)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DURATION_LEAD = words('for', 'over', 'within', 'throughout');
const UNITS = /^(minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/;

export type DatePhrase = { tokens: Token[]; relative: boolean; title: boolean };

/** Date phrases of one sentence: runs of compromise #Date words plus the words that make them relative. */
export function datePhrases(ctx: MapContext, s: Sentence): DatePhrase[] {
  const tokens = tokensOf(ctx, s);
  const phrases: DatePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // A title that implies a time: "former President", "newly elected mayor", "current president".
    if (
      TIME_TITLES.has(t.normal) &&
      (OFFICES.has(next?.normal ?? '') || has(next, 'Actor') || (t.normal === 'newly' && next?.normal === 'elected'))
    ) {
      phrases.push({ tokens: [t], relative: true, title: true });
      continue;
    }
    if (/^recent(ly)?$/.test(t.normal)) {
      phrases.push({ tokens: [t], relative: true, title: false });
      continue;
    }
    if (
      (t.normal === 'during' || t.normal === 'in') &&
      /^(his|her|their|its)$/.test(next?.normal ?? '') &&
      /^(presidency|tenure|term|time)$/.test(tokens[i + 2]?.normal ?? '')
    ) {
      phrases.push({ tokens: tokens.slice(i, i + 3), relative: true, title: false });
      i += 2;
      continue;
    }
    if (SEASONS.has(t.normal) && SEASON_LEAD.test(tokens[i - 1]?.normal ?? '')) {
      phrases.push({ tokens: [t], relative: true, title: false });
      continue;
    }
    const dateLike = (x: Token | undefined) =>
      !!x &&
      (has(x, 'Date') || has(x, 'Month') || has(x, 'Year') || WEEKDAYS.test(x.normal)) &&
      !has(x, 'Money') &&
      !has(x, 'Percent');
    if (!dateLike(t)) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      (dateLike(tokens[j + 1]) || (has(tokens[j + 1], 'Value') && dateLike(tokens[j + 2]))) &&
      !/[;:]/.test(tokens[j]!.post) &&
      !(tokens[j]!.post.includes(',') && !has(tokens[j + 1], 'Year'))
    )
      j++;
    let run = tokens.slice(i, j + 1);
    i = j;
    if (run.some((x) => ctx.analysis.quotes.some((q) => q.start <= x.start && x.start < q.end))) continue; // a figure of speech in a quote
    // Trim what compromise's date tagger swept in: "7-2 on Tuesday", "million at the end of March", "March 4 after", "ago 4 min".
    while (
      run.length > 1 &&
      (has(run[0], 'Value') || has(run[0], 'Money')) &&
      !has(run[0], 'Year') &&
      !has(run[0], 'Ordinal') &&
      !run.some((x) => x.normal === 'ago') &&
      !has(run[1], 'Month')
    )
      run = run.slice(1);
    const ago = run.findIndex((x) => x.normal === 'ago');
    if (ago >= 0) run = run.slice(0, ago + 1);
    while (run.length > 1 && (has(run.at(-1), 'Preposition') || has(run.at(-1), 'Conjunction'))) run = run.slice(0, -1);
    // "9 months ago": the number belongs to it. "$45 million a day", "for six weeks", "five o'clock": no date.
    const before = tokens[run[0]!.sentence >= 0 ? tokens.indexOf(run[0]!) - 1 : -1];
    if (before && has(before, 'Value') && run.some((x) => x.normal === 'ago')) run = [before, ...run];
    const words_ = run.map((x) => x.normal);
    const hasAnchor = run.some(
      (x) =>
        has(x, 'Month') ||
        has(x, 'Year') ||
        WEEKDAYS.test(x.normal) ||
        RELATIVE.has(x.normal) ||
        (SEASONS.has(x.normal) && SEASON_LEAD.test(tokens[tokens.indexOf(x) - 1]?.normal ?? '')) ||
        /^\d{4}$/.test(x.normal) ||
        /^(century|\d+(st|nd|rd|th))$/.test(x.normal),
    );
    if (!hasAnchor) continue;
    if (
      !run.some((x) => has(x, 'Year')) &&
      words_.every(
        (w) => UNITS.test(w) || /^(a|an|per|each|\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(w),
      )
    )
      continue;
    if (run[0]!.normal === 'every' || tokens[tokens.indexOf(run[0]!) - 1]?.normal === 'every') continue; // "every Tuesday": a habit, not a date
    const lead = tokens[tokens.indexOf(run[0]!) - 1];
    if (lead && DURATION_LEAD.has(lead.normal) && !run.some((x) => has(x, 'Month') || has(x, 'Year'))) continue;
    const relative = run.some((x) => RELATIVE.has(x.normal) || WEEKDAYS.test(x.normal) || SEASONS.has(x.normal));
    phrases.push({ tokens: run, relative, title: false });
  }
  return phrases;
}

export const detectDates: Detector = (ctx) => {
  const found: Finding[] = [];
  for (const s of ctx.analysis.sentences) {
    if (/^©/.test(s.text.trim())) continue; // a copyright year dates the page's template, not the story
    const phrases = datePhrases(ctx, s);
    if (phrases.length === 0) continue;
    // The phrase that teaches most: a relative date, then a time-implying title, then an absolute date.
    const best = phrases.find((p) => p.relative && !p.title) ?? phrases.find((p) => p.title) ?? phrases[0]!;
    const cue = { start: best.tokens[0]!.start, end: best.tokens.at(-1)!.end };
    const words_ = ctx.article.text.slice(cue.start, cue.end);
    found.push({
      kind: 'date',
      skill: 'date-context',
      range: s,
      cue,
      strength: best.title ? 0.5 : best.relative && /ago|last|recent/i.test(words_) ? 0.6 : 0.3,
      reason: best.title
        ? REASONS.timeTitle(words_)
        : best.relative
          ? REASONS.relativeDate(words_)
          : REASONS.absoluteDate(words_),
    });
  }
  return found;
};
