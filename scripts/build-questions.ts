// Validates questions/*.json and bundles them into the module the Worker imports; adding a quiz needs no code change.

import { mkdirSync, writeFileSync } from 'node:fs';
import { formatProblem } from '../contract/validate-quiz.ts';
import { loadQuizFiles } from './load-quiz-files.ts';

const OUT_DIR = new URL('../worker/generated/', import.meta.url).pathname;

export function buildQuestions(): number {
  const { quizzes, problems } = loadQuizFiles();
  if (problems.length) {
    throw new Error(`Quiz files have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}quiz-bank.json`, `${JSON.stringify(quizzes)}\n`);
  return quizzes.length;
}
