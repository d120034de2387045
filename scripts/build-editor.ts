// Bundles the quiz editor's page, a bundle of its own: embed.js and its size budget never carry editor code.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, transform } from 'esbuild';

const ROOT = new URL('../', import.meta.url).pathname;
/** Served by the Worker at /editor/<file> (404 while the editor is off), never straight from assets. */
const OUT = join(ROOT, 'dist/assets/editor');

/** What the build wrote: editor.js (the first screen), its chunks by file name, and editor.css, in bytes. */
export type EditorBuild = { js: number; chunks: Record<string, number>; css: number };

/**
 * An ES module with code splitting: the reading map and the question writer (editor/analysis.ts, about a megabyte
 * of language libraries) come as a content-hashed chunk the editor imports once there is an article (issue 26).
 */
export async function buildEditor(): Promise<EditorBuild> {
  const result = await build({
    entryPoints: { editor: join(ROOT, 'editor/main.tsx') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: OUT,
    chunkNames: '[name]-[hash]',
    minify: true,
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const files = result.outputFiles ?? [];
  const entry = files.find((f) => basename(f.path) === 'editor.js');
  if (!entry) throw new Error('esbuild produced no editor.js for editor/main.tsx');
  const { code: css } = await transform(readFileSync(join(ROOT, 'editor/editor.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const chunks: Record<string, number> = {};
  for (const file of files) {
    writeFileSync(file.path, file.contents);
    if (file !== entry) chunks[basename(file.path)] = file.contents.byteLength;
  }
  writeFileSync(join(OUT, 'editor.css'), css);
  return { js: entry.contents.byteLength, chunks, css: Buffer.byteLength(css) };
}
