import { describe, expect, it } from 'vitest';
import { QUIZ, call } from './helpers.ts';

describe('the per-client rate limit', () => {
  it('answers 429 with Retry-After once a client passes the limit, and not for another client', async () => {
    const attempt = (ip: string) =>
      call(
        `/api/quizzes/${QUIZ}/attempts`,
        { method: 'POST', headers: { 'CF-Connecting-IP': ip } },
        { RATE_LIMIT: 'on' },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 130; i++) statuses.push((await attempt('198.51.100.1')).status);
    expect(statuses.slice(0, 100).every((s) => s === 201)).toBe(true);
    expect(statuses).toContain(429);
    const limited = await attempt('198.51.100.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect((await attempt('198.51.100.2')).status).toBe(201);
  });

  it('can be lifted for local load tests with RATE_LIMIT=off', async () => {
    const statuses = await Promise.all(
      Array.from(
        { length: 150 },
        async () =>
          (
            await call(
              `/api/quizzes/${QUIZ}/attempts`,
              { method: 'POST', headers: { 'CF-Connecting-IP': '198.51.100.9' } },
              { RATE_LIMIT: 'off' },
            )
          ).status,
      ),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
  });
});
