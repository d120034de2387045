// CLI: validates every quiz file and checks each quoted passage against the source article.
// Usage: npm run questions:check -- <article.txt>

import { readFileSync } from 'node:fs';
import { formatProblem } from '../contract/validate-quiz.ts';
import { loadQuizFiles } from './load-quiz-files.ts';
import { findMissingPassages, formatMissingPassage } from './passage-check.ts';

const articlePath = process.argv[2];
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

const { quizzes, problems } = loadQuizFiles();
const missing = findMissingPassages(quizzes, article);
for (const p of problems) console.error(formatProblem(p));
for (const m of missing) console.error(formatMissingPassage(m, articlePath));

const questionCount = quizzes.reduce((n, q) => n + q.questions.length, 0);
if (problems.length || missing.length) {
  console.error(`[questions:check] ${problems.length} format problem(s), ${missing.length} passage(s) not found`);
  process.exit(1);
}
console.log(
  `[questions:check] ${quizzes.length} quiz file(s), ${questionCount} question(s): every passage found in ${articlePath}`,
);
