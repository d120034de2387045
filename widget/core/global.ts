// The one global the widget defines, `window.Lateral`: the public mount() plus two internals for the chunks.

import type { MountOptions } from './config.ts';
import type { ChunkName } from './load-chunk.ts';
import type { SharedDeps } from './shared-deps.ts';

export type LateralGlobal = {
  version: string;
  /** Renders a quiz (or its results) into `element`; returns a function that removes it again. */
  mount: (element: Element, options: MountOptions) => () => void;
  /** Internal: the Preact pieces the lazy chunks borrow (see shared-deps.ts). */
  _deps?: SharedDeps;
  /** Internal: each chunk calls this with its exports when it has run. */
  _define?: (name: ChunkName, chunk: unknown) => void;
};

declare global {
  interface Window {
    Lateral?: LateralGlobal;
  }
  /** The chunks' paths under the widget origin, e.g. "w/later.3f9a1c2b7d.js"; set at build time. */
  const __CHUNKS__: Record<ChunkName, string>;
  /** package.json version; set at build time. */
  const __VERSION__: string;
}
