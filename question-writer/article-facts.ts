// What the article itself offers a question: the people and organisations it names, its figures, its dates, its outlet.
// Distractors come from here, so a wrong choice is a real alternative from the same page, never filler.

import type { Article } from '../contract/article.ts';
import type { ReadingMap, TextRange } from '../contract/reading-map.ts';
import { parseAbsoluteDate } from '../reading-map/calendar.ts';

export type Found = TextRange & { text: string };

/** A person or organisation, with every place the article names them (its first one is `start`). */
export type Name = Found & { at: number[] };

export type ArticleFacts = {
  /** People and organisations, each once (its fullest form), in order of first appearance. */
  names: Name[];
  /** Figures: amounts, percentages, counts (not years). */
  figures: Found[];
  /** Dates with at least a year or a month, as written, in text order; `iso` when the words give one. */
  dates: (Found & { iso?: string })[];
  headline: string;
  outlet?: string;
  author?: string;
  /** The publication date, in the article's own words when its text gives it ("March 12, 2025"). */
  published?: string;
  publishedIso?: string;
};

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DAYS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo';
/** Capitalised at the start of a sentence, never the start of a name. */
const FUNCTION_WORDS = [
  'The|A|An|In|On|At|By|But|And|Or|So|Under|After|Before|For|With|As|If|When|While|Since|Despite|According|Most|Some',
  'Many|This|That|These|Those|It|He|She|They|We|I|You|Our|His|Her|Their|Its|Photo|Image|Mr|Mrs|Ms|Dr|Then|Now|Yet|Within|Without|Among|Between|Across|Against|Over|Both|Each|Every|No|Not|What|Why|How|Who',
  'Foto|Imagen|Por|El|La|Los|Las|Un|Una|En|Según|Pero|Y|Con|Para|Durante|Desde|Tras|Aunque|Si|Cuando|Este|Esta|Ese|Esa',
].join('|');
const NOT_A_NAME = new RegExp(`^(?:${MONTHS_EN}|${MONTHS_ES}|${DAYS}|${FUNCTION_WORDS})$`, 'i');
/** A title before a name is not part of it: "Mayor Julia Ferreira" is Julia Ferreira. */
const TITLE =
  /^(?:Mayor|President|Minister|Senator|Governor|Judge|Councillors?|Councilors?|Former|Secretary|Chief|Professor|Prof|Sir|Dame|Alcalde|Alcaldesa|Presidente|Presidenta|Regidor|Regidora|Secretario|Secretaria|Gobernador|Gobernadora|Senador|Senadora|Diputado|Diputada|Doctor|Doctora)$/;
/** Documents and streets have capitalised names too, but they say nothing: they are not a "who". */
const NOT_A_WHO =
  /\b(?:Act|Code|Law|Bill|Plan|Report|Charter|Street|Road|Avenue|Square|Initiative|Program|Programme)$|^(?:Ley|Código|Plan|Calle|Avenida|Reglamento|Constitución|Programa)\b/;
