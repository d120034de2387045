// CLI: runs the quiz rules (contract/rules/) on every quiz file, against its article, the research notes and its sources file.
// Usage: npm run questions:check -- [<article.txt>] [--questions=<folder of quiz files>] [--today=YYYY-MM-DD]
// A quiz with `<quiz-id>.article.txt` beside it (written by quiz:draft) is checked against that text;
// every other quiz against the article given on the command line (today: ../shared/article/article.txt).
// Errors go to stderr and fail the run; warnings (reviewer advice, a review date passed) go to stdout and never do.

import { existsSync } from 'node:fs';
import { isIsoDate } from '../contract/fact-dates.ts';
import { formatProblem, isError } from '../contract/rules/problem.ts';
import { QUESTIONS_DIR, articlePathFor, loadQuizFiles } from './load-quiz-files.ts';

const args = process.argv.slice(2);
const articlePath = args.find((a) => !a.startsWith('--'));
const questionsDir = args.find((a) => a.startsWith('--questions='))?.slice('--questions='.length) ?? QUESTIONS_DIR;
// The day review dates are judged against: today (UTC) unless a test fixes the clock.
const today = args.find((a) => a.startsWith('--today='))?.slice('--today='.length);
if (today !== undefined && !isIsoDate(today)) {
  console.error(`[questions:check] --today takes a date as YYYY-MM-DD, not "${today}"`);
  process.exit(2);
}

if (articlePath !== undefined && !existsSync(articlePath)) {
  console.error(`[questions:check] cannot read ${articlePath}`);
  process.exit(2);
}
const { quizzes, found, articles } = loadQuizFiles(questionsDir, {
  ...(articlePath ? { articlePath } : {}),
  ...(today ? { today } : {}),
});
const withoutArticle = quizzes.filter((q) => !articlePath && !articlePathFor(q.id, questionsDir));
if (withoutArticle.length > 0) {
  console.error('[questions:check] usage: npm run questions:check -- <path to the source article text>');
  console.error(
    `[questions:check] (needed for ${withoutArticle.map((q) => `${q.id}.json`).join(', ')}: no <quiz-id>.article.txt beside it)`,
  );
  process.exit(2);
}

const errors = found.filter((f) => isError(f.problem));
const warnings = found.filter((f) => !isError(f.problem));
for (const { file, problem } of errors) console.error(formatProblem(problem, file));
for (const { file, problem } of warnings) {
  if (problem.code !== 'review-due') console.log(formatProblem(problem, file));
  else {
    // A passed review date is the one warning nobody may miss.
    const rule = '!'.repeat(72);
    console.log([rule, `!! REVIEW DUE: ${file}: ${problem.message.en}`, rule].join('\n'));
  }
}

const questionCount = quizzes.reduce((n, q) => n + q.questions.length, 0);
if (errors.length) {
  console.error(`[questions:check] ${errors.length} error(s), ${warnings.length} warning(s)`);
  process.exit(1);
}
console.log(
  `[questions:check] ${quizzes.length} quiz file(s), ${questionCount} question(s), ${warnings.length} warning(s): every passage found in ${[...new Set(articles.values())].join(', ')}`,
);
