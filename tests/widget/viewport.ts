// happy-dom's IntersectionObserver never reports. This one does: a widget under test is in view, unless a test
// puts it far below the fold, then scrolls to it. Installed for every widget test by the project's setup file.

type Watch = { callback: IntersectionObserverCallback; observer: IntersectionObserver; targets: Set<Element> };

const watches = new Set<Watch>();
let near = true;

function report(watch: Watch, target: Element): void {
  const entry = { isIntersecting: true, target } as IntersectionObserverEntry;
  watch.callback([entry], watch.observer);
}

class ViewportObserver {
  readonly #watch: Watch;
  constructor(callback: IntersectionObserverCallback) {
    this.#watch = { callback, observer: this as unknown as IntersectionObserver, targets: new Set() };
    watches.add(this.#watch);
  }
  observe(target: Element): void {
    this.#watch.targets.add(target);
    // A real observer reports the first state asynchronously after observe().
    if (near) queueMicrotask(() => this.#watch.targets.has(target) && report(this.#watch, target));
  }
  unobserve(target: Element): void {
    this.#watch.targets.delete(target);
  }
  disconnect(): void {
    this.#watch.targets.clear();
    watches.delete(this.#watch);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

export function installViewport(): void {
  globalThis.IntersectionObserver = ViewportObserver as unknown as typeof IntersectionObserver;
}

/** Widgets mounted after this sit far below the viewport: no observer reports them until `scrollToWidgets`. */
export function farBelow(): void {
  near = false;
}

/** The reader scrolls down: every widget being watched comes into view. */
export function scrollToWidgets(): void {
  near = true;
  for (const watch of [...watches]) for (const target of [...watch.targets]) report(watch, target);
}

export function resetViewport(): void {
  near = true;
}
