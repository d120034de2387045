// Puts one widget on one element: a shadow root with our styles, then the quiz or the results iframe.

import { render } from 'preact';
import type { WidgetEventDetail, WidgetEventName } from '../contract/messages.ts';
import { accentVars } from './accent.ts';
import { createApiClient } from './api-client.ts';
import { App } from './app.tsx';
import { type WidgetConfig, warn } from './config.ts';
import type { ChunkLoader, Chunks } from './load-chunk.ts';
import { createQuizFlow } from './quiz-flow.ts';
import { addStyles, styleRoot } from './styles.ts';

export type MountDeps = { load: ChunkLoader; fetch?: typeof fetch };

/**
 * Renders into `host`'s shadow root (created if needed, emptied if reused); returns the unmount.
 * The quiz's events go to the host element (and, inside the embed iframe, to the parent page).
 */
export function mountWidget(host: HTMLElement, config: WidgetConfig, { load, fetch }: MountDeps): () => void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const unstyle = styleRoot(root);
  let live = true;
  let stop = () => {};
  /** Iframe plumbing (the results view, reporting from inside the embed iframe) comes with its chunk. */
  const withFrames = (use: (frames: Chunks['frames']) => unknown, quiet?: boolean) =>
    load('frames').then(
      (frames) => live && use(frames),
      (err) => quiet || warn(String(err)),
    );
  const mountPoint = document.createElement('div');
  if (config.view === 'results') {
    withFrames((frames) => (stop = frames.mountResults(root, config)));
  } else {
    root.append(mountPoint);
    const style = accentVars(config.accent);
    const draw = (crashed = false) => {
      if (!live) return;
      try {
        render(<App flow={flow} config={config} style={style} crashed={crashed} />, mountPoint);
      } catch (err) {
        // A bug in a screen must not take the host page with it: offer a fresh start instead.
        warn(`the quiz stopped: ${err}`);
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
          if (config.frame) withFrames((frames) => frames.postEvent(name, detail), true);
        },
      },
      () => draw(),
    );
    flow.load();
    if (config.frame) withFrames((frames) => (stop = frames.reportSize(host)));
  }
  return () => {
    live = false;
    stop();
    render(null, mountPoint);
    unstyle();
    root.replaceChildren();
  };
}
