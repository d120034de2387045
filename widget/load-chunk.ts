// Loads a lazy chunk once, as a classic script (no CORS needed), and forgets a failed load so Retry works.

import type { FramesModule } from './frames-module.ts';
import type { LaterModule } from './later-module.ts';
import { sharedDeps } from './shared-deps.ts';

export type Chunks = { later: LaterModule; frames: FramesModule };
export type ChunkName = keyof Chunks;
export type ChunkLoader = <N extends ChunkName>(name: N) => Promise<Chunks[N]>;

const pending = new Map<ChunkName, Promise<unknown>>();
const arrived = new Map<ChunkName, (chunk: unknown) => void>();

/**
 * Chunk files are named by content hash at build time (__CHUNKS__). `nonce` is the embed.js tag's
 * own: a host with a nonce-based CSP must let the chunks run too.
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
        // The chunk defines itself while its script runs, before "load": a reject after that changes nothing.
        arrived.set(name, resolve);
        const script = document.createElement('script');
        script.src = `${origin}/${__CHUNKS__[name]}`;
        script.nonce = nonce;
        script.onload = script.onerror = () => {
          script.remove();
          reject(new Error(`[lateral] could not load ${script.src}`));
        };
        document.head.append(script);
      });
      pending.set(name, chunk);
      // Forgotten once failed, so the reader's "Try again" fetches it again.
      chunk.catch(() => pending.delete(name));
    }
    return chunk;
  };
  return load as ChunkLoader;
}
