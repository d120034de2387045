// One build for everything the Worker serves: the question bank, the widget bundles, the editor's bundle.

import { buildEditor } from './build-editor.ts';
import { buildQuestions } from './build-questions.ts';
import { buildStatic } from './build-static.ts';
import { buildWidget } from './build-widget.ts';

try {
  const count = buildQuestions();
  console.log(`[build] ${count} quiz file(s) validated into worker/generated/quiz-bank.json`);
  const { files } = await buildWidget();
  console.log(`[build] widget: ${files.map((f) => `dist/assets/${f.path} (${f.bytes} B)`).join(', ')}`);
  const editor = await buildEditor();
  const chunks = Object.entries(editor.chunks).map(([name, bytes]) => `${name} (${bytes} B)`);
  console.log(
    `[build] editor: dist/assets/editor/editor.js (${editor.js} B), editor.css (${editor.css} B); on demand: ${chunks.join(', ')}`,
  );
  // Last, so the copied pages and the _headers file land beside whatever the widget build wrote.
  console.log(`[build] public/ copied to dist/assets/ with ${buildStatic()} header rule(s)`);
} catch (err) {
  console.error(`[build] ${(err as Error).message}`);
  process.exit(1);
}
