// Issue 9, item 4: brakes on takes that would skew the aggregate: too fast, Turnstile, the daily budget.

import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttemptGrant, Results, SubmissionResult } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { SITEVERIFY_URL } from '../../worker/takes/turnstile.ts';
import {
  QUIZ,
  answersScoring,
  budgetLeaving,
  call,
  countingKv,
  newAttempt,
  postJson,
  quiz,
  submit,
  testEnv,
} from './helpers.ts';

const OFF = { RATE_LIMIT: 'off' } as const;
const error = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const stored = async () => (await testEnv.SCORES.list({ prefix: 'v1:sub:' })).keys.length;

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await reset();
});

describe('the minimum plausible time', () => {
  const FLOOR = { ...OFF, MIN_SECONDS_PER_QUESTION: '1' };
  const send = (attempt: string, env = FLOOR) =>
    postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, lang: 'en', answers: answersScoring(4) }, env);

  it('refuses with 422 too_fast, storing nothing, a take sent sooner than 1 s per question after its attempt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const attempt = await newAttempt(FLOOR);
    vi.setSystemTime(start + quiz.questions.length * 1000 - 50);
    const res = await send(attempt);
    expect(res.status).toBe(422);
    const { code, message } = await error(res);
    expect(code).toBe('too_fast');
    expect(message).toMatch(/not added to the results/);
    expect(await stored()).toBe(0);
  });

  it('accepts the same take once a reader could have read the questions', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const attempt = await newAttempt(FLOOR);
    vi.setSystemTime(start + quiz.questions.length * 1000 - 50);
    expect((await send(attempt)).status).toBe(422);
    // A reader spends far longer than a second on a question; the retry after reading counts once.
    vi.setSystemTime(start + quiz.questions.length * 20_000);
    expect((await send(attempt)).status).toBe(201);
    expect(await stored()).toBe(1);
  });

  it('is configurable, and is lifted explicitly with 0 as the load test and benchmarks do', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const slow = { ...OFF, MIN_SECONDS_PER_QUESTION: '5' };
    const attempt = await newAttempt(slow);
    vi.setSystemTime(start + quiz.questions.length * 3000);
    expect((await send(attempt, slow)).status).toBe(422);
    expect((await send(attempt, { ...OFF, MIN_SECONDS_PER_QUESTION: '0' })).status).toBe(201);
  });

  it('is on by default in wrangler.toml: 1 s per question', async () => {
    // The test project lifts it (vitest.config.ts); the deployed default is the [vars] value.
    const { settings } = await import('../../worker/env.ts');
    expect(settings({ SCORES: testEnv.SCORES }).minSecondsPerQuestion).toBe(1);
  });
});