const CONNECTOR = /^(?:of|the|for|de|del|la|las|los)$/;
const CAPITAL = /^(?:\p{Lu}[\p{Ll}'’.-]+|\p{Lu}{2,}|\p{Lu}\.)$/u;

/** Capitalised runs of two words or more ("Priya Natarajan", "Canadian Chamber of Commerce", "Comisión Nacional del Agua"). */
function findNames(text: string, skip: readonly TextRange[]): Name[] {
  const words = [...text.matchAll(/[\p{L}'’.-]+/gu)].map((m) => ({
    text: m[0].replace(/[.’']+$/, ''),
    start: m.index,
  }));
  const found: Found[] = [];
  let run: typeof words = [];
  const close = () => {
    const lastText = () => run.at(-1)?.text ?? '';
    const firstText = () => run[0]?.text ?? '';
    while (run.length && (CONNECTOR.test(lastText()) || NOT_A_NAME.test(lastText()))) run.pop();
    while (run.length && (NOT_A_NAME.test(firstText()) || TITLE.test(firstText()))) run.shift();
    const first = run[0];
    const last = run.at(-1);
    const capitals = run.filter((w) => CAPITAL.test(w.text)).length;
    const before = text.slice(Math.max(0, run[0]?.start ?? 0) - 16, run[0]?.start ?? 0);
    // "in the United States", "HALIFAX, Nova Scotia": places, not people or organisations who could say anything.
    const place = /\b(?:in|at|en)\s+(?:the\s+|el\s+|la\s+)?$/i.test(before) || /\b\p{Lu}{3,},\s+$/u.test(before);
    const name = first && last ? text.slice(first.start, last.start + last.text.length) : '';
    const heading = /^\s*:/.test(text.slice(run.at(-1)?.start ?? 0).replace(/^[\p{L}'’.-]+/u, '')) || capitals > 5;
    if (
      first &&
      last &&
      capitals >= 2 &&
      !place &&
      !heading &&
      !NOT_A_WHO.test(name) &&
      !skip.some((r) => r.start <= first.start && first.start < r.end)
    ) {
      const end = last.start + last.text.length;
      found.push({ start: first.start, end, text: text.slice(first.start, end) });
    }
    run = [];
  };
  for (const [i, w] of words.entries()) {
    const prev = words[i - 1];
    const gap = prev ? text.slice(prev.start + prev.text.length, w.start) : '';
    // A run stops at punctuation or a line break: "Halifax, Nova Scotia" is two places, not one name.
    const initial = prev && /^\p{Lu}$/u.test(prev.text) && gap.startsWith('.');
    if (run.length && !/^[ \t]+$/.test(initial ? gap.slice(1) : gap)) close();
    if (
      CAPITAL.test(w.text) &&
      !(run.length === 0 && NOT_A_NAME.test(w.text) && !CAPITAL.test(words[i + 1]?.text ?? ''))
    )
      run.push(w);
    else if (run.length && CONNECTOR.test(w.text) && CAPITAL.test(words[i + 1]?.text ?? '')) run.push(w);
    else close();
  }
  close();
  return distinct(found, text);
}

/** One entry per name, in its fullest form, with every place it occurs ("Natarajan" is Priya Natarajan too). */
function distinct(found: Found[], text: string): Name[] {
  const out: Found[] = [];
  for (const f of found) {
    if (out.some((o) => o.text === f.text || o.text.includes(f.text))) continue;
    const shorter = out.findIndex((o) => f.text.includes(o.text));
    const kept = shorter >= 0 ? out[shorter] : undefined;
    if (kept) out[shorter] = { ...f, start: kept.start, end: kept.start + f.text.length };
    else out.push(f);
  }
  return out
    .filter((f, i) => out.findIndex((o) => o.text === f.text) === i)
    .map((f) => {
      const surname = f.text.split(' ').at(-1) ?? f.text;
      const at = [...text.matchAll(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map(
        (m) => m.index,
      );
      return { ...f, at: at.length ? at : [f.start] };
    });
}

const FIGURE =
  /(?:[$€£]\s?)?\b\d[\d.,]*\b(?:\s?(?:%|percent|per cent|por ciento|million|billion|trillion|millones|mil millones|mil))?/gi;

function findFigures(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const t = m[0].trim().replace(/[.,]+$/, '');
    const digits = t.replace(/\D/g, '');
    // Years and days of the month are dates, not figures.
    if (/^(?:1[89]|20)\d\d$/.test(t) || (/^\d{1,2}$/.test(t) && !/[%$€£]|percent|cent/.test(t))) continue;
    if (!digits) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

const DATE = new RegExp(
  [
    `\\b(?:${MONTHS_EN})\\s+\\d{1,2}(?:,\\s*\\d{4})?`,
    `\\b\\d{1,2}\\s+(?:${MONTHS_EN})(?:\\s+\\d{4})?`,
    `\\b(?:${MONTHS_EN})\\s+\\d{4}`,
    `\\b\\d{1,2}\\s+de\\s+(?:${MONTHS_ES})(?:\\s+de\\s+\\d{4})?`,
    `\\b(?:${MONTHS_ES})\\s+de\\s+\\d{4}`,
    '\\b(?:in|since|en|desde)\\s+(?:1[89]|20)\\d\\d\\b',
  ].join('|'),
  'gi',
);

function findDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DATE)) {
    const t = m[0].replace(/^(?:in|since|en|desde)\s+/i, '');
    const start = m.index + m[0].length - t.length;
    if (!out.some((o) => o.text === t)) out.push({ start, end: start + t.length, text: t });
  }
  return out;
}

/** Where people and organisations are named in the article's own words: not headings, bylines, credits or page chrome. */
const PROSE = new Set(['paragraph', 'list-item', 'standfirst', 'caption']);

/** Everything the patterns may quote from the article, found once per article. */
export function articleFacts(article: Article, map: ReadingMap): ArticleFacts {
  // The byline's author is not someone the article quotes; a credit's photographer is not either.
  const chrome = article.parts.filter((p) => !PROSE.has(p.kind));
  const timeline = map.timeline
    .filter((t) => t.date && !t.relative)
    .map((t) => ({ ...t, text: t.text.replace(/^(?:in|on|since|by)\s+/i, '') }));
  const dates = [...timeline, ...findDates(article.text)].sort((a, b) => a.start - b.start);
  const published = article.published ? parseAbsoluteDate(article.published) : undefined;
  const withIso: ArticleFacts['dates'] = dates
    .filter((d, i) => dates.findIndex((o) => o.text === d.text) === i)
    .map((d) => {
      const iso = parseAbsoluteDate(d.text);
      return iso ? { start: d.start, end: d.end, text: d.text, iso } : { start: d.start, end: d.end, text: d.text };
    });
  return {
    names: findNames(article.text, chrome),
    figures: findFigures(article.text),
    dates: withIso,
    headline: article.title,
    ...(article.site ? { outlet: article.site } : {}),
    ...(article.byline ? { author: article.byline } : {}),
    ...(article.published
      ? { published: withIso.find((d) => d.iso && d.iso === published)?.text ?? article.published }
      : {}),
    ...(published ? { publishedIso: published } : {}),
  };
}

/** The named person or organisation a mark's speaker stands for ("Natarajan" → "Priya Natarajan"), if the article names one. */
export function resolveName(facts: ArticleFacts, speaker: string | undefined, within?: TextRange): string | undefined {
  if (!speaker) return undefined;
  const exact = facts.names.find((n) => n.text === speaker || speaker.endsWith(n.text) || n.text.endsWith(speaker));
  if (exact) return exact.text;
  // A one-word speaker the map cut from a longer name ("Commerce" of "Canadian Chamber of Commerce").
  const inside = facts.names.find((n) => n.text.endsWith(` ${speaker}`) && n.text.split(' ').length <= 4);
  if (inside) return inside.text;
  return within && /\s/.test(speaker) && /^\p{Lu}/u.test(speaker) ? speaker : undefined;
}

/**
 * Names the article gives other than `except`, nearest to `near` first: the distractors of a "who" question.
 * A name used in the sentence or the one before (`avoid`) is never one: "she said" may mean them.
 */
export function otherNames(
  facts: ArticleFacts,
  except: readonly string[],
  near = 0,
  count = 2,
  avoid: TextRange = { start: near - 300, end: near },
): string[] {
  const taken = except.map((e) => e.toLowerCase());
  return facts.names
    .filter((n) => !taken.some((t) => t.includes(n.text.toLowerCase()) || n.text.toLowerCase().includes(t)))
    .filter((n) => !n.at.some((at) => avoid.start <= at && at < avoid.end))
    .filter((n) => n.text !== facts.outlet || except.length === 0)
    .sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))
    .slice(0, count)
    .map((n) => n.text);
}
