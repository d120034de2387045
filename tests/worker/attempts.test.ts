import { describe, expect, it } from 'vitest';
import type { AttemptGrant } from '../../contract/api.ts';
import { issueAttempt } from '../../worker/takes/attempt-token.ts';
import { LOCAL_ATTEMPT_SECRET } from '../../worker/env.ts';
import { QUIZ, VERSION, answersScoring, call, postJson, testEnv } from './helpers.ts';

const submit = (attempt: string) =>
  postJson(
    `/api/quizzes/${QUIZ}/submissions`,
    { attempt, lang: 'en', answers: answersScoring(1) },
    { RATE_LIMIT: 'off' },
  );

describe('POST /api/quizzes/:quizId/attempts', () => {
  it('issues a signed token that expires in an hour, costing no KV operation', async () => {
    const before = Date.now();
    const res = await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as AttemptGrant;
    expect(body.attempt).toMatch(/^a2\.[0-9a-z]{9}[0-9a-f]{16}\.\d+\.[0-9a-f]{12}\.[A-Za-z0-9_-]+$/);
    expect(body.attempt.split('.')[3]).toBe(VERSION);
    const ttl = Date.parse(body.expiresAt) - before;
    expect(ttl).toBeGreaterThan(3590_000);
    expect(ttl).toBeLessThanOrEqual(3601_000);
    expect((await testEnv.SCORES.list()).keys).toHaveLength(0);
  });

  it('issues a different token every time', async () => {
    const tokens = await Promise.all(
      Array.from(
        { length: 20 },
        async () =>
          ((await (await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' })).json()) as AttemptGrant).attempt,
      ),
    );
    expect(new Set(tokens).size).toBe(20);
  });

  it('answers 404 for an unknown quiz', async () => {
    expect((await call('/api/quizzes/nope/attempts', { method: 'POST' })).status).toBe(404);
  });
});

describe('attempt tokens on submission', () => {
  it('rejects a submission whose attempt token was forged with another secret', async () => {
    const { token } = await issueAttempt('someone-elses-secret', QUIZ, Date.now(), 3600, VERSION);
    const res = await submit(token);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('attempt_invalid');
  });

  it('rejects a token whose signature or payload was tampered with', async () => {
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, QUIZ, Date.now(), 3600, VERSION);
    const [v, id, exp, version, sig] = token.split('.');
    const longer = `${v}.${id}.${Number(exp) + 3600}.${version}.${sig}`;
    const otherId = `${v}.${(id ?? '').slice(0, -1)}${(id ?? '').endsWith('0') ? '1' : '0'}.${exp}.${version}.${sig}`;
    const badSig = `${v}.${id}.${exp}.${version}.${(sig ?? '').slice(0, -2)}AA`;
    const otherVersion = `${v}.${id}.${exp}.${'0'.repeat(12)}.${sig}`;
    const noVersion = `a1.${id}.${exp}.${sig}`;
    for (const forged of [longer, otherId, badSig, otherVersion, noVersion, 'not-a-token', '', `${token}.extra`]) {
      expect((await submit(forged)).status).toBe(422);
    }
  });

  it('rejects a token issued for another quiz', async () => {
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, 'another-quiz', Date.now(), 3600, VERSION);
    expect((await submit(token)).status).toBe(422);
  });

  it('answers 410 for an expired attempt and stores nothing', async () => {
    const { token } = await issueAttempt(LOCAL_ATTEMPT_SECRET, QUIZ, Date.now() - 7200_000, 3600, VERSION);
    const res = await submit(token);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('attempt_expired');
    expect((await testEnv.SCORES.list()).keys).toHaveLength(0);
  });

  it('rejects a non-string token with 422', async () => {
    for (const attempt of [null, 42, { id: 'x' }, ['a']]) {
      const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, {
        attempt,
        lang: 'en',
        answers: answersScoring(1),
      });
      expect(res.status).toBe(422);
    }
  });
});
