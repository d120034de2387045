// Issue 9, item 5: the smaller findings of the attacker's review, each reproduced as the attack that found it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAttempt } from '../../worker/takes/attempt-token.ts';
import { LOCAL_ATTEMPT_SECRET } from '../../worker/env.ts';
import type { OembedResponse } from '../../worker/pages/oembed.ts';
import { csvCell } from '../../worker/results/csv.ts';
import { BUILT, QUIZ, answersScoring, call, endlessForm, postJson, quiz } from './helpers.ts';

const OFF = { RATE_LIMIT: 'off' } as const;
const submitWith = (attempt: string) =>
  postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, lang: 'en', answers: answersScoring(1) }, OFF);

describe('oEmbed with a malformed escape in the address', () => {
  it('answers a JSON 404, not a 500, for /results/%25', async () => {
    for (const path of ['/results/%25', '/embed/%25', '/embed/%E0%A4%A']) {
      const res = await call(`/oembed?url=${encodeURIComponent(`http://localhost${path}`)}`);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});

describe('attempt tokens are one exact string', () => {
  it('refuses the other spellings of a signature that decode to the same bytes', async () => {
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, QUIZ, Date.now() - 60_000, 3600, BUILT.version);
    const [v, id, exp, sig = ''] = token.split('.');
    // 32 bytes are 43 base64url characters: the last one carries 4 bits and 2 padding bits.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(sig.slice(-1));
    const variants = [0, 1, 2, 3]
      .map((pad) => `${sig.slice(0, -1)}${alphabet[(last & ~3) | pad]}`)
      .filter((s) => s !== sig);
    expect(variants).toHaveLength(3);
    for (const variant of variants) {
      const res = await submitWith(`${v}.${id}.${exp}.${variant}`);
      expect(res.status, variant).toBe(422);
    }
    expect((await submitWith(token)).status).toBe(201);
  });

  it('refuses an expiry written with leading zeros', async () => {
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, QUIZ, Date.now() - 60_000, 3600, BUILT.version);
    const [v, id, exp, sig] = token.split('.');
    expect((await submitWith(`${v}.${id}.0${exp}.${sig}`)).status).toBe(422);
    expect((await submitWith(`${v}.${id}.000${exp}.${sig}`)).status).toBe(422);
  });
});

describe('a private quiz', () => {
  const TOKEN = 'k3L9-test-results-token-findings';
  const ENV = { RESULTS_TOKEN: TOKEN, RATE_LIMIT: 'off' };
  const original = quiz.results;
  beforeAll(() => {
    quiz.results = 'private';
  });
  afterAll(() => {
    quiz.results = original;
  });

  it('answers 401 with Cache-Control: no-store, so no cache keeps the refusal', async () => {
    for (const path of [`/api/quizzes/${QUIZ}/results`, `/api/quizzes/${QUIZ}/results.csv`, `/results/${QUIZ}`]) {
      const res = await call(path, { headers: { Authorization: 'Bearer wrong' } }, ENV);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('Cache-Control'), path).toMatch(/(^|, )no-store$/);
    }
  });

  it("locks its token form inside no other site's frame, even with embed=1", async () => {
    const locked = await call(`/results/${QUIZ}?embed=1`, {}, ENV);
    expect(locked.status).toBe(401);
    expect(locked.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self'");
    const open = await call(`/results/${QUIZ}?embed=1`, { headers: { Authorization: `Bearer ${TOKEN}` } }, ENV);
    expect(open.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self'");
  });

  it('refuses a chunked 30 MB token form after reading only about its 4 KB bound', async () => {
    const { body, pulled } = endlessForm('token', 30 * 1024 * 1024);
    const res = await call(
      `/results/${QUIZ}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        duplex: 'half',
      } as RequestInit,
      ENV,
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    // Stream queues read ahead a little; nothing near the whole 30 MB is read.
    expect(pulled()).toBeLessThan(512 * 1024);
  });
});

describe('public results page', () => {
  it('may still be framed by any site with embed=1', async () => {
    const res = await call(`/results/${QUIZ}?embed=1`);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
  });
});

describe('CSV exports', () => {
  it('neutralise a formula behind leading whitespace or control characters', () => {
    for (const text of [' =1+1', '\u00a0=HYPERLINK("x")', '\u0000=cmd', '\n+1', ' \t@SUM(A1)', '\u200b-2+3', '=1']) {
      expect(csvCell(text).replace(/^"/, ''), JSON.stringify(text)).toMatch(/^'/);
    }
    for (const text of ['Reuters', ' plain text', 'a=b', '12']) expect(csvCell(text)).not.toMatch(/^"?'/);
  });
});

describe('PUBLIC_ORIGIN', () => {
  const PUBLIC = { PUBLIC_ORIGIN: 'https://quiz.example.org' };

  it('names the configured origin, not the Host header, in embed codes, oEmbed and the CSP', async () => {
    const page = await (await call('https://attacker.example/', {}, PUBLIC)).text();
    expect(page).toContain('&lt;script src=&quot;https://quiz.example.org/embed.js&quot;');
    expect(page).not.toContain('attacker.example');
    const res = await call(
      `https://attacker.example/oembed?url=${encodeURIComponent(`https://quiz.example.org/embed/${QUIZ}`)}`,
      {},
      PUBLIC,
    );
    expect(res.status).toBe(200);
    const { html } = (await res.json()) as OembedResponse;
    expect(html).toContain('src="https://quiz.example.org/embed/');
    expect(html).not.toContain('attacker.example');
    const embed = await call(`https://attacker.example/embed/${QUIZ}`, {}, PUBLIC);
    const csp = embed.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self' https://quiz.example.org");
    expect(csp).not.toContain('attacker.example');
    expect(await embed.text()).not.toContain('attacker.example');
  });

  it('falls back to the request origin in local development', async () => {
    const page = await (await call('http://localhost:8787/')).text();
    expect(page).toContain('&lt;script src=&quot;http://localhost:8787/embed.js&quot;');
  });
});
