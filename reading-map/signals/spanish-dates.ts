// Dates in Spanish text: chrono-node's Spanish parser for written dates and weekdays, plus the relative phrases it leaves out.

import { es } from 'chrono-node';

export type SpanishDate = { start: number; end: number; text: string; relative: boolean; iso?: string };

/**
 * Relative phrases chrono's Spanish parser does not read (it reads "5 de enero de 1975", "septiembre de 2010",
 * "el lunes"): kept as words, never turned into a date, as the map does in English.
 */
const RELATIVE =
  /\bhace (?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|pocos|pocas)\s+(?:minutos?|horas?|días?|semanas?|meses|mes|años?|décadas?|tiempo)\b|\bhace (?:una década|un tiempo|tiempo|poco)\b|\b(?:la semana|el mes|el año|el verano|el invierno|el otoño|la primavera|el curso) (?:pasad[oa]|próxim[oa]|que viene)\b|\b(?:el|la) próxim[oa] (?:semana|mes|año|curso|verano|invierno|otoño|primavera)\b|\best[ea] (?:mismo |misma )?(?:semana|mes|año|verano|invierno|otoño|primavera|curso|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|\ben los últimos (?:años|meses|días)\b|\b(?:recientemente|últimamente|anteayer|ayer|hoy|mañana)\b|\b(?:expresident[ea]|exministr[oa]|exalcalde(?:sa)?|actual (?:president[ea]|ministr[oa]|alcalde(?:sa)?|gobierno))\b/gi;
/** A year on its own after a preposition ("en 2014", "desde 2019", "antes de 2026"): chrono leaves bare years alone. */
const YEAR = /\b(?:en|desde|hasta|antes de|después de|a partir de|de)\s+((?:1[89]|20)\d{2})\b/gi;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every date phrase of a Spanish text, in text order, without overlaps. */
export function spanishDates(text: string, reference?: Date): SpanishDate[] {
  const found: SpanishDate[] = [];
  for (const r of es.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)))) {
    const year = r.start.isCertain('year');
    const month = r.start.isCertain('month');
    const day = r.start.isCertain('day');
    const d = r.start.date();
    const iso = year
      ? day
        ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
        : month
          ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}`
          : String(d.getFullYear())
      : undefined;
    found.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      relative: !year,
      ...(iso ? { iso } : {}),
    });
  }
  for (const m of text.matchAll(RELATIVE))
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], relative: true });
  for (const m of text.matchAll(YEAR)) {
    const at = m.index + m[0].length - m[1]!.length;
    found.push({ start: at, end: at + 4, text: m[1]!, relative: false, iso: m[1]! });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => !found.slice(0, i).some((o) => o.start < f.end && f.start < o.end));
}
