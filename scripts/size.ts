// Prints what a host page downloads to show the first question (gzip and brotli) and fails over the budget.

import { readFileSync, readdirSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Lang } from '../contract/quiz.ts';
import pkg from '../package.json' with { type: 'json' };
import { MANIFEST, type WidgetFile } from './build-widget.ts';

// worker/quizzes/bundled.ts imports its JSON the bundler way (no `with { type: 'json' }`); Node needs the attribute.
registerHooks({
  load: (url, context, nextLoad) =>
    nextLoad(url, url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context),
});
const { publicQuiz, quizzes } = await import('../worker/quizzes/bundled.ts');

const ROOT = new URL('../', import.meta.url).pathname;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).byteLength;
const brotli = (data: Buffer | string) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
const row = (name: string, data: Buffer | string) => {
  console.log(
    `${name.padEnd(44)} ${String(Buffer.byteLength(data)).padStart(7)} ${String(gzip(data)).padStart(7)} ${String(brotli(data)).padStart(7)}`,
  );
  return { gz: gzip(data), br: brotli(data) };
};

const { files } = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { files: WidgetFile[] };
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
let gz = 0;
let br = 0;
for (const file of files.filter((f) => f.firstQuestion)) {
  const s = row(`dist/assets/${file.path}`, readFileSync(join(ROOT, 'dist/assets', file.path)));
  gz += s.gz;
  br += s.br;
}

// The quiz as the widget fetches it on mount, GET /api/quizzes/:id?lang=&questions=1 (Hono's c.json is
// JSON.stringify); count the largest. The whole quiz is fetched at Start, while question 1 is read.
let json = { gz: 0, br: 0, name: '' };
const whole: string[] = [];
for (const quiz of quizzes) {
  for (const lang of quiz.languages as Lang[]) {
    const s = row(`quiz JSON ${quiz.id} (${lang}) questions=1`, JSON.stringify(publicQuiz(quiz, lang, 1)));
    if (s.gz > json.gz) json = { ...s, name: `${quiz.id} (${lang})` };
    whole.push(`${quiz.id} (${lang})`, JSON.stringify(publicQuiz(quiz, lang)));
  }
}
gz += json.gz;
br += json.br;

const budget = pkg.sizeBudget.firstQuestionGzipBytes;
console.log(
  `\nFirst question (embed.js + largest questions=1 quiz JSON, ${json.name}): ${gz} B gzip, ${br} B brotli; budget ${budget} B gzip.`,
);
// What an editor may write: the quiz's own text shares the budget with the code, so say how much of it fits.
console.log(
  `Largest questions=1 quiz JSON that still fits beside the code: ${budget - (gz - json.gz)} B gzip (the largest now: ${json.gz} B, ${json.name}).`,
);
console.log('Loaded later, not counted:');
for (let i = 0; i < whole.length; i += 2) row(`  whole quiz JSON ${whole[i]}`, whole[i + 1] ?? '');
console.log('  (the whole quiz is fetched after Start, not in the first-question path)');
for (const file of files.filter((f) => !f.firstQuestion))
  row(`  dist/assets/${file.path}`, readFileSync(join(ROOT, 'dist/assets', file.path)));

// The editor's first screen: editor.js, the chunks it imports statically, and its stylesheet; the reading map and
// the question writer (analysis-<hash>.js) arrive only once there is an article (issue 26; goal ≤ 150 KB gzip).
const EDITOR = join(ROOT, 'dist/assets/editor');
const editorJs = readFileSync(join(EDITOR, 'editor.js'), 'utf8');
const statics = [...editorJs.matchAll(/from\s*"\.\/([\w-]+\.js)"/g)].map((m) => m[1] as string);
let editorGz = 0;
console.log('\nEditor, first screen (goal 150 KB gzip):');
for (const name of ['editor.js', ...new Set(statics), 'editor.css']) {
  editorGz += row(`  dist/assets/editor/${name}`, readFileSync(join(EDITOR, name))).gz;
}
for (const name of readdirSync(EDITOR).filter((n) => n.startsWith('analysis-'))) {
  row(`  on demand: dist/assets/editor/${name}`, readFileSync(join(EDITOR, name)));
}
console.log(`Editor first screen: ${editorGz} B gzip (${(editorGz / 1024).toFixed(1)} KB).`);

if (gz > budget) {
  console.error(`\n[size] over budget by ${gz - budget} B gzip`);
  process.exit(1);
}
console.log(`\n[size] within budget (${budget - gz} B to spare)`);
