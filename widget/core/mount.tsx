// Puts one widget on one element's shadow root: our styles, then the quiz (state, effects, screens) or the results iframe.

import { render } from 'preact';
import type { WidgetEventDetail, WidgetEventName } from '../../contract/messages.ts';
import type { Quiz } from '../../contract/quiz.ts';
import type { LaterChunk } from '../later/later-chunk.ts';
import { accentVars } from './accent.ts';
import { type ApiResult, createApiClient } from './api-client.ts';
import { App } from './app.tsx';
import { type WidgetConfig, warn } from './config.ts';
import { type Ctx, begin, load } from './effects.ts';
import type { ChunkLoader, Chunks } from './load-chunk.ts';
import { type Event, initialState, reduce, reducer } from './reduce.ts';
import { whenNear } from './read-ahead.ts';
import { addStyles, styleRoot } from './styles.ts';

export type MountDeps = { load: ChunkLoader; fetch?: typeof fetch; nonce?: string };

/**
 * Renders into `root` (the host's shadow root, emptied); returns the unmount. The quiz's events go
 * to the host element (and, inside the embed iframe, on to the parent page).
 */
export function mountWidget(host: HTMLElement, root: ShadowRoot, config: WidgetConfig, deps: MountDeps): () => void {
  root.replaceChildren();
  const unstyle = styleRoot(root);
  let live = true;
  let stop = () => {};
  let stopReadAhead = () => {};
  /** Iframe plumbing (the results view, reporting from inside the embed iframe) comes with its chunk. */
  const withFrames = (use: (frames: Chunks['frames']) => () => void) =>
    deps.load('frames').then(
      (frames) => {
        if (live) stop = use(frames);
      },
      (err) => warn(String(err)),
    );
  const mountPoint = document.createElement('div');
  if (config.view === 'results') {
    withFrames((frames) => frames.mountResults(root, config));
  } else {
    root.append(mountPoint);
    const style = accentVars(config.accent);
    let state = initialState;
    let later: LaterChunk | null = null;
    let next = reduce;
    let focused = 0;
    const draw = (crashed = false) => {
      if (!live) return;
      try {
        render(<App state={state} ctx={ctx} later={later} style={style} crashed={crashed} />, mountPoint);
      } catch (err) {
        // A bug in a screen must not take the host page with it: offer a fresh start instead.
        warn(`the quiz stopped: ${err}`);
        render(null, mountPoint);
        return draw(true);
      }
      // A screen the reader moved to takes focus on its heading; the first screen never does.
      if (state.focus !== focused) {
        focused = state.focus;
        mountPoint.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
      }
    };
    let rest: Promise<ApiResult<Quiz>> | undefined;
    let chunk: Promise<LaterChunk | null> | undefined;
    const ctx: Ctx = {
      config,
      api: createApiClient(config.origin, config.quizId, deps.fetch),
      state: () => state,
      dispatch: (event: Event) => {
        // After a crash the quiz is fetched afresh, in case what was fetched caused it.
        if (event.type === 'restart') rest = undefined;
        state = next(state, event);
        draw();
      },
      whole: () => {
        // A failed fetch is forgotten, so the next call tries again.
        rest ??= ctx.api<Quiz>(`?lang=${config.lang}`).then((r) => {
          if (!r.ok) rest = undefined;
          return r;
        });
        return rest.then((r) => {
          if (r.ok) ctx.dispatch({ type: 'loaded', quiz: r.data });
          return r;
        });
      },
      later: () => {
        chunk ??= deps.load('later').then(
          (loaded) => {
            if (!later) {
              later = loaded;
              next = reducer(loaded.takeEvents);
              addStyles(loaded.css);
              draw();
            }
            return loaded;
          },
          () => {
            chunk = undefined;
            return null;
          },
        );
        return chunk;
      },
      readAhead: () => {
        stopReadAhead();
        stopReadAhead = whenNear(host, () => ctx.later());
      },
      begin: () => begin(ctx),
      nonce: deps.nonce ?? '',
      // Inside the embed iframe the frames chunk passes these on to the framing page as well.
      emit: (name: WidgetEventName, detail: WidgetEventDetail) =>
        host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
    };
    load(ctx);
    if (config.frame) withFrames((frames) => frames.reportFrom(host));
  }
  return () => {
    live = false;
    stop();
    stopReadAhead();
    render(null, mountPoint);
    unstyle();
    root.replaceChildren();
  };
}
