// Lazy chunks arrive as classic scripts from the widget's origin, carry the page's CSP nonce, and can be retried.

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { chunkLoader } from '../../widget/core/load-chunk.ts';
import { sharedDeps } from '../../widget/core/shared-deps.ts';
import { ORIGIN } from './fake-api.ts';

beforeEach(() => {
  window.Lateral = { version: 'test', mount: () => () => {} };
});
afterEach(() => {
  window.Lateral = undefined;
  vi.restoreAllMocks();
});

/**
 * happy-dom runs no scripts (and fires "load" at once): the chunk's own code, a call to
 * Lateral._define, is played when its script is inserted, for the chunks in `serve`.
 */
function serveChunks(serve: Record<string, unknown>) {
  const inserted: { src: string; nonce: string }[] = [];
  const append = document.head.append.bind(document.head);
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes) {
      if (!(node instanceof HTMLScriptElement)) continue;
      inserted.push({ src: node.src, nonce: node.nonce || (node.getAttribute('nonce') ?? '') });
      const name = /\/w\/(\w+)\./.exec(node.src)?.[1] ?? '';
      if (name in serve) window.Lateral?._define?.(name as 'later', serve[name]);
    }
    append(...nodes);
  });
  return inserted;
}

it('injects the hashed chunk with the nonce and resolves with what the chunk defines', async () => {
  const exports = { mountResults: () => () => {} };
  const inserted = serveChunks({ frames: exports });
  const load = chunkLoader(ORIGIN, 'n0nce');
  expect(window.Lateral?._deps).toBe(sharedDeps);
  await expect(load('frames')).resolves.toBe(exports);
  expect(inserted).toEqual([{ src: `${ORIGIN}/w/frames.test.js`, nonce: 'n0nce' }]);
  expect(document.head.querySelector('script')).toBeNull();
  // Loaded once: asking again injects nothing.
  await expect(load('frames')).resolves.toBe(exports);
  expect(inserted).toHaveLength(1);
});

it('rejects when the chunk does not arrive, and tries again on the next call', async () => {
  const serve: Record<string, unknown> = {};
  const inserted = serveChunks(serve);
  const load = chunkLoader(ORIGIN, '');
  await expect(load('later')).rejects.toThrow(`[lateral] could not load ${ORIGIN}/w/later.test.js`);
  serve.later = { retried: true };
  await expect(load('later')).resolves.toEqual({ retried: true });
  expect(inserted.map((s) => s.src)).toEqual([`${ORIGIN}/w/later.test.js`, `${ORIGIN}/w/later.test.js`]);
});
