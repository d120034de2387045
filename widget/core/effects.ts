// What the first screens do besides rendering: fetch the quiz, start a take, and hand checking to the lazy chunk.

import type { WidgetEventDetail, WidgetEventName } from '../../contract/messages.ts';
import type { Quiz } from '../../contract/quiz.ts';
import type { LaterChunk } from '../later/later-chunk.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import { firstQuestionQuery } from '../../contract/links.ts';
import type { WidgetConfig } from './config.ts';
import type { Event, State } from './reduce.ts';

/**
 * Everything an effect may use, the lazy chunk's included: it reads the state and dispatches events,
 * and never changes anything else. Built once per widget by mount.tsx.
 */
export type Ctx = {
  config: WidgetConfig;
  api: ApiClient;
  state: () => State;
  dispatch: (event: Event) => void;
  /** The whole quiz, asked for once at Start (again after a failure); it arrives as a `loaded` event. */
  whole: () => Promise<ApiResult<Quiz>>;
  /** The lazy chunk, fetched once; null when it could not be (the reader then gets a Retry). */
  later: () => Promise<LaterChunk | null>;
  /** Fetch the lazy chunk once the widget is near the viewport or the reader reaches for it (read-ahead.ts). */
  readAhead: () => void;
  /** Start a take (Start, Retake, Start again): `begin` below, for the chunk, which may not import it. */
  begin: () => void;
  /** The embed nonce, for the scripts the chunk adds (Turnstile). */
  nonce: string;
  emit: (name: WidgetEventName, detail: WidgetEventDetail) => void;
};

/** Question 1 is often here within a few ms (embed.js asked first, or the page preloaded it): no skeleton then. */
export const SKELETON_AFTER_MS = 100;

/** The first screens need only question 1: the rest comes at Start, while it is read. */
export function load(ctx: Ctx): void {
  ctx.dispatch({ type: 'loading' });
  const slow = setTimeout(() => ctx.dispatch({ type: 'slow' }), SKELETON_AFTER_MS);
  ctx.api<Quiz>(firstQuestionQuery(ctx.config.lang)).then((r) => {
    clearTimeout(slow);
    ctx.dispatch(r.ok ? { type: 'loaded', quiz: r.data } : { type: 'load-failed', failure: r.failure });
    // Question 1 is usable: the lazy chunk (and the start screen's class group part) may follow, but only for
    // a widget the reader is near, so one low on a long article costs its readers nothing more (issue 26).
    if (r.ok) ctx.readAhead();
  });
}

/** Start (or Retake): a new take, and, while the reader reads question 1, the rest of the quiz and the chunk. */
export function begin(ctx: Ctx): void {
  ctx.dispatch({ type: 'start' });
  ctx.emit('lateral:start', { quizId: ctx.config.quizId });
  ctx.whole();
  // The chunk asks for the attempt token (after a Turnstile check when the quiz wants one).
  ctx.later().then((later) => later?.begin(ctx));
}

/** Checking runs in the chunk; if it cannot be fetched, the reader gets a Retry. */
export async function check(ctx: Ctx): Promise<void> {
  const { take } = ctx.state();
  ctx.dispatch({ type: 'busy', take });
  const later = await ctx.later();
  if (later) later.check(ctx);
  else ctx.dispatch({ type: 'failed', take, failure: 'offline' });
}

/** After a crash: back to a freshly loaded start screen. */
export function restart(ctx: Ctx): void {
  ctx.dispatch({ type: 'restart' });
  load(ctx);
}
