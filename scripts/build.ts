// One build for everything the Worker serves: the question bank, then the widget bundles.

import { buildQuestions } from './build-questions.ts';

try {
  const count = buildQuestions();
  console.log(`[build] ${count} quiz file(s) validated into worker/generated/quiz-bank.json`);
} catch (err) {
  console.error(`[build] ${(err as Error).message}`);
  process.exit(1);
}
