// Bundles the widget: embed.js (everything up to the first question) and content-hashed lazy chunks.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BuildOptions, type Plugin, build, transform } from 'esbuild';
import pkg from '../package.json' with { type: 'json' };
import { sharedDeps } from '../widget/shared-deps.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const ASSETS = join(ROOT, 'dist/assets');
/** Which files the host page needs for the first question; read by scripts/size.ts. */
export const MANIFEST = join(ROOT, 'dist/widget-manifest.json');

export type WidgetFile = { path: string; bytes: number; firstQuestion: boolean };

/** `import css from './x.css?inline'` (the Vite convention, so tests share it) → minified CSS text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js', watchFiles: [args.path] };
    });
  },
};

/** The chunk takes Preact from embed.js (window.Lateral._deps): one copy on the page, one hooks state. */
const borrowPreact: Plugin = {
  name: 'borrow-preact',
  setup(b) {
    b.onResolve({ filter: /^preact(\/hooks|\/jsx-runtime)?$/ }, (args) => ({ path: args.path, namespace: 'borrowed' }));
    b.onLoad({ filter: /.*/, namespace: 'borrowed' }, () => ({
      contents: `export const { ${Object.keys(sharedDeps).join(', ')} } = window.Lateral._deps;`,
      loader: 'js',
    }));
  },
};

const common: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

async function bundle(entry: string, options: BuildOptions): Promise<string> {
  const result = await build({ ...common, ...options, entryPoints: [join(ROOT, entry)] });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

function emit(path: string, text: string, firstQuestion: boolean): WidgetFile {
  const full = join(ASSETS, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return { path, bytes: Buffer.byteLength(text), firstQuestion };
}

/** The lazy chunks: name → entry. embed.js learns their hashed paths through `__CHUNKS__`. */
const CHUNKS = { later: 'widget/later.ts', frames: 'widget/frames.ts' };

/** Writes dist/assets/embed.js and dist/assets/w/<chunk>.<hash>.js; only dist/assets/w/ is cleared first. */
export async function buildWidget(): Promise<{ files: WidgetFile[] }> {
  const define = { __VERSION__: JSON.stringify(pkg.version) };
  const chunks: Record<string, { path: string; text: string }> = {};
  for (const [name, entry] of Object.entries(CHUNKS)) {
    const text = await bundle(entry, { define, plugins: [inlineCss, borrowPreact] });
    chunks[name] = { path: `w/${name}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.js`, text };
  }
  const paths = Object.fromEntries(Object.entries(chunks).map(([name, c]) => [name, c.path]));
  const embed = await bundle('widget/embed.ts', {
    define: { ...define, __CHUNKS__: JSON.stringify(paths) },
    plugins: [inlineCss],
  });
  rmSync(join(ASSETS, 'w'), { recursive: true, force: true });
  const files = [emit('embed.js', embed, true), ...Object.values(chunks).map((c) => emit(c.path, c.text, false))];
  writeFileSync(MANIFEST, `${JSON.stringify({ files }, null, 2)}\n`);
  return { files };
}
