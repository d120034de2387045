import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientKey } from '../../worker/http/rate-limit.ts';
import { QUIZ, call, oneRateWindow, quiz, untilRefused } from './helpers.ts';

describe('the per-client rate limit', () => {
  it('answers 429 with Retry-After once a client passes the limit, and not for another client', async () => {
    const attempt = (ip: string) =>
      call(
        `/api/quizzes/${QUIZ}/attempts`,
        { method: 'POST', headers: { 'CF-Connecting-IP': ip } },
        { RATE_LIMIT: 'on' },
      );
    // 120 a minute (wrangler.toml).
    const { before, refused } = await untilRefused(() => attempt('198.51.100.1'), 120);
    expect(before.length).toBeGreaterThanOrEqual(120);
    expect(before.filter((status) => status !== 201)).toEqual([]);
    expect(refused?.headers.get('Retry-After')).toBe('60');
    expect(((await refused?.json()) as { error: { code: string } } | undefined)?.error.code).toBe('rate_limited');
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

describe('IPv6 clients', () => {
  it('are counted by their /64, so one client cannot walk through its own addresses', async () => {
    const attempt = (ip: string) =>
      call(
        `/api/quizzes/${QUIZ}/attempts`,
        { method: 'POST', headers: { 'CF-Connecting-IP': ip } },
        { RATE_LIMIT: 'on' },
      );
    // A different address inside one /64 for every request.
    let i = 0;
    const { refused } = await untilRefused(() => attempt(`2001:db8:abcd:12::${(++i).toString(16)}`), 120);
    expect(refused?.status).toBe(429);
    expect((await attempt('2001:db8:abcd:13::1')).status).toBe(201);
  });

  it('keys every spelling of an address by the same /64, and IPv4 (also IPv4-mapped) by the address', () => {
    expect(clientKey('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(clientKey('2001:0DB8:ABCD:0012::9')).toBe('2001:db8:abcd:12::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientKey('198.51.100.7')).toBe('198.51.100.7');
    expect(clientKey(undefined)).toBe('unknown');
  });
});

describe('guessing the results token', () => {
  const TOKEN = 'k3L9-test-results-token-rate-limit';
  const original = quiz.results;
  beforeAll(() => {
    quiz.results = 'private';
  });
  afterAll(() => {
    quiz.results = original;
  });
  const ENV = { RESULTS_TOKEN: TOKEN, RATE_LIMIT: 'on' };
  const bearer = (ip: string, token: string) => ({
    headers: { 'CF-Connecting-IP': ip, Authorization: `Bearer ${token}` },
  });
  const form = (ip: string, token: string) => ({
    method: 'POST',
    headers: { 'CF-Connecting-IP': ip, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });

  it('is braked at 10 a minute per address, on the JSON, the page and the form alike, with its own limit', async () => {
    const ip = '203.0.113.50';
    const tries = [
      () => call(`/api/quizzes/${QUIZ}/results`, bearer(ip, 'guess-1'), ENV),
      () => call(`/api/quizzes/${QUIZ}/results.csv`, bearer(ip, 'guess-2'), ENV),
      () => call(`/results/${QUIZ}`, bearer(ip, 'guess-3'), ENV),
      () => call(`/results/${QUIZ}`, form(ip, 'guess-4'), ENV),
    ];
    // Ten tries must meet one window: past its last seconds, wait for the next.
    await oneRateWindow(10);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await (tries[i % tries.length] as () => Promise<Response>)()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Once over, even the right token is refused: a right guess looks like a wrong one.
    const right = await call(`/api/quizzes/${QUIZ}/results`, bearer(ip, TOKEN), ENV);
    expect(right.status).toBe(429);
    expect(right.headers.get('Retry-After')).toBe('60');
    expect(right.headers.get('Cache-Control')).toBe('no-store');
    // Another address is not affected, and the quiz's other routes keep their own, larger limit.
    expect((await call(`/api/quizzes/${QUIZ}/results`, bearer('203.0.113.51', TOKEN), ENV)).status).toBe(200);
    expect(
      (await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST', headers: { 'CF-Connecting-IP': ip } }, ENV))
        .status,
    ).toBe(201);
  });
});
