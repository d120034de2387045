// Reads and validates every quiz file in questions/: shared by the build and the question checks.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuizFile } from '../contract/quiz.ts';
import { type QuizProblem, validateQuizFile } from '../contract/validate-quiz.ts';

export const QUESTIONS_DIR = new URL('../questions/', import.meta.url).pathname;

/** A quiz's own article text, written beside it by `npm run quiz:draft` (`<quiz-id>.article.txt`), if there is one. */
export function articlePathFor(quizId: string, dir = QUESTIONS_DIR): string | undefined {
  const path = join(dir, `${quizId}.article.txt`);
  return existsSync(path) ? path : undefined;
}

export function loadQuizFiles(dir = QUESTIONS_DIR): { quizzes: QuizFile[]; problems: QuizProblem[] } {
  const quizzes: QuizFile[] = [];
  const problems: QuizProblem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '(file)', message: `is not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const found = validateQuizFile(file, data);
    if (found.length) problems.push(...found);
    else quizzes.push(data as QuizFile);
  }
  if (files.length === 0) problems.push({ file: dir, field: '(folder)', message: 'holds no quiz files' });
  return { quizzes, problems };
}
