// Iframe plumbing: the host resizes only its own Lateral frames, from their own window and origin; the frame reports.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { MESSAGE_SOURCE } from '../../contract/messages.ts';
import { postEvent, reportFrom, reportSize, wordpressSecret } from '../../widget/frames/frame-child.ts';
import { cleanDetail, onFrameMessage } from '../../widget/frames/frame-host.ts';
import { ORIGIN } from './fake-api.ts';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** An iframe whose window we control: happy-dom loads no pages, so its contentWindow is stubbed. */
function lateralFrame() {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-lateral-frame', '');
  frame.srcdoc = ' ';
  document.body.append(frame);
  const win = {} as Window;
  Object.defineProperty(frame, 'contentWindow', { value: win });
  return { frame, win };
}

const message = (data: unknown, source: unknown, origin = ORIGIN) => ({ data, source, origin }) as MessageEvent;

describe('on the host page', () => {
  it('resizes a data-lateral-frame iframe from its own resize messages', () => {
    const { frame, win } = lateralFrame();
    onFrameMessage(message({ source: MESSAGE_SOURCE, type: 'resize', height: 731.2 }, win), ORIGIN);
    expect(frame.style.height).toBe('732px');
  });

  it('ignores messages from another origin, another window, or with a silly height', () => {
    const { frame, win } = lateralFrame();
    onFrameMessage(
      message({ source: MESSAGE_SOURCE, type: 'resize', height: 500 }, win, 'https://evil.example'),
      ORIGIN,
    );
    onFrameMessage(message({ source: MESSAGE_SOURCE, type: 'resize', height: 500 }, {}), ORIGIN);
    onFrameMessage(message({ source: MESSAGE_SOURCE, type: 'resize', height: -5 }, win), ORIGIN);
    onFrameMessage(message({ source: MESSAGE_SOURCE, type: 'resize', height: '500' }, win), ORIGIN);
    onFrameMessage(message({ source: 'other', type: 'resize', height: 500 }, win), ORIGIN);
    expect(frame.style.height).toBe('');
  });

  it("re-dispatches a frame's events on the iframe element, keeping only the documented fields", () => {
    const { frame, win } = lateralFrame();
    const seen: CustomEvent[] = [];
    document.addEventListener('lateral:complete', (e) => seen.push(e as CustomEvent));
    const detail = { quizId: 'q', score: 3, total: 5, email: 'reader@example.org' };
    onFrameMessage(message({ source: MESSAGE_SOURCE, type: 'event', name: 'lateral:complete', detail }, win), ORIGIN);
    onFrameMessage(message({ source: MESSAGE_SOURCE, type: 'event', name: 'click', detail }, win), ORIGIN);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.target).toBe(frame);
    expect(seen[0]?.detail).toEqual({ quizId: 'q', score: 3, total: 5 });
  });

  it('drops event details without a quiz id', () => {
    expect(cleanDetail({ score: 1 })).toBeNull();
    expect(cleanDetail('x')).toBeNull();
    expect(cleanDetail({ quizId: 'q', questionId: 'a', correct: true, score: 1.5 })).toEqual({
      quizId: 'q',
      questionId: 'a',
      correct: true,
    });
  });
});

describe('inside the embed iframe', () => {
  it('reads the secret WordPress appends to embed URLs', () => {
    expect(wordpressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
    expect(wordpressSecret('#?foo=1&secret=xyz')).toBe('xyz');
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#?secret=')).toBeNull();
  });

  it('posts its height to the parent page, in Lateral and WordPress form, whenever it changes', () => {
    const posted: unknown[] = [];
    const parent = { postMessage: (data: unknown, target: string) => posted.push([data, target]) };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    location.hash = '#?secret=s3cret';
    let observe = () => {};
    vi.stubGlobal('ResizeObserver', function (this: object, callback: () => void) {
      observe = callback;
      return { observe: () => {}, disconnect: () => {} };
    });
    const host = document.createElement('div');
    document.body.append(host);
    let bottom = 480.3;
    vi.spyOn(host, 'getBoundingClientRect').mockImplementation(() => ({ bottom }) as DOMRect);
    const stop = reportSize(host);
    observe();
    observe();
    bottom = 900;
    observe();
    stop();
    expect(posted).toEqual([
      [{ source: MESSAGE_SOURCE, type: 'resize', height: 481 }, '*'],
      [{ message: 'height', value: 481, secret: 's3cret' }, '*'],
      [{ source: MESSAGE_SOURCE, type: 'resize', height: 900 }, '*'],
      [{ message: 'height', value: 900, secret: 's3cret' }, '*'],
    ]);
    postEvent('lateral:start', { quizId: 'q' });
    expect(posted.at(-1)).toEqual([
      { source: MESSAGE_SOURCE, type: 'event', name: 'lateral:start', detail: { quizId: 'q' } },
      '*',
    ]);
    location.hash = '';
    vi.unstubAllGlobals();
  });

  it('passes the widget’s own events on to the framing page, and stops when the widget goes', () => {
    const posted: unknown[] = [];
    const parent = { postMessage: (data: unknown) => posted.push(data) };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    const host = document.createElement('div');
    document.body.append(host);
    const stop = reportFrom(host);
    const detail = { quizId: 'q', questionId: 'a', correct: true };
    host.dispatchEvent(new CustomEvent('lateral:answer', { detail, bubbles: true, composed: true }));
    host.dispatchEvent(new CustomEvent('click'));
    stop();
    host.dispatchEvent(new CustomEvent('lateral:complete', { detail: { quizId: 'q', score: 1, total: 2 } }));
    expect(posted.filter((m) => (m as { type?: string }).type === 'event')).toEqual([
      { source: MESSAGE_SOURCE, type: 'event', name: 'lateral:answer', detail },
    ]);
  });
});
