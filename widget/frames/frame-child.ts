// Inside the /embed/:quizId iframe: tell the framing page our height and the reader's progress events.

import {
  EVENT_NAMES,
  type FrameMessage,
  MESSAGE_SOURCE,
  type WidgetEventDetail,
  type WidgetEventName,
} from '../../contract/messages.ts';

/**
 * Target origin "*": whoever frames the quiz is unknown in advance (any site may embed it), and these
 * messages carry nothing secret, only a height and the same anonymous events the host page sees.
 */
function post(message: FrameMessage | { message: 'height'; value: number; secret: string }): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** WordPress appends `#?secret=…` to embed iframes and only resizes frames that echo it (wp-embed-template.js). */
export function wordpressSecret(hash: string = location.hash): string | null {
  return /[#?&]secret=([\w-]{1,64})/.exec(hash)?.[1] ?? null;
}

/** Reports the height of everything down to the widget's bottom edge whenever it changes. */
export function reportSize(host: HTMLElement): () => void {
  const secret = wordpressSecret();
  let last = -1;
  const send = () => {
    const height = Math.ceil(host.getBoundingClientRect().bottom + window.scrollY);
    if (height === last) return;
    last = height;
    post({ source: MESSAGE_SOURCE, type: 'resize', height });
    if (secret) post({ message: 'height', value: height, secret });
  };
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(send);
  observer.observe(host);
  return () => observer.disconnect();
}

export function postEvent(name: WidgetEventName, detail: WidgetEventDetail): void {
  post({ source: MESSAGE_SOURCE, type: 'event', name, detail });
}

/** Inside the embed iframe: the widget's height, and each of its events, go to the framing page. */
export function reportFrom(host: HTMLElement): () => void {
  const stopSize = reportSize(host);
  const forward = (event: Event) => postEvent(event.type as WidgetEventName, (event as CustomEvent).detail);
  for (const name of EVENT_NAMES) host.addEventListener(name, forward);
  return () => {
    stopSize();
    for (const name of EVENT_NAMES) host.removeEventListener(name, forward);
  };
}
