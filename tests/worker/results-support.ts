// Helpers for the results tests: a known mix of takes seeded through the API, and readers for CSV and page tables.

import type { Answers } from '../../contract/api.ts';
import type { Lang, QuizFile } from '../../contract/quiz.ts';
import type { Env } from '../../worker/env.ts';
import { QUIZ, newAttempt, postJson, quiz } from './helpers.ts';

export const OFF = { RATE_LIMIT: 'off' } as const;

export type Take = { lang: Lang; answers: Answers };

/**
 * A fixed, uneven mix: take i gets question j wrong for some pairs (more often for some questions than
 * others), choosing among the wrong answers by a rule that favours some of them. Every third take is in Spanish.
 */
export function knownTakes(count: number, target: QuizFile = quiz): Take[] {
  return Array.from({ length: count }, (_, i) => ({
    lang: i % 3 === 0 ? 'es' : 'en',
    answers: Object.fromEntries(
      target.questions.map((q, j) => {
        const wrong = q.choices.filter((c) => !q.correct.includes(c.id));
        const pick = wrong[((i * (j + 1)) % 5) % wrong.length];
        return [q.id, (i * 7 + j * 3) % 11 < 2 + (j % 5) && pick ? [pick.id] : q.correct];
      }),
    ),
  }));
}

export async function seed(takes: Take[], overrides: Partial<Env> = {}): Promise<void> {
  for (const take of takes) {
    const attempt = await newAttempt({ ...OFF, ...overrides });
    const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, ...take }, { ...OFF, ...overrides });
    if (res.status !== 201) throw new Error(`submission: ${res.status} ${await res.text()}`);
  }
}

/** The figures the seeded takes must produce, counted here independently of the Worker's code. */
export function expectedFigures(takes: Take[], target: QuizFile = quiz) {
  const right = (t: Take, q: QuizFile['questions'][number]) => {
    const a = t.answers[q.id] ?? [];
    return a.length === q.correct.length && q.correct.every((id) => a.includes(id));
  };
  const scores = takes.map((t) => target.questions.filter((q) => right(t, q)).length);
  const distribution = Array.from(
    { length: target.questions.length + 1 },
    (_, s) => scores.filter((x) => x === s).length,
  );
  const questions = Object.fromEntries(
    target.questions.map((q) => {
      const correct = takes.filter((t) => right(t, q)).length;
      const choices = Object.fromEntries(
        q.choices.map((c) => [c.id, takes.filter((t) => (t.answers[q.id] ?? []).includes(c.id)).length]),
      );
      return [q.id, { answered: takes.length, correct, choices }];
    }),
  );
  return {
    takes: takes.length,
    distribution,
    mean: scores.reduce((a, b) => a + b, 0) / scores.length,
    languages: { en: takes.filter((t) => t.lang === 'en').length, es: takes.filter((t) => t.lang === 'es').length },
    questions,
  };
}

export type CsvRow = { version: string; section: string; key: string; label: string; measure: string; value: string };

/** RFC 4180 parsing, enough for our own output: quoted cells, doubled quotes, CRLF rows. */
export function parseCsv(text: string): CsvRow[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  const [head, ...data] = rows;
  if (head?.join(',') !== 'version,section,key,label,measure,value') throw new Error(`unexpected CSV header: ${head}`);
  return data.map(([version = '', section = '', key = '', label = '', measure = '', value = '']) => ({
    version,
    section,
    key,
    label,
    measure,
    value,
  }));
}

export function csvValue(rows: CsvRow[], section: string, key: string, measure: string): string | undefined {
  return rows.find((r) => r.section === section && r.key === key && r.measure === measure)?.value;
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body rows of the page table with this id, as cell texts (header cell first). */
export function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (table === undefined) throw new Error(`no table #${id} on the page`);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((td) => decode(td[1] ?? '')),
  );
}

/** The text of the element carrying `data-figure="<name>"`. */
export function figure(html: string, name: string): string | undefined {
  const m = new RegExp(`data-figure="${name}">([\\s\\S]*?)</(?:dd|p)>`).exec(html);
  return m ? decode(m[1] ?? '') : undefined;
}

/** What a reader sees inside <main>, tags and attributes (and so SVG coordinates) removed. */
export function visibleText(html: string): string {
  return decode(/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '');
}

const MONTHS: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};

/**
 * A YYYY-MM-DD day as the page writes it ("24 November 2026", "24 de noviembre de 2026"), spelled out here
 * rather than through the Intl formatting the Worker uses, so a test of the page checks that formatting.
 */
export function longDate(day: string, lang: Lang = 'en'): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const name = MONTHS[lang][month - 1];
  return lang === 'es' ? `${date} de ${name} de ${year}` : `${date} ${name} ${year}`;
}

export function footerText(html: string): string {
  return decode(/<footer>([\s\S]*)<\/footer>/.exec(html)?.[1] ?? '');
}
