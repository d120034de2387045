// Issue 22 §6: faults found in the 2026-12-07 review, each reproduced: an unbounded sign-in body (L1), an unpublish
// that failed for ever after a long title (L4), and an IPv6 /48 multiplying every per-address limit (I6).

import { describe, expect, it } from 'vitest';
import type { Draft } from '../../contract/editor.ts';
import {
  EDITOR_ENV,
  ORIGIN,
  articleFor,
  classQuiz,
  editorClient,
  jsonInit,
  publishQuiz,
  signIn,
} from './editor-support.ts';
import { QUIZ, call, endlessForm } from './helpers.ts';

describe('the editor sign-in form (L1)', () => {
  it('refuses a chunked 30 MB body after reading only about its 4 KB bound', async () => {
    const { body, pulled } = endlessForm('token', 30 * 1024 * 1024);
    const res = await call(
      '/editor/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
        body,
        duplex: 'half',
      } as RequestInit,
      EDITOR_ENV,
    );
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(512 * 1024);
  });
});

describe('unpublishing (L4)', () => {
  it('answers 204 every time, also once the draft has a title too long for KV metadata', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('long-title-unpublish');
    await publishQuiz(editor, target);
    // Accented letters take 6 characters each once escaped for KV metadata: 1,000 of them are 6 KB.
    const draft = (await (await editor(`/editor/api/drafts/${target.id}`)).json()) as Draft;
    const long = { ...target, title: { en: 'é'.repeat(1000), es: 'ñ'.repeat(1000) } };
    const saved = await editor(
      `/editor/api/drafts/${target.id}`,
      jsonInit('PUT', { quiz: long, article: await articleFor(target), base: draft.revision }),
    );
    expect(saved.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      expect((await editor(`/editor/api/drafts/${target.id}/unpublish`, { method: 'POST' })).status).toBe(204);
    }
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(404);
  });
});

describe('IPv6 clients (I6)', () => {
  it('count against a looser brake per /48 too: 65,536 /64s of one site do not each get the full allowance', {
    timeout: 120_000,
  }, async () => {
    const env = { RATE_LIMIT: 'on' };
    // The binding counts in fixed windows of a wall-clock minute: start in a fresh one, so all 700 land in it.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 30_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const statuses: number[] = [];
    // 120 a minute per /64 (RATE_LIMITER); 600 a minute per /48 (WIDE_LIMITER). Six /64s of one /48 pass the first
    // brake each (100 requests apiece), and the /48 stops them after 600 together.
    for (let net = 0; net < 7; net++) {
      for (let i = 0; i < 100; i++) {
        const res = await call(
          `/api/quizzes/${QUIZ}/attempts`,
          { method: 'POST', headers: { 'CF-Connecting-IP': `2001:db8:77:${net.toString(16)}::${i + 1}` } },
          env,
        );
        statuses.push(res.status);
      }
    }
    expect(statuses.slice(0, 600).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(600).every((s) => s === 429)).toBe(true);
  });
});
