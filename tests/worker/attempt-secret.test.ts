// Issue 9, item 2: without ATTEMPT_SECRET, outside local development, attempts and submissions fail closed.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueAttempt } from '../../worker/takes/attempt-token.ts';
import { LOCAL_ATTEMPT_SECRET } from '../../worker/env.ts';
import { BUILT, QUIZ, answersScoring, call, expectedLogs, newAttempt, postJson, testEnv } from './helpers.ts';

/** A deployed Worker: no LOCAL_DEV, the rate limit as in production. */
const DEPLOYED = { LOCAL_DEV: undefined, RATE_LIMIT: 'off' };
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

afterEach(() => vi.restoreAllMocks());

describe('a deployed Worker without its attempt secret', () => {
  it('answers attempts with 503 not_configured and logs the name of the secret to set', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' }, DEPLOYED);
    expect(res.status).toBe(503);
    expect(await code(res)).toBe('not_configured');
    // The first refusal in this isolate logs (later ones stay quiet): this is the file's first.
    expect(log.mock.calls.flat().join(' ')).toMatch(
      /ATTEMPT_SECRET is not set: set it with `npx wrangler secret put ATTEMPT_SECRET`/,
    );
  });

  it('refuses a submission forged with the public default secret, and stores nothing', async () => {
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, QUIZ, Date.now() - 60_000, 3600, BUILT.version);
    const res = await postJson(
      `/api/quizzes/${QUIZ}/submissions`,
      { attempt: token, lang: 'en', answers: answersScoring(3) },
      DEPLOYED,
    );
    expect(res.status).toBe(503);
    expect(await code(res)).toBe('not_configured');
    expect((await testEnv.SCORES.list({ prefix: 'v1:sub:' })).keys).toHaveLength(0);
  });

  it('also refuses when the secret is set to the public default', async () => {
    const logged = expectedLogs();
    const res = await call(
      `/api/quizzes/${QUIZ}/attempts`,
      { method: 'POST' },
      { ...DEPLOYED, ATTEMPT_SECRET: LOCAL_ATTEMPT_SECRET },
    );
    expect(res.status).toBe(503);
    // Said once per isolate (warnOnce): whatever this test logged is that line.
    expect(logged().filter((line) => !line.startsWith('[lateral] ATTEMPT_SECRET is the public local default'))).toEqual(
      [],
    );
  });

  it('works with its own secret, and tokens signed with the default no longer verify', async () => {
    const own = { ...DEPLOYED, ATTEMPT_SECRET: 'a-long-random-production-secret-0f3c9' };
    const attempt = await newAttempt(own);
    const body = { attempt, lang: 'en', answers: answersScoring(2) };
    expect((await postJson(`/api/quizzes/${QUIZ}/submissions`, body, own)).status).toBe(201);
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, QUIZ, Date.now() - 60_000, 3600, BUILT.version);
    const forged = await postJson(`/api/quizzes/${QUIZ}/submissions`, { ...body, attempt: token }, own);
    expect(forged.status).toBe(422);
  });
});

describe('local development', () => {
  it('needs no set-up: LOCAL_DEV=1 (set by npm start, the tests and the benchmarks) signs with the local default', async () => {
    expect(testEnv.LOCAL_DEV).toBe('1');
    expect(testEnv.ATTEMPT_SECRET).toBeUndefined();
    const attempt = await newAttempt({ RATE_LIMIT: 'off' });
    const res = await postJson(
      `/api/quizzes/${QUIZ}/submissions`,
      { attempt, lang: 'en', answers: answersScoring(1) },
      { RATE_LIMIT: 'off' },
    );
    expect(res.status).toBe(201);
  });
});
