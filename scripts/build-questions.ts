// Validates questions/*.json and bundles them into the module the Worker imports; adding a quiz needs no code change.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblem } from '../contract/validate-quiz.ts';
import { QUESTIONS_DIR, loadQuizFiles } from './load-quiz-files.ts';

const OUT_DIR = new URL('../worker/generated/', import.meta.url).pathname;

export function buildQuestions(dir = QUESTIONS_DIR): number {
  const { quizzes, problems } = loadQuizFiles(dir);
  if (problems.length) {
    throw new Error(`Quiz files have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const out = `${OUT_DIR}quiz-bank.json`;
  const text = `${JSON.stringify(quizzes)}\n`;
  // wrangler dev watches worker/: rewriting an unchanged file would trigger another build, forever.
  if (!existsSync(out) || readFileSync(out, 'utf8') !== text) writeFileSync(out, text);
  return quizzes.length;
}
