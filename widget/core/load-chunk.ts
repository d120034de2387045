// Loads a chunk once, as a classic script (no CORS needed), and forgets a failed load so Retry works.

import type { FramesChunk } from '../frames/frames-chunk.ts';
import type { LaterChunk } from '../later/later-chunk.ts';
import { addScript } from '../shared/add-script.ts';
import { sharedDeps } from './shared-deps.ts';

export type Chunks = { later: LaterChunk; frames: FramesChunk };
export type ChunkName = keyof Chunks;
export type ChunkLoader = <N extends ChunkName>(name: N) => Promise<Chunks[N]>;

const pending = new Map<ChunkName, Promise<unknown>>();
const arrived = new Map<ChunkName, (chunk: unknown) => void>();

/**
 * Chunk files are named by content hash at build time (__CHUNKS__): immutable, shared by every quiz.
 * Each borrows Preact from embed.js (`_deps`) and defines itself through `_define` while its script runs.
 */
export function chunkLoader(origin: string, nonce: string): ChunkLoader {
  const lateral = window.Lateral;
  if (lateral) {
    lateral._deps = sharedDeps;
    lateral._define = (name, chunk) => arrived.get(name)?.(chunk);
  }
  const load = (name: ChunkName) => {
    let chunk = pending.get(name);
    if (!chunk) {
      chunk = new Promise((resolve, reject) => {
        arrived.set(name, resolve);
        const src = `${origin}/${__CHUNKS__[name]}`;
        // A reject after the chunk defined itself changes nothing.
        addScript(src, nonce, () => reject(new Error(`[lateral] could not load ${src}`)), true);
      });
      pending.set(name, chunk);
      // Forgotten once failed, so the reader's "Try again" fetches it again.
      chunk.catch(() => pending.delete(name));
    }
    return chunk;
  };
  return load as ChunkLoader;
}
