// Puts one widget on one element: a shadow root with our styles, then the quiz or the results iframe.

import { render } from 'preact';
import type { WidgetEventDetail, WidgetEventName } from '../contract/messages.ts';
import { createApiClient } from './api-client.ts';
import { App } from './app.tsx';
import { type WidgetConfig, warn } from './config.ts';
import type { ChunkLoader } from './load-chunk.ts';
import { createQuizFlow } from './quiz-flow.ts';
import { addStyles, styleRoot } from './styles.ts';

export type MountDeps = { load: ChunkLoader; fetch?: typeof fetch };

/** Renders into `host`'s shadow root (created if needed, emptied if reused); returns the unmount. */
export function mountWidget(host: HTMLElement, config: WidgetConfig, deps: MountDeps): () => void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const unstyle = styleRoot(root);
  let live = true;
  let stop = () => {};
  if (config.view === 'results') {
    deps.load('frames').then(
      (frames) => live && (stop = frames.mountResults(root, config)),
      (err) => warn(String(err)),
    );
  } else {
    stop = mountQuiz(root, host, config, deps);
  }
  return () => {
    live = false;
    stop();
    unstyle();
    root.replaceChildren();
  };
}

/** The quiz; its events go to the host element (and, inside the embed iframe, to the parent page). */
function mountQuiz(root: ShadowRoot, host: HTMLElement, config: WidgetConfig, { load, fetch }: MountDeps) {
  const mountPoint = document.createElement('div');
  root.append(mountPoint);
  let live = true;
  let stopReporting = () => {};
  const draw = (crashed = false) => {
    if (!live) return;
    try {
      render(<App flow={flow} config={config} crashed={crashed} />, mountPoint);
    } catch (err) {
      // A bug in a screen must not take the host page with it: offer a fresh start instead.
      warn(`the quiz stopped: ${String(err)}`);
      render(null, mountPoint);
      return draw(true);
    }
    if (flow.focus) {
      flow.focus = false;
      mountPoint.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    }
  };
  const flow = createQuizFlow(
    {
      config,
      api: createApiClient(config.origin, config.quizId, fetch),
      loadLater: () => load('later').then((later) => (addStyles(later.css), later)),
      emit: (name: WidgetEventName, detail: WidgetEventDetail) => {
        host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
        if (config.frame)
          load('frames').then(
            (frames) => frames.postEvent(name, detail),
            () => {},
          );
      },
    },
    () => draw(),
  );
  flow.load();
  if (config.frame) {
    load('frames').then(
      (frames) => live && (stopReporting = frames.reportSize(host)),
      (err) => warn(String(err)),
    );
  }
  return () => {
    live = false;
    stopReporting();
    render(null, mountPoint);
  };
}
