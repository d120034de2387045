// Reads every quiz file in a folder and runs the rules on each with all a checkout knows: shared by the build and questions:check.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDay } from '../contract/utc-day.ts';
import type { QuizFile } from '../contract/quiz.ts';
import { type QuizProblem, isError, problem } from '../contract/rules/problem.ts';
import { quizProblems } from '../contract/rules/quiz-problems.ts';
import { type SourceRecords, sourcesFileName } from '../contract/rules/source-records.ts';

export const QUESTIONS_DIR = new URL('../questions/', import.meta.url).pathname;
/** The first article and the research notes: `../shared/` sits beside the repository in every checkout and in CI. */
export const SHARED_ARTICLE = new URL('../../shared/article/article.txt', import.meta.url).pathname;
export const RESEARCH_NOTES = new URL('../../shared/research/media-literacy-and-fact-check.md', import.meta.url)
  .pathname;

/** A quiz's own article text, written beside it by `npm run quiz:draft` (`<quiz-id>.article.txt`), if there is one. */
export function articlePathFor(quizId: string, dir = QUESTIONS_DIR): string | undefined {
  const path = join(dir, `${quizId}.article.txt`);
  return existsSync(path) ? path : undefined;
}

/** One problem and the file it was found in. */
export type FileProblem = { file: string; problem: QuizProblem };

export type LoadOptions = {
  /** The article for quizzes with no `<quiz-id>.article.txt` beside them; without one their passages go unchecked. */
  articlePath?: string;
  today?: string;
  researchPath?: string;
};

/**
 * Every quiz file in `dir` through `quizProblems`, with the article its passages quote, the research notes
 * and its sources file. `quizzes` are the files with no error (warnings do not hold a quiz back).
 */
export function loadQuizFiles(
  dir = QUESTIONS_DIR,
  { articlePath, today = isoDay(Date.now()), researchPath = RESEARCH_NOTES }: LoadOptions = {},
): { quizzes: QuizFile[]; found: FileProblem[]; articles: Map<string, string> } {
  const quizzes: QuizFile[] = [];
  const found: FileProblem[] = [];
  const articles = new Map<string, string>();
  const research = readIfThere(researchPath);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      const message = `is not valid JSON: ${(err as Error).message}`;
      found.push({
        file,
        problem: problem(
          'not-json',
          'error',
          { field: '(file)' },
          { en: message, es: `no es JSON válido: ${(err as Error).message}` },
        ),
      });
      continue;
    }
    const id = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : file.slice(0, -5);
    const path = articlePathFor(id, dir) ?? articlePath;
    const article = path === undefined ? undefined : readFileSync(path, 'utf8');
    if (path !== undefined) articles.set(file, path);
    const records: SourceRecords | undefined =
      research === undefined ? undefined : { research, sourcesFile: readIfThere(join(dir, sourcesFileName(id))) ?? '' };
    const problems = quizProblems(data, article, { file, today, ...(records ? { records } : {}) });
    found.push(...problems.map((p) => ({ file, problem: p })));
    if (!problems.some(isError)) quizzes.push(data as QuizFile);
  }
  if (files.length === 0)
    found.push({
      file: dir,
      problem: problem(
        'no-quiz-files',
        'error',
        { field: '(folder)' },
        { en: 'holds no quiz files', es: 'no contiene cuestionarios' },
      ),
    });
  return { quizzes, found, articles };
}

function readIfThere(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