describe('Turnstile on attempts', () => {
  const ON = { ...OFF, TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET: 'test-turnstile-secret' };
  const attempt = (body: unknown, env: Record<string, string | undefined> = ON) =>
    call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST', body: JSON.stringify(body) }, env);

  /** Siteverify, mocked: no network. Passes the token "good" only, and records what it was sent. */
  function mockSiteverify() {
    const seen: { url: string; body: Record<string, unknown> }[] = [];
    const real = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== SITEVERIFY_URL) return real(input, init);
      const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
      seen.push({ url, body });
      const success = body.response === 'good' && body.secret === ON.TURNSTILE_SECRET;
      return Response.json({ success, 'error-codes': success ? [] : ['invalid-input-response'] });
    });
    return seen;
  }

  it('puts the site key in the quiz JSON only when both the site key and the secret are set', async () => {
    const on = (await (await call(`/api/quizzes/${QUIZ}`, {}, ON)).json()) as Quiz;
    expect(on.challenge).toEqual({ turnstileSiteKey: ON.TURNSTILE_SITE_KEY });
    const off = (await (await call(`/api/quizzes/${QUIZ}`)).json()) as Quiz;
    expect(off).not.toHaveProperty('challenge');
  });

  it('grants an attempt for a token siteverify accepts, sent as JSON or as text/plain', async () => {
    const seen = mockSiteverify();
    const json = await call(
      `/api/quizzes/${QUIZ}/attempts`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"turnstile":"good"}' },
      ON,
    );
    expect(json.status).toBe(201);
    const plain = await attempt({ turnstile: 'good' });
    expect(plain.status).toBe(201);
    expect(((await plain.json()) as AttemptGrant).attempt).toMatch(/^a2\./);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.body).toMatchObject({ secret: ON.TURNSTILE_SECRET, response: 'good' });
    // Nothing about the reader goes to siteverify.
    expect(seen[0]?.body).not.toHaveProperty('remoteip');
  });

  it('answers 403 challenge_failed to a missing or refused token, and when siteverify cannot be reached', async () => {
    mockSiteverify();
    for (const body of [{}, { turnstile: 'bad' }, { turnstile: 42 }]) {
      const res = await attempt(body);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect((await error(res)).code).toBe('challenge_failed');
    }
    const empty = await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' }, ON);
    expect(empty.status).toBe(403);
    expect((await error(empty)).code).toBe('challenge_failed');
    vi.restoreAllMocks();
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('network down'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const down = await attempt({ turnstile: 'good' });
    expect(down.status).toBe(403);
    expect((await error(down)).code).toBe('challenge_failed');
  });

  it('refuses attempts (503) when only half of Turnstile is configured, rather than running without it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const env of [
      { ...OFF, TURNSTILE_SITE_KEY: ON.TURNSTILE_SITE_KEY },
      { ...OFF, TURNSTILE_SECRET: ON.TURNSTILE_SECRET },
    ]) {
      const res = await attempt({}, env);
      expect(res.status).toBe(503);
      expect((await error(res)).code).toBe('not_configured');
    }
  });

  it('lets the embed page load Turnstile when it is on, and nothing more when it is off', async () => {
    const on = (await call(`/embed/${QUIZ}`, {}, ON)).headers.get('Content-Security-Policy') ?? '';
    expect(on).toMatch(/script-src [^;]*https:\/\/challenges\.cloudflare\.com/);
    expect(on).toMatch(/frame-src [^;]*https:\/\/challenges\.cloudflare\.com/);
    const off = (await call(`/embed/${QUIZ}`)).headers.get('Content-Security-Policy') ?? '';
    expect(off).not.toContain('challenges.cloudflare.com');
  });
});

describe('the daily write budget on takes', () => {
  it("answers 429 daily_limit once today's writes are spent, storing nothing more", async () => {
    const limited = await budgetLeaving(3);
    for (let i = 0; i < 3; i++) expect((await submit(i, limited)).status).toBe(201);
    const res = await submit(4, limited);
    expect(res.status).toBe(429);
    const { code, message } = await error(res);
    expect(code).toBe('daily_limit');
    expect(message).toMatch(/nothing was saved/);
    const retryAfter = Number(res.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(await stored()).toBe(3);
  });

  it('still answers a retry of a take that was stored before the budget ran out', async () => {
    const limited = await budgetLeaving(3);
    const attempt = await newAttempt(limited);
    const body = { attempt, lang: 'en', answers: answersScoring(3) };
    expect((await postJson(`/api/quizzes/${QUIZ}/submissions`, body, limited)).status).toBe(201);
    for (let i = 0; i < 2; i++) expect((await submit(i, limited)).status).toBe(201);
    const again = await postJson(`/api/quizzes/${QUIZ}/submissions`, body, limited);
    expect(again.status).toBe(200);
    expect(((await again.json()) as SubmissionResult).score).toBe(3);
  });

  it('costs a take exactly one KV write: the count lives in a Durable Object, not in KV', async () => {
    const limited = await budgetLeaving(5);
    const attempt = await newAttempt(limited);
    const counted = countingKv(testEnv.SCORES);
    const ok = await postJson(
      `/api/quizzes/${QUIZ}/submissions`,
      { attempt, lang: 'en', answers: answersScoring(1) },
      { ...limited, SCORES: counted.kv },
    );
    expect(ok.status).toBe(201);
    expect(counted.counts.put).toBe(1);
  });
});

describe('results read for the end screen', () => {
  it('tell the widget whether the crowd figures are delayed', async () => {
    expect((await submit(2, OFF)).status).toBe(201);
    const r = (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
    expect(r.stale).toBe(false);
    expect(r.rollupLagSeconds).toBe(0);
    const s = (await (await submit(3, OFF)).json()) as SubmissionResult;
    expect(s.stale).toBe(false);
  });
});
