// Runs in the benchmarked page before its own scripts: notes when the embed's first question becomes usable.

import type { ConsoleMessage, Page } from 'playwright-core';

export type Watched = {
  /** When the embed's script request started (Resource Timing), ms since navigation. */
  scriptStart: number;
  /** Widget only: when its Start button could be pressed; the watcher presses it at once. */
  startButton: number | null;
  /** When the first answer choice could be chosen (for the minimal page: its one button could be pressed). */
  firstQuestion: number | null;
  /** Every resource fully downloaded by then. */
  resources: string[];
  /** The same resources' request start and response end, ms since navigation. */
  timeline: { url: string; start: number; end: number }[];
  /** `firstQuestion` on the wall clock (timeOrigin + now), comparable across frames. */
  doneEpoch: number | null;
};

/** What the page logs once the first question is usable: the bench listens for it instead of polling the page. */
export const DONE_SIGNAL = 'lateral-bench:done';

/** Resolves when a frame of the page logs the done signal, with that frame's state. */
export function pageSignalsDone(page: Page, timeoutMs = 30_000): Promise<Watched> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the first question never became usable')), timeoutMs);
    const listen = (message: ConsoleMessage) => {
      const text = message.text();
      if (!text.startsWith(DONE_SIGNAL)) return;
      clearTimeout(timer);
      page.off('console', listen);
      resolve(JSON.parse(text.slice(DONE_SIGNAL.length + 1)) as Watched);
    };
    page.on('console', listen);
  });
}

/**
 * Self-contained (Playwright sends its source to the page, so the done signal is written out, not imported). Shadow roots are invisible to a document
 * observer, so attachShadow is wrapped to observe each new root; observers fire right after the DOM
 * changes, so no polling interval blurs the times.
 */
export function WATCH_FIRST_QUESTION(variant: 'widget' | 'minimal'): void {
  const state: Watched = {
    scriptStart: Number.NaN,
    startButton: null,
    firstQuestion: null,
    resources: [],
    timeline: [],
    doneEpoch: null,
  };
  (window as unknown as { __bench: Watched }).__bench = state;
  const roots: ShadowRoot[] = [];
  const usable = (el: Element | null): el is HTMLElement =>
    el instanceof HTMLElement && !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true';
  const finish = (now: number) => {
    const entries = performance.getEntriesByType('resource');
    const script = entries.find((e) => /\/(embed|minimal)\.js(\?|$)/.test(e.name));
    state.scriptStart = script ? script.startTime : Number.NaN;
    const before = entries.filter((e) => e.startTime <= now) as PerformanceResourceTiming[];
    state.resources = before.map((e) => e.name);
    state.timeline = before.map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd }));
    state.firstQuestion = now;
    state.doneEpoch = performance.timeOrigin + now;
    // A console message reaches the bench through the protocol it already listens on: nothing runs in the page.
    console.debug(`lateral-bench:done ${JSON.stringify(state)}`);
  };
  const check = () => {
    if (state.firstQuestion !== null) return;
    const now = performance.now();
    for (const root of roots) {
      if (variant === 'minimal') {
        if (usable(root.querySelector('button'))) finish(now);
        continue;
      }
      const start = root.querySelector('.start button');
      if (state.startButton === null && usable(start)) {
        state.startButton = now;
        start.click();
      }
      if (state.startButton !== null && usable(root.querySelector('input[type=radio], input[type=checkbox]')))
        finish(now);
    }
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true });
    return root;
  };
}
