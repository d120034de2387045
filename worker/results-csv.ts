// The results as one tidy CSV table (section, key, label, measure, value): the same figures the results page shows;
// a group's table adds the whole quiz's value beside each figure.

import type { GroupResults, Results } from '../contract/api.ts';
import type { Lang, QuizFile } from '../contract/quiz.ts';
import { resultFigures } from './results-page/figures.ts';
import { STRINGS } from './results-page/strings.ts';

export const CSV_COLUMNS = ['section', 'key', 'label', 'measure', 'value'] as const;

type Row = [section: string, key: string, label: string, measure: string, value: string | number | null];

/**
 * A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return) is a
 * formula to Excel, LibreOffice and Sheets, so it gets a leading apostrophe (OWASP "CSV Injection").
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Headers of a CSV download: a spreadsheet file named after the quiz (ids are [a-z0-9-], safe to quote). */
export function csvHeaders(quiz: QuizFile, cacheControl: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${quiz.id}-results.csv"`,
    'Cache-Control': cacheControl,
  };
}

/**
 * One row per figure, long format, so a teacher can filter or pivot it. Labels are in `lang`;
 * numbers are plain (dot decimals), shares are whole percentages exactly as the page rounds them.
 * Below the small-number threshold there are no skill, question or choice rows and no shares.
 */
export function resultsCsv(quiz: QuizFile, results: Results, lang: Lang): string {
  return csvText(CSV_COLUMNS, resultRows(quiz, results, lang));
}

function resultRows(quiz: QuizFile, results: Results, lang: Lang): Row[] {
  const f = resultFigures(quiz, results, lang);
  const t = STRINGS[lang];
  const title = quiz.title[lang];
  const rows: Row[] = [
    ['quiz', quiz.id, title, 'takes', f.takes],
    ['quiz', quiz.id, title, 'questions', f.total],
    ['quiz', quiz.id, title, 'mean_score', f.meanScore],
    ['quiz', quiz.id, title, 'median_score', f.medianScore],
    ['quiz', quiz.id, title, 'min_takes_for_shares', f.minTakesForShares],
    ['quiz', quiz.id, title, 'updated_at', f.updatedAt],
    ['quiz', quiz.id, title, 'freshness_seconds', f.freshnessSeconds],
  ];
  for (const s of f.scores) rows.push(['score', String(s.score), `${s.score}/${f.total}`, 'takes', s.takes]);
  for (const d of f.daily) rows.push(['day', d.date, d.date, 'takes', d.takes]);
  for (const l of f.languages) {
    rows.push(['language', l.lang, t.languageName[l.lang], 'takes', l.takes]);
    if (l.percent !== null) rows.push(['language', l.lang, t.languageName[l.lang], 'percent_of_takes', l.percent]);
  }
  for (const s of f.skills) {
    rows.push(['skill', s.skill, s.label, 'correct', s.correct]);
    rows.push(['skill', s.skill, s.label, 'answers', s.total]);
    rows.push(['skill', s.skill, s.label, 'percent_correct', s.percent]);
  }
  for (const q of f.questions) {
    rows.push(['question', q.id, q.prompt, 'answered', q.answered]);
    rows.push(['question', q.id, q.prompt, 'correct', q.correct]);
    rows.push(['question', q.id, q.prompt, 'percent_correct', q.percentCorrect]);
    for (const c of q.choices) {
      const key = `${q.id}/${c.id}`;
      rows.push(['choice', key, c.text, 'chosen', c.chosen]);
      rows.push(['choice', key, c.text, 'percent_chosen', c.percent]);
      rows.push(['choice', key, c.text, 'is_correct', c.correct ? 1 : 0]);
      if (q.mostChosenWrong.includes(c)) rows.push(['choice', key, c.text, 'most_chosen_wrong', 1]);
    }
  }
  return rows;
}

function csvText(columns: readonly string[], rows: (string | number | null)[][]): string {
  const lines = [columns.join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  // RFC 4180 line ends; the byte-order mark makes Excel read the accents of Spanish labels as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const GROUP_CSV_COLUMNS = [...CSV_COLUMNS, 'everyone'] as const;

/**
 * A group's figures in the same rows as the quiz's, plus `everyone`: the whole quiz's value for the same
 * figure (empty where the crowd's small-number rule hides it, or when the quiz's results are private).
 * The group's code, label and dates come first, as `group` rows.
 */
export function groupResultsCsv(quiz: QuizFile, results: GroupResults, lang: Lang): string {
  const { group } = results;
  const crowd = new Map<string, Row[4]>();
  if (results.crowd)
    for (const [section, key, , measure, value] of resultRows(quiz, results.crowd, lang)) {
      crowd.set(`${section}|${key}|${measure}`, value);
    }
  const head: Row[] = [
    ['group', group.code, group.name ?? '', 'created_at', group.createdAt],
    ['group', group.code, group.name ?? '', 'expires_at', group.expiresAt],
  ];
  const rows = resultRows(quiz, results, lang).map((row) => {
    const [section, key, , measure] = row;
    // The rows that describe the moment of reading, not a figure, have no crowd counterpart.
    const same = section === 'quiz' && ['updated_at', 'freshness_seconds', 'min_takes_for_shares'].includes(measure);
    return [...row, same ? null : (crowd.get(`${section}|${key}|${measure}`) ?? null)];
  });
  return csvText(GROUP_CSV_COLUMNS, [...head.map((row) => [...row, null]), ...rows]);
}

/** Headers of a group's CSV: never stored by a cache, since its address holds the results secret. */
export function groupCsvHeaders(quiz: QuizFile, code: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${quiz.id}-group-${code}-results.csv"`,
    'Cache-Control': 'private, no-store',
    'Referrer-Policy': 'no-referrer',
  };
}
