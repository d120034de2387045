// Headline against body by words alone, in English and Spanish: quoted words the body never quotes, a decision the body says is not made.

import type { TextRange } from '../../contract/reading-map.ts';
import { findQuotes } from '../analyse.ts';

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);

/**
 * A quote in the headline whose words no quote in the body carries: the body gives them to someone else, paraphrases
 * them, or never says them. The range is the headline's quote, marks included.
 */
export function unquotedHeadlineQuote(text: string, headline: TextRange, body: TextRange): TextRange | undefined {
  const quotes = findQuotes(text);
  const inBody = quotes
    .filter((q) => q.start >= body.start && q.end <= body.end)
    .map((q) => new Set(words(text.slice(q.start, q.end))));
  for (const q of quotes.filter((x) => x.start >= headline.start && x.end <= headline.end)) {
    const own = words(text.slice(q.start, q.end));
    if (own.length < 2) continue; // one quoted word is a scare quote, not a quotation to check
    const best = Math.max(0, ...inBody.map((b) => own.filter((w) => b.has(w)).length / own.length));
    if (best < 0.7) return q;
  }
  return undefined;
}

type Decision = { decided: RegExp; done: RegExp; open: RegExp };

/** A decision in the headline ("votes to scrap", "bans"), what would confirm it, and what says it is still open. */
const DECISION: Record<'en' | 'es', Decision> = {
  en: {
    decided:
      /\b(?:votes? to \w+|scraps?|bans?|axes|abolish(?:es)?|approves?|scrapped|banned|axed|abolished|approved|kills?)\b/i,
    done: /\b(?:voted|agreed|decided)(?:\s+\S+){0,4}?\s+to (?:scrap|ban|axe|abolish|approve|end|remove)\b|\b(?:has|have|was|were|had) (?:been )?(?:scrapped|banned|axed|abolished|approved|removed)\b/i,
    open: /\b(?:review|consultation|to consult|will consider|to consider|to study|proposal|proposed|recommend(?:ed|s)?|no (?:final )?decision|not yet (?:decided|approved)|could be|may be|would be)\b/i,
  },
  es: {
    decided: /\b(?:vota (?:para )?\w+|elimina|prohíbe|suprime|aprueba|aprobó|eliminó|prohibió|suprimió|acaba con)\b/i,
    done: /\b(?:votó|acordó|decidió)(?:\s+\S+){0,4}?\s+(?:eliminar|prohibir|suprimir|aprobar)\b|\b(?:ha|han|fue|fueron) (?:sido )?(?:eliminad|prohibid|suprimid|aprobad)[oa]s?\b/i,
    open: /\b(?:revisión|revisar|estudiará|estudia|estudiar|consulta|propuesta|propone|propuso|recomienda|recomendó|podría|podrían|sin decisión|aún no|todavía no)\b/i,
  },
};

/** The headline's decision word when the body describes the matter as still open and never as decided. */
export function decidedAgainstOpen(
  lang: 'en' | 'es',
  headlineText: string,
  bodyText: string,
): { index: number; word: string } | undefined {
  const rule = DECISION[lang];
  const m = headlineText.match(rule.decided);
  if (!m || m.index === undefined) return undefined;
  if (!rule.open.test(bodyText) || rule.done.test(bodyText)) return undefined;
  return { index: m.index, word: m[0] };
}
