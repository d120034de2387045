import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { Results, SubmissionResult } from '../../contract/api.ts';
import {
  QUIZ,
  answersScoring,
  call,
  countingKv,
  expectedLogs,
  newAttempt,
  postJson,
  quiz,
  submit,
  testEnv,
} from './helpers.ts';

const OFF = { RATE_LIMIT: 'off' } as const;
const results = async () => (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;

afterEach(() => reset());

describe('POST /api/quizzes/:quizId/submissions', () => {
  it('grades on the server and answers 201 with score, total and skills', async () => {
    const res = await submit(2, OFF);
    expect(res.status).toBe(201);
    const body = (await res.json()) as SubmissionResult;
    expect(body.score).toBe(2);
    expect(body.total).toBe(quiz.questions.length);
    const skillTotal = Object.values(body.skills).reduce((n, s) => n + (s?.total ?? 0), 0);
    const skillCorrect = Object.values(body.skills).reduce((n, s) => n + (s?.correct ?? 0), 0);
    expect(skillTotal).toBe(quiz.questions.length);
    expect(skillCorrect).toBe(2);
    const firstSkill = quiz.questions[0]?.skill;
    expect(firstSkill && body.skills[firstSkill]?.correct).toBeGreaterThan(0);
  });

  it('ignores a score sent by the client', async () => {
    const attempt = await newAttempt(OFF);
    const res = await postJson(
      `/api/quizzes/${QUIZ}/submissions`,
      { attempt, lang: 'en', answers: answersScoring(0), score: 99, total: 99 },
      OFF,
    );
    expect(((await res.json()) as SubmissionResult).score).toBe(0);
  });

  it('costs exactly one KV write', async () => {
    const attempt = await newAttempt(OFF);
    const counted = countingKv(testEnv.SCORES);
    const res = await postJson(
      `/api/quizzes/${QUIZ}/submissions`,
      { attempt, lang: 'en', answers: answersScoring(3) },
      { ...OFF, SCORES: counted.kv },
    );
    expect(res.status).toBe(201);
    expect(counted.counts.put).toBe(1);
    expect(counted.counts.delete).toBe(0);
  });

  it('returns the same result with 200 when the same attempt is submitted again, and counts it once', async () => {
    const attempt = await newAttempt(OFF);
    const send = (score: number) =>
      postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, lang: 'en', answers: answersScoring(score) }, OFF);
    const first = await send(4);
    const again = await send(4);
    const changed = await send(1);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(changed.status).toBe(200);
    const a = (await first.json()) as SubmissionResult;
    expect(((await again.json()) as SubmissionResult).score).toBe(a.score);
    expect(((await changed.json()) as SubmissionResult).score).toBe(4);
    const r = await results();
    expect(r.takes).toBe(1);
    // One take: its score is held back from everyone's figures (the small-number rule).
    expect(r.scoresHeldBack).toBe(true);
    const stored = (await testEnv.SCORES.list<{ s: number }>({ prefix: 'v1:sub:' })).keys.map((k) => k.metadata?.s);
    expect(stored).toEqual([4]);
  });

  it('counts concurrent retries of one attempt once', async () => {
    const attempt = await newAttempt(OFF);
    const body = { attempt, lang: 'es', answers: answersScoring(2) };
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async () => (await postJson(`/api/quizzes/${QUIZ}/submissions`, body, OFF)).status),
    );
    expect(statuses.every((s) => s === 201 || s === 200)).toBe(true);
    expect((await results()).takes).toBe(1);
    expect((await testEnv.SCORES.list()).keys).toHaveLength(1);
  });

  it('reports the share of readers who scored the same or lower, once there are enough takes to compare with', async () => {
    for (const score of [1, 1, 3, 3, 3, 3, 3, 3, 3]) expect((await submit(score, OFF)).status).toBe(201);
    const body = (await (await submit(2, OFF)).json()) as SubmissionResult;
    // At or below 2: the two 1s and this 2 of ten takes.
    expect(body.percentile).toBe(30);
    const top = (await (await submit(quiz.questions.length, OFF)).json()) as SubmissionResult;
    expect(top.percentile).toBe(100);
  });

  it('counts ties as doing as well, not worse', async () => {
    for (let i = 0; i < 9; i++) await submit(4, OFF);
    const body = (await (await submit(4, OFF)).json()) as SubmissionResult;
    expect(body.percentile).toBe(100);
  });

  it("gives no percentile below the small-number rule: the second reader can't learn the first one's score", async () => {
    expect(((await (await submit(2, OFF)).json()) as SubmissionResult).percentile).toBeNull();
    expect(((await (await submit(4, OFF)).json()) as SubmissionResult).percentile).toBeNull();
  });

  it('answers 400 and stores nothing for incomplete, unknown or malformed answers', async () => {
    const attempt = await newAttempt(OFF);
    const full = answersScoring(1);
    const [firstId] = Object.keys(full);
    const missingOne = { ...full };
    delete missingOne[firstId ?? ''];
    const bodies = [
      { attempt, lang: 'en' },
      { attempt, lang: 'en', answers: [] },
      { attempt, lang: 'en', answers: missingOne },
      { attempt, lang: 'en', answers: { ...full, 'not-a-question': ['a'] } },
      { attempt, lang: 'en', answers: { ...full, [firstId ?? '']: ['zz'] } },
      { attempt, lang: 'en', answers: { ...full, [firstId ?? '']: [] } },
      { attempt, lang: 'fr', answers: full },
      { attempt, answers: full },
    ];
    for (const body of bodies) {
      const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, body, OFF);
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(5);
    }
    expect((await testEnv.SCORES.list()).keys).toHaveLength(0);
  });

  it('answers 404 for an unknown quiz', async () => {
    const attempt = await newAttempt(OFF);
    const res = await postJson('/api/quizzes/nope/submissions', { attempt, lang: 'en', answers: {} }, OFF);
    expect(res.status).toBe(404);
  });

  it('answers 503 with Retry-After when the KV write fails, and the retry counts once', async () => {
    const logged = expectedLogs();
    const attempt = await newAttempt(OFF);
    const body = { attempt, lang: 'en', answers: answersScoring(5) };
    const broken = countingKv(testEnv.SCORES, { failWrites: true });
    const failed = await postJson(`/api/quizzes/${QUIZ}/submissions`, body, { ...OFF, SCORES: broken.kv });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('2');
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
    expect(logged()).toEqual([
      expect.stringMatching(/^\[lateral\] storage failure on the submission path: Error: injected KV write failure/),
    ]);
    const retried = await postJson(`/api/quizzes/${QUIZ}/submissions`, body, OFF);
    expect(retried.status).toBe(201);
    expect((await results()).takes).toBe(1);
  });
});
