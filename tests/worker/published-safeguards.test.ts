// Quizzes published from the editor under issue 9's safeguards: the daily budget, the health lag, embed origins, sign-in keys.

import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Health } from '../../contract/api.ts';
import { answersScoring, budgetLeaving, call, oneRateWindow, postJson, submit } from './helpers.ts';
import { EDITOR_ENV, EDITOR_TOKEN, ORIGIN, classQuiz, editorClient, publishQuiz, signIn } from './editor-support.ts';

const OFF = { RATE_LIMIT: 'off' } as const;

afterEach(async () => {
  vi.useRealTimers();
  await reset();
});

async function takePublished(id: string, overrides: Record<string, string>) {
  const grant = await call(`/api/quizzes/${id}/attempts`, { method: 'POST' }, overrides);
  expect(grant.status).toBe(201);
  const { attempt } = (await grant.json()) as { attempt: string };
  return postJson(`/api/quizzes/${id}/submissions`, { attempt, lang: 'en', answers: answersScoring(3) }, overrides);
}

describe('the daily write budget', () => {
  it("counts the takes of published quizzes with the bundled ones': the KV quota is shared", async () => {
    const target = classQuiz('budgeted-class-quiz');
    await publishQuiz(editorClient(await signIn()), target);
    const limited = { ...(await budgetLeaving(3)) } as Record<string, string>;
    expect((await takePublished(target.id, limited)).status).toBe(201);
    expect((await takePublished(target.id, limited)).status).toBe(201);
    expect((await submit(2, limited)).status).toBe(201);
    const refused = await takePublished(target.id, limited);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('daily_limit');
    expect((await submit(2, limited)).status).toBe(429);
  });
});

describe('GET /api/health', () => {
  it('reports the rollup lag of a published quiz too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const target = classQuiz('lagging-class-quiz');
    await publishQuiz(editorClient(await signIn()), target);
    expect((await takePublished(target.id, OFF)).status).toBe(201);
    // The cron stopped: 8 hours later nothing has been folded. The bundled quiz has no takes, so no lag of its own.
    vi.setSystemTime(start + 8 * 3_600_000);
    const health = (await (await call('/api/health')).json()) as Health;
    expect(health.rollup.lagSeconds).toBeGreaterThan(3 * 3600);
  });
});

describe('embed codes from the editor', () => {
  it('name PUBLIC_ORIGIN when it is set, never the Host the editor happened to use', async () => {
    const env = { ...EDITOR_ENV, PUBLIC_ORIGIN: 'https://quiz.example.org' };
    const published = await publishQuiz(editorClient(await signIn(env), env), classQuiz('origin-class-quiz'));
    expect(published.snippets.script).toContain('https://quiz.example.org/');
    expect(published.resultsUrl).toBe('https://quiz.example.org/results/origin-class-quiz');
    expect(JSON.stringify(published)).not.toContain(ORIGIN);
  });
});

describe('editor sign-in', () => {
  it('counts an IPv6 client by its /64, like the other limiters', async () => {
    const env = { ...EDITOR_ENV, RATE_LIMIT: 'on' };
    const attempt = (ip: string, token: string) =>
      call(
        '/editor/session',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'CF-Connecting-IP': ip },
          body: `token=${token}`,
          redirect: 'manual',
        },
        env,
      );
    // Eleven tries must meet one window of the limiter: past its last seconds, wait for the next.
    await oneRateWindow(10);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await attempt(`2001:db8:7:9::${(i + 1).toString(16)}`, `guess-${i}-aaaaaaaaaaaaaaaa`)).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect((await attempt('2001:db8:7:9:ffff::1', EDITOR_TOKEN)).status).toBe(429);
    expect((await attempt('2001:db8:7:a::1', EDITOR_TOKEN)).status).toBe(303);
  });
});
