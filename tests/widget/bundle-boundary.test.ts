// @vitest-environment node
// The widget build refuses a value import across areas (core, later, frames); types may cross, shared/ is for all.

import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleWidget, CHUNKS, crossingImports, EMBED } from '../../scripts/build-widget.ts';

const FIXTURES = 'tests/widget/fixtures/boundary/widget';

/** A metafile as esbuild writes it, reduced to what the check reads. */
const metafile = (imports: Record<string, string[]>) =>
  ({
    inputs: Object.fromEntries(
      Object.entries(imports).map(([file, paths]) => [
        file,
        { bytes: 0, imports: paths.map((path) => ({ path, kind: 'import-statement' })) },
      ]),
    ),
    outputs: {},
  }) as unknown as Metafile;

describe('the boundary between widget areas', () => {
  it('fails the build when the lazy chunk imports a value from core, naming both files', async () => {
    await expect(bundleWidget(`${FIXTURES}/later/imports-value.ts`)).rejects.toThrow(
      /value imports across widget areas[\s\S]*later\/imports-value\.ts → .*core\/effects\.ts/,
    );
  });

  it('builds a chunk that takes only types from core, and code from shared/', async () => {
    await expect(bundleWidget(`${FIXTURES}/later/imports-type.ts`)).resolves.toBeTypeOf('string');
  });

  it('reports every direction between core, later and frames, and shared code reaching into them', () => {
    const crossings = crossingImports(
      metafile({
        'widget/core/mount.tsx': ['widget/later/later-chunk.ts', 'widget/shared/format.ts', 'contract/quiz.ts'],
        'widget/frames/frame-host.ts': ['widget/core/config.ts'],
        'widget/shared/format.ts': ['widget/core/reduce.ts'],
        'widget/later/finish-screen.tsx': ['widget/later/share-button.tsx', 'node_modules/preact/dist/preact.mjs'],
        'inline-css:/repo/widget/later/later.css': [],
      }),
    );
    expect(crossings).toEqual([
      'widget/core/mount.tsx → widget/later/later-chunk.ts',
      'widget/frames/frame-host.ts → widget/core/config.ts',
      'widget/shared/format.ts → widget/core/reduce.ts',
    ]);
  });

  it('holds in the real widget: embed.js and every chunk build', { timeout: 60_000 }, async () => {
    for (const entry of [EMBED, ...Object.values(CHUNKS)]) {
      await expect(bundleWidget(entry, { define: { __CHUNKS__: '{}' } }), entry).resolves.toBeTruthy();
    }
  });
});
