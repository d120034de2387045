// Issue 22 H2, M2, M3: one daily budget for every KV write a client can cause, on by default, counted exactly.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupCreated, Health } from '../../contract/api.ts';
import type { Env } from '../../worker/env.ts';
import { DEFAULT_DAILY_WRITE_BUDGET } from '../../worker/http/write-budget.ts';
import { EDITOR_ENV, classQuiz, editorClient, publishQuiz, saveDraft, signIn } from './editor-support.ts';
import { errorOf, groupsPath } from './groups-support.ts';
import { QUIZ, answersScoring, budgetLeaving, call, newAttempt, postJson, submit } from './helpers.ts';

const OFF = { RATE_LIMIT: 'off' } as const;

async function health(overrides: Partial<Env> = {}): Promise<Health> {
  return (await (await call('/api/health', {}, overrides)).json()) as Health;
}

function createGroup(env: Partial<Env>, ip = '198.51.100.9') {
  return call(
    groupsPath,
    { method: 'POST', headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip }, body: '{}' },
    env,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the daily write budget', () => {
  it('is on by default, sized for the Free plan, and /api/health shows what today has used', async () => {
    const before = await health({ DAILY_WRITE_BUDGET: undefined });
    expect(before.writes.budget).toBe(DEFAULT_DAILY_WRITE_BUDGET);
    expect(DEFAULT_DAILY_WRITE_BUDGET).toBeLessThan(1000);
    expect(before.writes.day).toBe(new Date().toISOString().slice(0, 10));
    expect((await submit(2, OFF)).status).toBe(201);
    expect((await health()).writes.used).toBe((before.writes.used ?? 0) + 1);
  });

  it('counts group creations: past the budget they are refused with 429 daily_limit, and so are takes (H2)', async () => {
    const env = await budgetLeaving(3);
    const made = await Promise.all(Array.from({ length: 6 }, () => createGroup(env)));
    const statuses = made.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    const refused = made.find((r) => r.status === 429) as Response;
    expect((await errorOf(refused)).code).toBe('daily_limit');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await submit(1, env)).status).toBe(429);
  });

  it('counts results-link replacements from the API like any other write (H2)', async () => {
    const created = (await (await createGroup(await budgetLeaving(5))).json()) as GroupCreated;
    const key = new URL(created.links.results).searchParams.get('key') ?? '';
    const env = await budgetLeaving(1);
    const replace = (k: string) =>
      call(
        `${groupsPath}/${created.group.code}/key`,
        { method: 'POST', headers: { Authorization: `Bearer ${k}` } },
        env,
      );
    const first = await replace(key);
    expect(first.status).toBe(201);
    const next = new URL(((await first.json()) as { links: { results: string } }).links.results).searchParams.get(
      'key',
    );
    const second = await replace(next ?? '');
    expect(second.status).toBe(429);
    expect((await errorOf(second)).code).toBe('daily_limit');
  });

  it('counts takes of every version, not only the current one (M3)', async () => {
    const env = await budgetLeaving(2);
    const attempts = await Promise.all([newAttempt(env), newAttempt(env), newAttempt(env)]);
    const sent = await Promise.all(
      attempts.map((attempt) =>
        postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, lang: 'en', answers: answersScoring(1) }, env),
      ),
    );
    expect(sent.map((r) => r.status).sort()).toEqual([201, 201, 429]);
  });

  it('counts editor saves and publishes, and refuses them past the budget with nothing written', async () => {
    const cookie = await signIn();
    const target = classQuiz('budget-bound');
    const env = { ...EDITOR_ENV, ...(await budgetLeaving(1)) };
    const editor = editorClient(cookie, env);
    expect((await saveDraft(editor, target)).status).toBe(201);
    const refused = await editor(`/editor/api/drafts/${target.id}/publish`, { method: 'POST' });
    expect(refused.status).toBe(429);
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(404);
    await publishQuiz(editorClient(cookie, { ...EDITOR_ENV, ...(await budgetLeaving(10)) }), target);
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(200);
  });

  it('refuses service (503) rather than guess when the setting is not a whole number', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await submit(1, { ...OFF, DAILY_WRITE_BUDGET: 'lots' });
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('not_configured');
  });

  it('fails closed (503) when its counter is not bound', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await submit(1, { ...OFF, WRITE_BUDGET: undefined });
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('not_configured');
  });
});
