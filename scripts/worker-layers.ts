// The Worker's folders in the order their imports flow: a value import may only point to an earlier tier.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * Tiers from the bottom up; each names its areas (a folder of worker/, or a root file).
 * An area may import values from itself and from any lower tier, never sideways or up.
 * Types may cross freely: they vanish at build time and carry no behaviour.
 */
export const TIERS: readonly (readonly string[])[] = [
  ['http/', 'env.ts', 'store.ts', 'isolate-cache.ts'],
  ['quizzes/'],
  ['takes/'],
  ['results/'],
  ['results/page/', 'pages/'],
  ['groups/', 'editor/'],
  ['api.ts'],
  ['index.ts'],
];

/** The foundations (tier 0) lean on one another: errors, settings and storage form one base. */
const FOUNDATION = 'foundation';

/** The area a path under worker/ belongs to: the longest listed prefix, or the file itself. */
export function areaOf(path: string): string | undefined {
  let best: string | undefined;
  for (const area of TIERS.flat()) {
    const hit = area.endsWith('/') ? path.startsWith(area) : path === area;
    if (hit && (!best || area.length > best.length)) best = area;
  }
  return best && TIERS[0]?.includes(best) ? FOUNDATION : best;
}

function tierOf(area: string): number {
  return area === FOUNDATION ? 0 : TIERS.findIndex((tier) => tier.includes(area));
}

/** Relative specifiers of value imports and re-exports (not `import type`, not all-`type` braces). */
export function valueImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]/gm;
  for (const [, typeOnly, clause = '', spec = ''] of source.matchAll(statement)) {
    if (typeOnly) continue;
    const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const names = braces?.[1]
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (names?.length && names.every((n) => n.startsWith('type '))) continue;
    found.push(spec);
  }
  for (const [, spec = ''] of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push(spec);
  for (const [, spec = ''] of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(spec);
  return found.filter((spec) => spec.startsWith('.'));
}

/**
 * Every value import against the direction, as "from → to" (paths relative to worker/).
 * `files` maps each worker file's path (relative to worker/) to its source.
 */
export function wrongWayImports(files: ReadonlyMap<string, string>): string[] {
  const wrong: string[] = [];
  for (const [file, source] of files) {
    const from = areaOf(file);
    if (!from) continue;
    for (const spec of valueImports(source)) {
      const target = normalize(join(dirname(file), spec));
      const to = areaOf(target);
      if (!to || to === from) continue;
      if (tierOf(to) >= tierOf(from)) wrong.push(`${file} → ${target}`);
    }
  }
  return wrong.sort();
}

/** The Worker's own TypeScript files, read from disk. */
export function workerSources(root = new URL('../worker/', import.meta.url).pathname): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path), readFileSync(path, 'utf8'));
  }
  return files;
}
