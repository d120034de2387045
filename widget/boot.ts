// Finds what to render on the host page (the script's own spot, placeholders now and later) and defines window.Lateral.

import { MESSAGE_SOURCE } from '../contract/messages.ts';
import { configFromAttributes, configFromOptions, type MountOptions, type WidgetConfig, warn } from './config.ts';
import type { LateralGlobal } from './global.ts';
import { type ChunkLoader, chunkLoader } from './load-chunk.ts';
import { mountWidget } from './mount.tsx';

export const PLACEHOLDER = '[data-lateral-quiz]';

/**
 * Takes over the page for the embed.js tag `script` (document.currentScript, captured by the caller).
 * Returns what undoes it: pages never need that, tests do.
 */
export function boot(script: HTMLScriptElement | null, makeLoader: typeof chunkLoader = chunkLoader): () => void {
  const src = script?.src || document.querySelector<HTMLScriptElement>('script[src*="/embed.js"]')?.src;
  if (!src) {
    warn('load embed.js with <script src="https://…/embed.js">');
    return () => {};
  }
  const origin = new URL(src, location.href).origin;
  const defaults = script?.dataset ?? {};
  const first = window.Lateral;
  if (first) {
    // embed.js twice on one page: the first copy watches placeholders, this one fills only its own spot.
    const spot = script?.dataset.quiz && placeAfter(script);
    const { quiz, lang, theme, accent, view } = defaults;
    if (spot) guard(() => first.mount(spot, { quiz, lang, theme, accent, view, origin } as MountOptions));
    return () => {};
  }

  const mounted = new WeakMap<Element, () => void>();
  const lateral: LateralGlobal = {
    version: __VERSION__,
    mount(element, options) {
      if (!(element instanceof HTMLElement)) {
        throw new Error(
          '[lateral] Lateral.mount(element, options) needs an element, e.g. document.querySelector("#quiz")',
        );
      }
      const config = configFromOptions(options, origin);
      try {
        return mountElement(element, config);
      } catch (err) {
        throw new Error(`[lateral] cannot render into this element (${String(err)}): pass an empty <div>`);
      }
    },
  };
  window.Lateral = lateral;
  const load: ChunkLoader = makeLoader(origin, script?.nonce || script?.getAttribute('nonce') || '');

  const mountElement = (element: HTMLElement, config: WidgetConfig) => {
    mounted.get(element)?.();
    const unmount = mountWidget(element, config, { load });
    const stop = () => {
      if (mounted.get(element) === stop) mounted.delete(element);
      unmount();
    };
    mounted.set(element, stop);
    return stop;
  };
  const mountFromAttributes = (element: HTMLElement, own: DOMStringMap) => {
    if (mounted.has(element)) return;
    const config = configFromAttributes(own, defaults, origin);
    if (config) guard(() => mountElement(element, config));
  };

  // Iframe snippets and results views: their messages are handled by the iframe chunk, fetched on the first one.
  const onMessage = (event: MessageEvent) => {
    if (event.origin === origin && (event.data as { source?: unknown } | null)?.source === MESSAGE_SOURCE) {
      load('frames').then(
        (frames) => frames.onFrameMessage(event, origin),
        () => {},
      );
    }
  };
  addEventListener('message', onMessage);

  const spot = script?.dataset.quiz && placeAfter(script);
  if (spot) mountFromAttributes(spot, defaults);
  const scan = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>(PLACEHOLDER)) mountFromAttributes(el, el.dataset);
  };
  scan(document);
  // Single-page apps add placeholders later. Cheap: a selector match per added element.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(PLACEHOLDER)) mountFromAttributes(node, node.dataset);
        if (node.firstElementChild) scan(node);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    removeEventListener('message', onMessage);
    window.Lateral = undefined;
  };
}

/** The quiz goes where the script tag stands; a tag in <head> has no such place. */
function placeAfter(script: HTMLScriptElement): HTMLDivElement | null {
  if (!script.parentElement || script.closest('head')) {
    warn('put <script data-quiz> inside <body> where the quiz goes, or use <div data-lateral-quiz>');
    return null;
  }
  const div = document.createElement('div');
  script.after(div);
  return div;
}

/** Nothing wrong in the page's markup may throw into the page: warn instead. */
function guard(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    warn(err instanceof Error ? err.message : String(err));
  }
}
