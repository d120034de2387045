// embed.js: finds what to render (the script's own spot, placeholders now and later), and asks for each quiz's
// question 1 before anything is drawn, so the request is under way while the screens are being built.

import { firstQuestionUrl } from '../../contract/links.ts';
import { configFromAttributes, configFromOptions, type MountOptions, type WidgetConfig, warn } from './config.ts';
import { type ChunkLoader, chunkLoader } from './load-chunk.ts';
import { mountWidget } from './mount.tsx';

export const PLACEHOLDER = '[data-lateral-quiz]';

/**
 * Takes over the page for the embed.js tag `script` (document.currentScript, captured by the caller).
 * Returns what undoes it: pages never need that, tests do.
 */
export function loadEmbeds(script: HTMLScriptElement | null, makeLoader: typeof chunkLoader = chunkLoader): () => void {
  const src = script?.src || document.querySelector<HTMLScriptElement>('script[src*="/embed.js"]')?.src;
  const defaults = script?.dataset ?? {};
  // The quiz goes where the script tag stands; a tag in <head> has no such place.
  const spot = defaults.quiz && script && (script.closest('head') ? null : document.createElement('div'));
  if (defaults.quiz && !spot) warn('put <script data-quiz> in <body>, or use <div data-lateral-quiz>');
  if (spot) script?.after(spot);
  if (!src) {
    warn('load embed.js with <script src>');
    return () => {};
  }
  const origin = new URL(src, location.href).origin;
  const first = window.Lateral;
  if (first) {
    // embed.js twice on one page: the first copy watches placeholders, this one fills only its own spot.
    if (spot) guard(() => first.mount(spot, { ...defaults, origin } as MountOptions));
    return () => {};
  }

  const nonce = script?.nonce || script?.getAttribute('nonce') || '';
  const mounted = new WeakMap<Element, () => void>();
  const mountElement = (element: HTMLElement, config: WidgetConfig) => {
    mounted.get(element)?.();
    // Question 1 is asked for first, before styles and screens are set up. The widget's request for that
    // address (mount.tsx loads the quiz before anything else) takes this answer, once: keyed by the URL, so
    // no other request is handed it, and a retry goes to the network. The API client asks with the address
    // as a string built by the same contract/links.ts. Inline: a helper function cost 9 B of the budget.
    let url = firstQuestionUrl(config.origin, config.quizId, config.lang);
    const first = config.view === 'quiz' && fetch(url);
    if (first) first.catch(() => {});
    const early: typeof fetch = (input, init) => {
      if (input !== url || !first) return fetch(input, init);
      url = '';
      return first;
    };
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const unmount = mountWidget(element, root, config, { load, fetch: early, nonce });
    const stop = () => {
      if (mounted.get(element) === stop) mounted.delete(element);
      unmount();
    };
    mounted.set(element, stop);
    return stop;
  };
  window.Lateral = {
    version: __VERSION__,
    mount(element, options) {
      if (!(element instanceof HTMLElement)) {
        throw new Error('[lateral] Lateral.mount needs an element');
      }
      const config = configFromOptions(options, origin);
      try {
        return mountElement(element, config);
      } catch (err) {
        throw new Error(`[lateral] pass an empty <div> (${err})`);
      }
    },
  };
  const load: ChunkLoader = makeLoader(origin, nonce);
  const mountFromAttributes = (element: HTMLElement, own: DOMStringMap) => {
    const config = !mounted.has(element) && configFromAttributes(own, defaults, origin);
    if (config) guard(() => mountElement(element, config));
  };

  // Iframe snippets and results views: only our own pages post from our origin, so the first message from it
  // fetches the iframe chunk, which checks each message (isFrameMessage) and acts on it.
  const onMessage = (event: MessageEvent) => {
    if (event.origin === origin) {
      load('frames').then(
        (frames) => frames.onFrameMessage(event, origin),
        () => {},
      );
    }
  };
  addEventListener('message', onMessage);

  if (spot) mountFromAttributes(spot, defaults);
  // Placeholders now, and those single-page apps add later (cheap: a selector match per added element).
  const scan = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>(PLACEHOLDER)) mountFromAttributes(el, el.dataset);
  };
  scan(document);
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

/** Nothing wrong in the page's markup may throw into the page: warn instead. */
function guard(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    warn(err instanceof Error ? err.message : String(err));
  }
}
