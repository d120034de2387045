// Bundles the widget: embed.js (everything up to the first question) and content-hashed lazy chunks.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BuildOptions, type Metafile, type Plugin, build, transform } from 'esbuild';
import { minify } from 'terser';
import pkg from '../package.json' with { type: 'json' };
import { sharedDeps } from '../widget/core/shared-deps.ts';

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
      // esbuild keeps the space after a custom property's colon; the value starts after it either way.
      const css = code.trim().replace(/(--[\w-]+): /g, '$1:');
      return { contents: `export default ${JSON.stringify(css)};`, loader: 'js', watchFiles: [args.path] };
    });
  },
};

/** The lazy chunks take Preact from embed.js (window.Lateral._deps): one copy on the page, one render state. */
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
  // Classic JSX with an injected h(): the same screens in fewer bytes than the automatic runtime.
  jsx: 'transform',
  jsxFactory: 'h',
  jsxFragment: 'Fragment',
  // widget/tsconfig.json says react-jsx (the editor's and the tests' view); the bundles use the factory above.
  tsconfigRaw: { compilerOptions: { jsx: 'react', verbatimModuleSyntax: true } },
  inject: [join(ROOT, 'widget/shared/jsx-factory.ts')],
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

/**
 * The folders whose code must not reach into each other: core (the first question), later (feedback
 * and the end screen) and frames (iframes) are separate bundles, so a value imported across would be
 * bundled twice and its state split. Types may cross (they are erased); `shared/` and `contract/` are
 * for everyone, and import from none of the three.
 */
const AREAS = ['core', 'later', 'frames', 'shared'] as const;

function areaOf(path: string): string | undefined {
  // The last widget/<area>/ in the path, so test fixtures under tests/widget/ are judged like the real tree.
  const match = /(?:^|.*\/)widget\/([^/]+)\//.exec(path.replace(/^[\w-]+:/, ''));
  return match?.[1] && (AREAS as readonly string[]).includes(match[1]) ? match[1] : undefined;
}

/**
 * Every value import that crosses between widget areas, from esbuild's metafile (which lists imports
 * after TypeScript's type-only ones are gone), as "importer → imported" lines.
 */
export function crossingImports(metafile: Metafile): string[] {
  const crossings: string[] = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    const from = areaOf(file);
    if (!from) continue;
    for (const { path } of input.imports) {
      const to = areaOf(path);
      if (to && to !== from && to !== 'shared') crossings.push(`${file} → ${path}`);
    }
  }
  return crossings;
}

/**
 * Internal property names terser shortens, the same way in every bundle (one name cache per build):
 * the state's, the context's, the chunks' and the first screens' words' own fields, never a name that
 * is also an event type (the reducer's handlers are keyed by it), an API field, an option read by name
 * or a DOM property. About 140 B gzip.
 */
const MANGLED =
  /^(loadFailure|chosen|feedback|failure|refused|whole|begin|dispatch|emit|explainAnswer|FinishScreen|Challenge|failureText|mountResults|onFrameMessage|reportFrom|GroupStart|joinGroup|takeEvents|loadFailed|eyebrow|basedOn|chooseOne|chooseAll|checkFailed|startAgain|readAhead|progress|retry|missing|broken|newTab|checking|minutes|check|crashed)$/;

/**
 * esbuild bundles and minifies; terser then compresses further (a few passes, no unsafe rewrites),
 * about 300 B gzip more off embed.js: what keeps the first question within its budget.
 */
function terser(nameCache: object) {
  return {
    ecma: 2020,
    compress: { passes: 5, pure_getters: true, unsafe_arrows: true },
    mangle: { properties: { regex: MANGLED } },
    nameCache,
  } as const;
}

/**
 * One bundle: `entry` (relative to the repository) with esbuild, refused if it imports a value across
 * widget areas, then compressed by terser. Chunks borrow Preact; embed.js brings it.
 */
export async function bundleWidget(entry: string, options: BuildOptions = {}, nameCache: object = {}): Promise<string> {
  const plugins = entry.endsWith('embed.ts') ? [inlineCss] : [inlineCss, borrowPreact];
  const result = await build({ ...common, plugins, ...options, entryPoints: [join(ROOT, entry)] });
  const file = result.outputFiles?.[0];
  if (!file || !result.metafile) throw new Error(`esbuild produced nothing for ${entry}`);
  const crossings = crossingImports(result.metafile);
  if (crossings.length) {
    throw new Error(
      `${entry}: value imports across widget areas (import only types there; shared code goes in widget/shared/):\n  ${crossings.join('\n  ')}`,
    );
  }
  const { code } = await minify(file.text, terser(nameCache));
  if (!code) throw new Error(`terser produced nothing for ${entry}`);
  return code;
}

function emit(path: string, text: string, firstQuestion: boolean): WidgetFile {
  const full = join(ASSETS, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return { path, bytes: Buffer.byteLength(text), firstQuestion };
}

/** The lazy chunks: name → entry. embed.js learns their hashed paths through `__CHUNKS__`. */
export const CHUNKS = { later: 'widget/later/later-chunk.ts', frames: 'widget/frames/frames-chunk.ts' };
export const EMBED = 'widget/core/embed.ts';

const hashed = (name: string, text: string) =>
  `w/${name}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.js`;

/** Writes dist/assets/embed.js and dist/assets/w/<chunk>.<hash>.js; only dist/assets/w/ is cleared first. */
export async function buildWidget(): Promise<{ files: WidgetFile[] }> {
  const define = { __VERSION__: JSON.stringify(pkg.version) };
  const chunks: { name: string; path: string; text: string }[] = [];
  const nameCache = {};
  for (const [name, entry] of Object.entries(CHUNKS)) {
    const text = await bundleWidget(entry, { define }, nameCache);
    chunks.push({ name, path: hashed(name, text), text });
  }
  const paths = Object.fromEntries(chunks.map((c) => [c.name, c.path]));
  const embed = await bundleWidget(EMBED, { define: { ...define, __CHUNKS__: JSON.stringify(paths) } }, nameCache);
  rmSync(join(ASSETS, 'w'), { recursive: true, force: true });
  const files = [emit('embed.js', embed, true), ...chunks.map((c) => emit(c.path, c.text, false))];
  writeFileSync(MANIFEST, `${JSON.stringify({ files }, null, 2)}\n`);
  return { files };
}
