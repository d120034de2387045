// Absolute dates written out in English or Spanish ("April 9, 2025", "9 de abril de 2025", "June 2024") as ISO strings.

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first absolute date in `text` as YYYY-MM-DD, YYYY-MM or YYYY; undefined when it states none. */
export function parseAbsoluteDate(text: string): string | undefined {
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = text.match(/\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/);
  if (mdy && monthNumber(mdy[1]!)) return `${mdy[3]}-${pad(monthNumber(mdy[1]!)!)}-${pad(Number(mdy[2]))}`;
  const dmy = text.match(/\b(\d{1,2}) (?:de )?([A-Za-záéíóú]{3,10})\.?,? (?:de |del )?(\d{4})\b/);
  if (dmy && monthNumber(dmy[2]!)) return `${dmy[3]}-${pad(monthNumber(dmy[2]!)!)}-${pad(Number(dmy[1]))}`;
  const my = text.match(/\b([A-Za-záéíóú]{3,10}) (?:de |of )?(\d{4})\b/);
  if (my && monthNumber(my[1]!)) return `${my[2]}-${pad(monthNumber(my[1]!)!)}`;
  const year = text.match(/\b(1[89]\d{2}|20\d{2})\b/);
  return year?.[1];
}

/** First and last day (as day numbers since 1970) covered by an ISO date of any precision. */
export function dayRange(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm - 1, dd) / 86_400_000;
  if (d) return [day(y, m!, d), day(y, m!, d)];
  if (m) return [day(y, m, 1), day(y, m + 1, 1) - 1];
  return [day(y, 1, 1), day(y + 1, 1, 1) - 1];
}
