// Bundles the quiz editor's page, a bundle of its own: embed.js and its size budget never carry editor code.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

const ROOT = new URL('../', import.meta.url).pathname;
/** Served by the Worker at /editor/editor.{js,css} (404 while the editor is off), never straight from assets. */
const OUT = join(ROOT, 'dist/assets/editor');

export async function buildEditor(): Promise<{ js: number; css: number }> {
  const result = await build({
    entryPoints: [join(ROOT, 'editor/main.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const js = result.outputFiles?.[0]?.text;
  if (!js) throw new Error('esbuild produced nothing for editor/main.tsx');
  const { code: css } = await transform(readFileSync(join(ROOT, 'editor/editor.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'editor.js'), js);
  writeFileSync(join(OUT, 'editor.css'), css);
  return { js: Buffer.byteLength(js), css: Buffer.byteLength(css) };
}
