// The results as one tidy CSV table (version, section, key, label, measure, value): the same figures the results page shows;
// a group's table adds the whole quiz's value beside each figure.

import type { GroupResults, Results } from '../../contract/api.ts';
import type { Lang, QuizFile, QuizView } from '../../contract/quiz.ts';
import { resultFigures } from './figures.ts';
import { STRINGS } from './strings.ts';
import { NOT_STORED } from './cache-policy.ts';

export const CSV_COLUMNS = ['version', 'section', 'key', 'label', 'measure', 'value'] as const;

type Row = [section: string, key: string, label: string, measure: string, value: string | number | null];

/**
 * A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return) is a
 * formula to Excel, LibreOffice and Sheets, so it gets a leading apostrophe (OWASP "CSV Injection").
 * Spreadsheets skip leading spaces and control characters before reading a formula, so those count too.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[\t\r]|^[\s\p{Cc}\p{Cf}]*[=+\-@]/u.test(text)) text = `'${text}`;
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
 * One row per figure, long format, so a teacher can filter or pivot it. The first column is the quiz
 * version the row's figure belongs to: the version asked for (`?version=`, the current one by default),
 * except the `version` rows, which list every version. Labels are in `lang`; numbers are plain (dot
 * decimals), shares are whole percentages exactly as the page rounds them. A question or skill below
 * the small-number threshold has no rows.
 */
export function resultsCsv(quiz: QuizView, results: Results, lang: Lang): string {
  return csvText(CSV_COLUMNS, resultRows(quiz, results, lang));
}

/** Each figure's row, after the version it belongs to. */
function resultRows(quiz: QuizView, results: Results, lang: Lang): [string, ...Row][] {
  const f = resultFigures(quiz, results, lang);
  const t = STRINGS[lang];
  const title = quiz.title[lang];
  const rows: Row[] = [
    ['quiz', quiz.id, title, 'takes', f.takes],
    ['quiz', quiz.id, title, 'questions', f.total],
    ['quiz', quiz.id, title, 'mean_score', f.meanScore],
    ['quiz', quiz.id, title, 'median_score', f.medianScore],
    ['quiz', quiz.id, title, 'min_answers_for_shares', f.minAnswersForShares],
    ['quiz', quiz.id, title, 'checked_at', f.checkedAt],
    ['quiz', quiz.id, title, 'version_since', f.version.since],
    ['quiz', quiz.id, title, 'is_current_version', f.version.current ? 1 : 0],
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
  const versionRows: [string, Row][] = f.versions.flatMap((v) => {
    const row = (measure: string, value: string | number): [string, Row] => [
      v.version,
      ['version', v.version, v.since, measure, value],
    ];
    return [
      row('since', v.since),
      row('takes', v.takes),
      row('questions', v.questionCount),
      row('is_current', v.current ? 1 : 0),
    ];
  });
  const all: [string, Row][] = [...rows.map((row): [string, Row] => [f.version.version, row]), ...versionRows];
  return all.map(([version, row]) => [version, ...row]);
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
export function groupResultsCsv(quiz: QuizView, results: GroupResults, lang: Lang): string {
  const { group } = results;
  const version = results.version;
  const crowd = new Map<string, string | number | null>();
  if (results.crowd) {
    for (const [v, section, key, , measure, value] of resultRows(quiz, results.crowd, lang)) {
      crowd.set(`${v}|${section}|${key}|${measure}`, value);
    }
  }
  const head: (string | number | null)[][] = [
    [version, 'group', group.code, group.name ?? '', 'created_at', group.createdAt, null],
    [version, 'group', group.code, group.name ?? '', 'expires_at', group.expiresAt, null],
    // Says why the group's mean, median and score rows are empty (the small-number rule on its scores).
    [version, 'group', group.code, group.name ?? '', 'scores_held_back', results.scoresHeldBack ? 1 : 0, null],
  ];
  // The rows that describe the moment of reading, not a figure, have no counterpart for everyone.
  const reading = ['updated_at', 'freshness_seconds', 'min_answers_for_shares'];
  const rows = resultRows(quiz, results, lang).map((row) => {
    const [v, section, key, , measure] = row;
    const same = section === 'quiz' && reading.includes(measure);
    return [...row, same ? null : (crowd.get(`${v}|${section}|${key}|${measure}`) ?? null)];
  });
  return csvText(GROUP_CSV_COLUMNS, [...head, ...rows]);
}

/** Headers of a group's CSV: never stored by a cache, since its address holds the results secret. */
export function groupCsvHeaders(quiz: QuizFile, code: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${quiz.id}-group-${code}-results.csv"`,
    'Cache-Control': NOT_STORED,
    'Referrer-Policy': 'no-referrer',
  };
}
