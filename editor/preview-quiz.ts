// The quiz the preview shows: set by the preview step as it renders, read by the preview API on each request.

import type { QuizFile } from '../contract/quiz.ts';

let current: QuizFile | null = null;

export function setPreviewQuiz(quiz: QuizFile | null): void {
  current = quiz;
}

export function currentPreviewQuiz(): QuizFile | null {
  return current;
}
