// The Spanish signals as patterns (compromise reads English only): each rule, what makes a sentence sourced or attributed, and the speaker of a quote.

import type { SignalKind } from '../../contract/reading-map.ts';
import type { Skill } from '../../contract/skills.ts';
import type { Finding } from '../context.ts';
import { REASONS } from '../reasons.ts';

/** A sentence and the one before it in the article. */
export type SpanishSentence = { start: number; end: number; text: string };

export type SpanishRule = {
  kind: SignalKind;
  skill: Skill;
  strength: number;
  pattern: RegExp;
  reason: (m: string) => Finding['reason'];
  /** The sentence (or the one before it) takes the signal away: a named source, the words of someone else. */
  unless?: (s: SpanishSentence, previous?: SpanishSentence) => boolean;
};

const L = '\\p{L}';
/** A word boundary that knows accented letters: `\b` after "negó" or "según" never matches in a JavaScript RegExp. */
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
export const unicodeWords = (re: RegExp): RegExp =>
  new RegExp(re.source.replaceAll('\\b', BOUNDARY), re.flags.includes('u') ? re.flags : `${re.flags}u`);

/** Speech verbs of a report, past and present. */
const SPEECH_WORDS =
  'dijo|dice|dicen|declaró|señaló|explicó|advirtió|informó|informa|indicó|sostuvo|reconoció|anunció|añadió|agregó|admitió|respondió|aseguró|asegura|afirmó|afirma|negó|niega|contó|relató|insistió|subrayó|destacó|apuntó|criticó|denunció|lamentó';
const SPEECH_ES = `(?:${SPEECH_WORDS})(?!${L})`;
/**
 * "según el INE", "Rosa Medina, la alcaldesa, dijo", "datos del Ministerio de Sanidad": a named source. A capitalised
 * word that only opens the sentence ("Expertos dicen") names nobody.
 */
const NAMED_SOURCE = unicodeWords(
  new RegExp(
    `\\bsegún (?:(?:el|la|los|las|un|una) )?(?:${L}+ )?\\p{Lu}|(?:(?<=[^.!?¿¡«"“\\s]\\s)\\p{Lu}${L}+|\\p{Lu}${L}+ \\p{Lu}${L}+)(?: \\p{Lu}${L}+)*,? (?:[^.]{0,60},? )?${SPEECH_ES}|\\b(?:datos|cifras|informe|estudio|encuesta|censo|registro)s? (?:[${L} ]{0,30})?(?:del?|de la) (?:${L}+ )?\\p{Lu}`,
    'u',
  ),
);
/** The sentence reports what someone said: their judgements are theirs. */
const REPORTED = new RegExp(`(?<!${L})${SPEECH_ES}\\s+que(?!${L})|(?<!${L})según(?!${L})`, 'iu');

const named = (s: SpanishSentence, previous?: SpanishSentence) =>
  NAMED_SOURCE.test(s.text) || (!!previous && NAMED_SOURCE.test(previous.text) && !/\d/.test(previous.text));

