// CLI: validates every quiz file, checks each quoted passage against its article, and warns when facts are due for review.
// Usage: npm run questions:check -- [<article.txt>] [--questions=<folder of quiz files>]
// A quiz with `<quiz-id>.article.txt` beside it (written by quiz:draft) is checked against that text;
// every other quiz against the article given on the command line (today: ../shared/article/article.txt).

import { readFileSync } from 'node:fs';
import { isReviewDue, isoDay } from '../contract/fact-dates.ts';
import type { QuizFile } from '../contract/quiz.ts';
import { formatProblem } from '../contract/validate-quiz.ts';
import { QUESTIONS_DIR, articlePathFor, loadQuizFiles } from './load-quiz-files.ts';
import { type MissingPassage, findMissingPassages, formatMissingPassage } from './passage-check.ts';

const args = process.argv.slice(2);
const defaultPath = args.find((a) => !a.startsWith('--'));
const questionsDir = args.find((a) => a.startsWith('--questions='))?.slice('--questions='.length) ?? QUESTIONS_DIR;
const { quizzes, problems } = loadQuizFiles(questionsDir);
const withoutOwn = quizzes.filter((q) => !articlePathFor(q.id, questionsDir));
if (!defaultPath && withoutOwn.length > 0) {
  console.error('[questions:check] usage: npm run questions:check -- <path to the source article text>');
  console.error(
    `[questions:check] (needed for ${withoutOwn.map((q) => `${q.id}.json`).join(', ')}: no <quiz-id>.article.txt beside it)`,
  );
  process.exit(2);
}

const texts = new Map<string, string>();
function read(path: string): string {
  const known = texts.get(path);
  if (known !== undefined) return known;
  try {
    const text = readFileSync(path, 'utf8');
    texts.set(path, text);
    return text;
  } catch (err) {
    console.error(`[questions:check] cannot read ${path}: ${(err as Error).message}`);
    process.exit(2);
  }
}

const missing: { m: MissingPassage; path: string }[] = [];
const byArticle = new Map<string, QuizFile[]>();
for (const quiz of quizzes) {
  // The usage check above exits when a quiz has no article beside it and none was given (an empty path fails to read).
  const path = articlePathFor(quiz.id, questionsDir) ?? defaultPath ?? '';
  byArticle.set(path, [...(byArticle.get(path) ?? []), quiz]);
}
for (const [path, list] of byArticle) for (const m of findMissingPassages(list, read(path))) missing.push({ m, path });
for (const p of problems) console.error(formatProblem(p));
for (const { m, path } of missing) console.error(formatMissingPassage(m, path));

// A passed review date is a warning, printed on stdout and never an exit code: a date must not break an unchanged build.
const today = isoDay(Date.now());
for (const quiz of quizzes.filter((q) => isReviewDue(q, today))) {
  const rule = '!'.repeat(72);
  console.log(
    [
      rule,
      `!! REVIEW DUE: ${quiz.id}.json: its facts were checked ${quiz.checkedAt}, to be reviewed by ${quiz.reviewBy}.`,
      '!! Check its outside facts and sources again, then update "checkedAt", "reviewBy" and each "accessed".',
      rule,
    ].join('\n'),
  );
}

const questionCount = quizzes.reduce((n, q) => n + q.questions.length, 0);
if (problems.length || missing.length) {
  console.error(`[questions:check] ${problems.length} format problem(s), ${missing.length} passage(s) not found`);
  process.exit(1);
}
console.log(
  `[questions:check] ${quizzes.length} quiz file(s), ${questionCount} question(s): every passage found in ${[...byArticle.keys()].join(', ')}`,
);
