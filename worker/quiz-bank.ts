// The quizzes bundled with the Worker, built from questions/*.json (what readers get of one: public-quiz.ts).

import type { QuizFile } from '../contract/quiz.ts';
import bank from './generated/quiz-bank.json';

export { estimatedMinutes, publicQuiz, quizSummary } from './public-quiz.ts';

/** Validated at build time by scripts/build-questions.ts. */
export const quizzes = bank as unknown as QuizFile[];

const byId = new Map(quizzes.map((q) => [q.id, q]));

export function findQuiz(id: string): QuizFile | undefined {
  return byId.get(id);
}
