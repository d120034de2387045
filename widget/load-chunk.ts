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
    const known = pending.get(name);
    if (known) return known;
    let done = false;
    let settle: [(chunk: unknown) => void, (err: Error) => void] = [() => {}, () => {}];
    const chunk = new Promise((resolve, reject) => {
      settle = [resolve, reject];
    });
    // Registered before the script exists: a load event may fire during append (it does in happy-dom).
    pending.set(name, chunk);
    arrived.set(name, (value) => {
      done = true;
      settle[0](value);
    });
    const script = document.createElement('script');
    script.src = `${origin}/${__CHUNKS__[name]}`;
    script.nonce = nonce;
    script.onload = script.onerror = () => {
      script.remove();
      if (done) return;
      pending.delete(name);
      settle[1](new Error(`[lateral] could not load ${script.src}`));
    };
    document.head.append(script);
    return chunk;
  };
  return load as ChunkLoader;
}