const RULES: SpanishRule[] = [
  {
    kind: 'attribution',
    skill: 'claim-vs-denial',
    strength: 0.7,
    pattern: /\b(negó|niega|desmintió|desmiente|afirmó|afirma|aseguró|asegura|rechazó|rechaza)\b/i,
    reason: (m) => REASONS.claimOrDenial(m),
  },
  {
    kind: 'attribution',
    skill: 'evidence-attribution',
    strength: 0.35,
    pattern:
      /\b(dijo|dice|dicen|declaró|señaló|explicó|advirtió|según|informó|informa|indicó|sostuvo|reconoció|anunció|añadió|agregó|admitió|respondió|contó|relató|insistió|subrayó|destacó|apuntó|criticó|denunció|lamentó|se quejan|se quejaron)\b/i,
    reason: () => REASONS.attributed(),
  },
  {
    kind: 'unnamed-source',
    skill: 'evidence-attribution',
    strength: 0.85,
    pattern:
      /(?<!\b(?:sus|su|mis|nuestros|tus) (?:muchos |numerosos )?)\b(expertos|especialistas|fuentes|críticos|analistas|funcionarios|científicos|investigadores|nutricionistas|médicos|economistas|observadores|espectadores|lectores|usuarios|testigos|algunos|muchos|las encuestas|los estudios|dicen que|se dice|se cree|hay quien|un funcionario|una funcionaria|una fuente|un portavoz|una portavoz|un experto|una experta)\b/iu,
    reason: (m) => REASONS.unnamedSource(m),
    // "algunos de los vecinos, entre ellos Ana Ruiz": named nearby.
    unless: (s) => /\b(?:entre ellos|entre ellas|como)\s+\p{Lu}/u.test(s.text),
  },
  {
    kind: 'unsourced-number',
    skill: 'stats-polls',
    strength: 0.8,
    pattern:
      /\b\d+(?:[.,]\d+)?\s*(?:%|por ciento|millones|mil millones|billones)|\b(?:\d+|uno|una|nueve|ocho|siete|seis|cinco|cuatro|tres|dos) de cada \w+\b|\bla mayoría\b/iu,
    reason: (m) => REASONS.unsourcedNumber(m),
    unless: named,
  },
  {
    kind: 'opinion',
    skill: 'fact-vs-opinion',
    strength: 0.65,
    pattern:
      /\b(claramente|obviamente|sin duda|evidentemente|desastros[oa]s?|inquebrantable|vergonzos[oa]s?|lo más viable|lamentable|absurd[oa]s?|ridícul[oa]s?|escandalos[oa]s?|indignante|nefast[oa]s?|pésim[oa]s?|impresentable|inaceptable|inadmisible|chapuza|despropósito|disparate|sinsentido|una pérdida de tiempo|no sirve para nada|no resuelve nada|no hace nada|creo que|pienso que|en mi opinión|a mi juicio|me parece|deberían?|tiene que|tienen que|hay que|fracasará|será un fracaso|nunca funcionará|está condenad[oa]|los llamados|las llamadas|el supuesto|la supuesta|qué sorpresa|faltaría más)\b|¿(?:de verdad|acaso|no es hora|cómo es posible|quién (?:en su sano juicio|de verdad|puede creer))/iu,
    reason: (m) => REASONS.opinion(m),
    unless: (s) => REPORTED.test(s.text),
  },
  {
    kind: 'image-credit',
    skill: 'image-provenance',
    strength: 0.8,
    pattern:
      /\b(?:foto de archivo|imagen de archivo|Getty Images|Shutterstock|Unsplash|Pexels|iStock|Alamy|Adobe Stock)\b/i,
    reason: (m) => REASONS.stockImage(m),
    // An agency photo ("EFE", "Europa Press", "AFP/Getty Images") is a news photo.
    unless: (s) => /\b(?:EFE|Europa Press|AFP|Reuters|AP|EPA)\b/.test(s.text),
  },
  {
    kind: 'image-credit',
    skill: 'image-provenance',
    strength: 0.5,
    pattern: /^(?:foto|imagen|fotografía)\b.*\b(?:EFE|Europa Press|AFP|Reuters|AP|EPA)\b/iu,
    reason: (m) => REASONS.agencyImageUndated(m.match(/EFE|Europa Press|AFP|Reuters|AP|EPA/)?.[0] ?? m),
    // Dated: when and where is on the line.
    unless: (s) =>
      /\b\d{4}\b|\b\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/i.test(
        s.text,
      ),
  },
  {
    kind: 'uncited-document',
    skill: 'lateral-reading',
    strength: 0.75,
    pattern:
      /(?:\b(?:la constitución|la ley|un estudio|un informe|los estudios|el reglamento|el plan|la ordenanza|el informe|el estudio|una investigación|el decreto|la normativa)\s+(?:\p{L}+\s+){0,4}?(?:dice|dicen|establece|prohíbe|permite|obliga|exige|recoge|demuestra|demuestran|concluye|revela|indica|muestra|muestran|señala|asegura|afirma|prevé|contempla)\b|\bsegún (?:el|la|un|una|los) (?:informe|estudio|plan|ley|ordenanza|reglamento|decreto|normativa|constitución|estudios)\b)(?![^.]*\b(?:artículo|\d{4}|https?:|publicad[oa] en|disponible en))/iu,
    reason: (m) =>
      REASONS.uncitedDocument(
        m.match(/constitución|ley|estudios?|informe|reglamento|plan|ordenanza|investigación|decreto|normativa/i)?.[0] ??
          m,
      ),
  },
];

export const SPANISH_RULES: SpanishRule[] = RULES.map((r) => ({ ...r, pattern: unicodeWords(r.pattern) }));

/** The person a Spanish quote is from: "—dijo Rosa Medina", "Rosa Medina afirmó:", "según Medina". */
export function spanishSpeaker(text: string): string | undefined {
  const name = `\\p{Lu}${L}+(?: (?:de |del |de la )?\\p{Lu}${L}+){0,3}`;
  const after = text.match(new RegExp(`(?<!${L})${SPEECH_ES}\\s+(?:el |la )?(?:\\p{Ll}+ )?(${name})`, 'u'));
  if (after?.[1] && /^\p{Lu}/u.test(after[1])) return after[1];
  const before = text.match(new RegExp(`(${name}),?(?: [^,.]{0,40},)? ${SPEECH_ES}`, 'u'));
  if (before?.[1] && !/^(?:El|La|Los|Las|Un|Una|Según)$/.test(before[1])) return before[1];
  return text.match(new RegExp(`\\bsegún (${name})`, 'u'))?.[1];
}
