// The Worker's folders import one way (scripts/worker-layers.ts): a value import up or sideways fails CI.

import { describe, expect, it } from 'vitest';
import { areaOf, TIERS, valueImports, workerSources, wrongWayImports } from '../../scripts/worker-layers.ts';

describe('the direction of imports between worker folders', () => {
  it('holds in the real Worker: no value import points up or sideways', () => {
    const files = workerSources();
    expect(files.size).toBeGreaterThan(40);
    expect(wrongWayImports(files)).toEqual([]);
  });

  it('places every worker file in a listed area', () => {
    const unplaced = [...workerSources().keys()].filter((file) => !areaOf(file));
    expect(unplaced).toEqual([]);
  });

  it('reports a value import from a lower folder into a higher one, and between siblings', () => {
    const files = new Map([
      ['results/csv.ts', "import { STRINGS } from './page/strings.ts';\n"],
      ['takes/grading.ts', "import {\n  resultsFor,\n} from '../results/compute.ts';\n"],
      ['groups/links.ts', "import { editorShell } from '../editor/pages.ts';\n"],
      ['http/errors.ts', "export { api } from '../api.ts';\n"],
      ['store.ts', "const m = await import('./quizzes/bundled.ts');\n"],
    ]);
    expect(wrongWayImports(files)).toEqual([
      'groups/links.ts → editor/pages.ts',
      'http/errors.ts → api.ts',
      'results/csv.ts → results/page/strings.ts',
      'store.ts → quizzes/bundled.ts',
      'takes/grading.ts → results/compute.ts',
    ]);
  });

  it('lets types cross in any direction, and values flow down', () => {
    const files = new Map([
      ['http/errors.ts', "import type { AppEnv } from '../index.ts';\n"],
      ['store.ts', "import { type QuizFile, type Lang } from './quizzes/bundled.ts';\n"],
      [
        'results/page/page.tsx',
        "import { resultFigures } from '../figures.ts';\nimport { fail } from '../../http/errors.ts';\n",
      ],
      ['env.ts', "import { fail } from './http/errors.ts';\n"],
      ['index.ts', "import { api } from './api.ts';\n"],
    ]);
    expect(wrongWayImports(files)).toEqual([]);
  });

  it('reads value imports, re-exports and dynamic imports, and skips type-only ones', () => {
    const source = [
      "import { a, type B } from './a.ts';",
      "import type { C } from './c.ts';",
      "import { type D } from './d.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "import './g.ts';",
      "const h = await import('./h.ts');",
      "import { Hono } from 'hono';",
    ].join('\n');
    expect(valueImports(source)).toEqual(['./a.ts', './e.ts', './g.ts', './h.ts']);
  });

  it('lists each area once, in one tier', () => {
    const areas = TIERS.flat();
    expect(new Set(areas).size).toBe(areas.length);
  });
});
