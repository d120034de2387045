// One build for everything the Worker serves: the question bank, then the widget bundles.

import { buildQuestions } from './build-questions.ts';
import { buildStatic } from './build-static.ts';
import { buildWidget } from './build-widget.ts';

try {
  const count = buildQuestions();
  console.log(`[build] ${count} quiz file(s) validated into worker/generated/quiz-bank.json`);
  const { files } = await buildWidget();
  console.log(`[build] widget: ${files.map((f) => `dist/assets/${f.path} (${f.bytes} B)`).join(', ')}`);
  // Last, so the copied pages and the _headers file land beside whatever the widget build wrote.
  console.log(`[build] public/ copied to dist/assets/ with ${buildStatic()} header rule(s)`);
} catch (err) {
  console.error(`[build] ${(err as Error).message}`);
  process.exit(1);
}
