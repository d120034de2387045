// Spanish articles: the same signals from patterns (spanish-rules.ts; compromise reads English only), dates through chrono-node.

import type { Article } from '../../contract/article.ts';
import type { TimelineEntry } from '../../contract/reading-map.ts';
import { findQuotes } from '../analyse.ts';
import { dayRange } from '../calendar.ts';
import type { Finding } from '../context.ts';
import { REASONS } from '../reasons.ts';
import { decidedAgainstOpen, unquotedHeadlineQuote } from './headline-words.ts';
import { spanishDates } from './spanish-dates.ts';
import { SPANISH_RULES, spanishSpeaker } from './spanish-rules.ts';

const SEGMENTER = new Intl.Segmenter('es', { granularity: 'sentence' });
/** Spanish abbreviations a full stop does not end a sentence after ("Sr.", "EE. UU.", "pág."), and single initials ("J."). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Sr|Sra|Srta|Sres|Dr|Dra|Dres|Prof|Profa|Lic|Ing|Arq|Univ|Avda|Av|Pza|pág|págs|art|arts|núm|nº|cap|vol|aprox|etc|ej|p\.\s?ej|EE\.\s?UU|EE|UU|D|Dña|St|Sta|Mr|Ms|\p{Lu})\.\s*$/u;

/**
 * Sentences with their ranges, from the platform's own Unicode sentence segmenter (`Intl.Segmenter`, locale "es",
 * present in Node, browsers and workerd), joined again after an abbreviation or an initial. Line breaks always end a
 * sentence; "80.000" and "3,5" stay whole. Measured against the former regex, sentencex and parse-latin in
 * bench/spanish-split-eval.ts.
 */
export function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let open: { start: number; end: number } | undefined;
  for (const seg of SEGMENTER.segment(text)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const body = seg.segment.trim();
    if (!body) continue;
    const start = seg.index + lead;
    const end = start + body.length;
    const joinable = open && !text.slice(open.end, start).includes('\n');
    if (
      open &&
      joinable &&
      (ABBREVIATION.test(text.slice(open.start, open.end)) ||
        (/\.\.\.$|…$/.test(text.slice(open.start, open.end)) && /^\p{Ll}/u.test(body)))
    ) {
      open.end = end;
    } else {
      if (open) out.push({ ...open, text: text.slice(open.start, open.end) });
      open = { start, end };
    }
    // A segment spans several lines when a line has no final stop ("Titular\nCuerpo."): every line is its own.
    const lines = text.slice(open.start, open.end).split('\n');
    if (lines.length > 1) {
      let at = open.start;
      for (const line of lines.slice(0, -1)) {
        const t = line.trim();
        if (t) out.push({ start: at + line.indexOf(t), end: at + line.indexOf(t) + t.length, text: t });
        at += line.length + 1;
      }
      const last = lines.at(-1)!;
      const t = last.trim();
      open = t ? { start: at + last.indexOf(t), end: at + last.indexOf(t) + t.length } : undefined;
    }
  }
  if (open) out.push({ ...open, text: text.slice(open.start, open.end) });
  return out.filter((s) => s.text.length > 1);
}

export function mapSpanish(article: Article): Finding[] {
  const found: Finding[] = [];
  const sentences = sentencesOf(article.text);
  for (const d of spanishDates(article.text)) {
    const s = sentences.find((x) => x.start <= d.start && d.start < x.end);
    if (!s || /^©/.test(s.text) || found.some((f) => f.kind === 'date' && f.range === s)) continue;
    found.push({
      kind: 'date',
      skill: 'date-context',
      range: s,
      cue: { start: d.start, end: Math.min(d.end, s.end) },
      strength: d.relative ? 0.6 : 0.3,
      reason: d.relative ? REASONS.relativeDate(d.text) : REASONS.absoluteDate(d.text),
    });
  }
  sentences.forEach((s, i) => {
    for (const rule of SPANISH_RULES) {
      const m = s.text.match(rule.pattern);
      if (!m || m.index === undefined || rule.unless?.(s, sentences[i - 1])) continue;
      const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      found.push({
        kind: rule.kind,
        skill: rule.skill,
        range: s,
        cue,
        strength: rule.strength,
        reason: rule.reason(m[0]),
      });
    }
  });
  found.push(...spanishQuotes(article.text, sentences), ...spanishHeadline(article));
  return found;
}

