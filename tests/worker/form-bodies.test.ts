// Every page form (results token, class group, editor sign-in) is read by one bounded reader with one media-type rule.

import { describe, expect, it } from 'vitest';
import { EDITOR_ENV, ORIGIN } from './editor-support.ts';
import { QUIZ, call } from './helpers.ts';

/** A body of `bytes` bytes sent as a stream, so no Content-Length announces its size; `read()` says how much was pulled. */
function streamed(bytes: number): { body: ReadableStream<Uint8Array>; read: () => number } {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new TextEncoder().encode('token='.padEnd(Math.min(1024, bytes - sent), 'x'));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, read: () => sent };
}

const post = (path: string, type: string, body: BodyInit) =>
  call(
    path,
    { method: 'POST', headers: { 'Content-Type': type, Origin: ORIGIN }, body, redirect: 'manual' },
    EDITOR_ENV,
  );

describe('page forms', () => {
  for (const path of ['/editor/session', `/results/${QUIZ}/groups`]) {
    it(`refuses a form at ${path} that is not urlencoded (415)`, async () => {
      const res = await post(path, 'text/plain', 'token=x');
      expect(res.status).toBe(415);
    });

    it(`refuses a streamed form at ${path} past 4 KB without reading the rest (413)`, async () => {
      const big = streamed(256 * 1024);
      const res = await post(path, 'application/x-www-form-urlencoded', big.body as unknown as BodyInit);
      expect(res.status).toBe(413);
      expect(big.read()).toBeLessThan(64 * 1024);
    });
  }

  it('still signs in with a small urlencoded form, its media type parameters ignored', async () => {
    const res = await post(
      '/editor/session',
      'Application/X-WWW-Form-Urlencoded; charset=UTF-8',
      new URLSearchParams({ token: EDITOR_ENV.EDITOR_TOKEN ?? '' }).toString(),
    );
    expect(res.status).toBe(303);
  });
});
