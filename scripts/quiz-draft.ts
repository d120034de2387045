// CLI: drafts a complete quiz from an article with the reading map and the question writer (issue 19).
// Usage: npm run quiz:draft -- <article.html|article.txt> --id <quiz-id> [--out <folder>] [--force]
// Writes <folder>/<quiz-id>.json (the draft) and <quiz-id>.article.txt (the text its passages quote); <folder> is questions/.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SKILL_LABELS } from '../contract/skills.ts';
import { type QuizProblem, isError } from '../contract/rules/problem.ts';
import { quizProblems } from '../contract/rules/quiz-problems.ts';
import { draftQuiz } from '../question-writer/index.ts';
import { extractArticle, mapArticle } from '../reading-map/index.ts';
import { QUESTIONS_DIR } from './load-quiz-files.ts';

// A declaration, not an arrow: TypeScript narrows after a call only to a function declared to return never.
function fail(message: string, code = 1): never {
  console.error(`[quiz:draft] ${message}`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const input = positionals[0];
const id = values.id;
if (!input || !id)
  fail('usage: npm run quiz:draft -- <article.html|article.txt> --id <quiz-id> [--out <folder>] [--force]', 2);
const outDir = values.out ?? QUESTIONS_DIR;
const quizPath = join(outDir, `${id}.json`);
if (existsSync(quizPath) && !values.force) fail(`${quizPath} exists: pass --force to replace it`, 2);

let bytes: Uint8Array;
try {
  bytes = readFileSync(input);
} catch (err) {
  fail(`cannot read ${input}: ${(err as Error).message}`, 2);
}
const format = /\.html?$/i.test(input) ? 'html' : /\.txt$/i.test(input) ? 'text' : undefined;
const result = await extractArticle(bytes, format ? { format } : {});
if (!result.ok) fail(`${input}: ${result.error.message} (${result.error.code})`);
const article = result.ok ? result.article : fail('unreachable');

const map = mapArticle(article);
const draft = draftQuiz(article, map, id);
const idProblems = quizProblems(draft, undefined, { file: `${id}.json` }).filter(
  (p) => p.where.field === 'id' && !p.where.question,
);
if (idProblems[0]) fail(`--id ${id}: ${idProblems[0].message.en}`, 2);

writeFileSync(quizPath, `${JSON.stringify(draft, null, 2)}\n`);
writeFileSync(join(outDir, `${id}.article.txt`), article.text);

const left = quizProblems(draft, article.text, { file: `${id}.json` }).filter(isError);
const perQuestion = new Map<string, QuizProblem[]>();
for (const p of left) {
  const key = p.where.question ?? '(quiz)';
  perQuestion.set(key, [...(perQuestion.get(key) ?? []), p]);
}
const skills = [...new Set(draft.questions.map((q) => q.skill))];

const lines = [
  `[quiz:draft] wrote ${quizPath} and ${id}.article.txt beside it`,
  `  article: "${article.title}"${article.byline ? ` by ${article.byline}` : ''}${article.site ? `, ${article.site}` : ''}${article.published ? `, published ${article.published}` : ''}`,
  `  ${article.wordCount} words, ${map.marks.length} marks, sha256 ${article.sha256.slice(0, 12)}…`,
  `  ${draft.questions.length} complete question(s) in English and Spanish, strongest first, each marked "needs review":`,
  ...draft.questions.flatMap((q) => [
    `    ${q.id.padEnd(14)} ${q.skill.padEnd(22)} ${(q.stance ?? '').padEnd(8)} ${q.prompt.en.length > 90 ? `${q.prompt.en.slice(0, 89)}…` : q.prompt.en}`,
    `    ${''.padEnd(14)} check: ${q.needsReview?.check.en ?? ''}`,
  ]),
  `  skills covered (${skills.length}): ${skills.map((s) => SKILL_LABELS[s].en).join(', ')}`,
  '  left for you (the validator refuses the quiz until they are done):',
  ...[...perQuestion].map(([q, ps]) => `    ${q}: ${ps.map((p) => p.where.field).join(', ')}`),
  '  Read each question against the article and its sources, correct what the template got wrong, then delete its',
  '  "needsReview" (the editor\'s "I checked this" tick does it), set checkedAt, and run: npm run questions:check',
];
console.log(lines.join('\n'));
