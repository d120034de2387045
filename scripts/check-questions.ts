// CLI: validates every quiz file, checks each quoted passage against the source article, and warns when facts are due for review.
// Usage: npm run questions:check -- <article.txt> [--questions=<folder of quiz files>]

import { readFileSync } from 'node:fs';
import { isReviewDue, isoDay } from '../contract/fact-dates.ts';
import { formatProblem } from '../contract/validate-quiz.ts';
import { QUESTIONS_DIR, loadQuizFiles } from './load-quiz-files.ts';
import { findMissingPassages, formatMissingPassage } from './passage-check.ts';

const args = process.argv.slice(2);
const articlePath = args.find((a) => !a.startsWith('--'));
const questionsDir = args.find((a) => a.startsWith('--questions='))?.slice('--questions='.length) ?? QUESTIONS_DIR;
if (!articlePath) {
  console.error('[questions:check] usage: npm run questions:check -- <path to the source article text>');
  process.exit(2);
}

let article: string;
try {
  article = readFileSync(articlePath, 'utf8');
} catch (err) {
  console.error(`[questions:check] cannot read ${articlePath}: ${(err as Error).message}`);
  process.exit(2);
}

const { quizzes, problems } = loadQuizFiles(questionsDir);
const missing = findMissingPassages(quizzes, article);
for (const p of problems) console.error(formatProblem(p));
for (const m of missing) console.error(formatMissingPassage(m, articlePath));

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
  `[questions:check] ${quizzes.length} quiz file(s), ${questionCount} question(s): every passage found in ${articlePath}`,
);