/** Titles of works, programmes and campaigns are quoted too; they are not anyone's words. */
const TITLE_LEAD_ES =
  /(?:titulad[oa]|llamad[oa]|denominad[oa]|conocid[oa] como|bautizad[oa]|(?:el|la|un|una) (?:programa|campaña|proyecto|libro|película|serie|iniciativa|plan|lema|eslogan|documental|canción|disco|obra))\s*$/iu;

/** Quotes («…», “…”, "…", ‘…’, '…') with the speaker named in their sentence or the one before. */
function spanishQuotes(text: string, sentences: ReturnType<typeof sentencesOf>): Finding[] {
  const found: Finding[] = [];
  for (const q of findQuotes(text)) {
    const at = sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
    const s = sentences[at];
    if (!s || TITLE_LEAD_ES.test(text.slice(Math.max(0, q.start - 30), q.start))) continue;
    // «Ciudad Viva», “El Día Después”: capitalised words with nobody saying them are a name or a title.
    const inner = text.slice(q.start + 1, q.end - 1).trim();
    if (/^(?:\p{Lu}[\p{L}\d-]*\s*){1,5}$/u.test(inner) && !spanishSpeaker(s.text)) continue;
    const speaker = spanishSpeaker(s.text) ?? (at > 0 ? spanishSpeaker(sentences[at - 1]!.text) : undefined);
    const words = text
      .slice(q.start + 1, q.end - 1)
      .trim()
      .split(/\s+/).length;
    found.push({
      kind: 'quote',
      skill: 'evidence-attribution',
      range: s,
      cue: q,
      strength: !speaker ? 0.75 : words <= 3 ? 0.5 : 0.45,
      reason: !speaker
        ? words <= 3
          ? REASONS.scareQuote(text.slice(q.start, q.end))
          : REASONS.quoteNoSpeaker()
        : REASONS.quoteNoOccasion(speaker),
      ...(speaker ? { speaker } : {}),
    });
  }
  return found;
}

/** The headline against the body, by words: a quote the body never quotes, a decision the body says is still open. */
function spanishHeadline(article: Article): Finding[] {
  const head = article.parts.find((p) => p.kind === 'headline');
  if (!head) return [];
  const body = { start: head.end, end: article.text.length };
  const range = { start: head.start, end: head.end };
  const quoted = unquotedHeadlineQuote(article.text, range, body);
  const decided = quoted
    ? undefined
    : decidedAgainstOpen('es', article.text.slice(head.start, head.end), article.text.slice(head.end));
  if (!quoted && !decided) return [];
  const cue = quoted ?? { start: head.start + decided!.index, end: head.start + decided!.index + decided!.word.length };
  return [
    {
      kind: 'headline-mismatch',
      skill: 'claim-precision',
      range,
      cue,
      strength: 0.95,
      reason: quoted
        ? REASONS.headlineQuote(article.text.slice(quoted.start, quoted.end))
        : REASONS.headlineDecided(decided!.word),
    },
  ];
}

/** The Spanish article's dates in time order; relative ones keep their words and no date. */
export function spanishTimeline(article: Article): TimelineEntry[] {
  const entries: TimelineEntry[] = spanishDates(article.text).map((d) => ({
    start: d.start,
    end: d.end,
    text: d.text,
    relative: d.relative,
    ...(d.iso ? { date: d.iso } : {}),
  }));
  const key = (e: TimelineEntry) => (e.date ? dayRange(e.date)[0] : Number.POSITIVE_INFINITY);
  return entries.sort((a, b) => key(a) - key(b) || a.start - b.start);
}
