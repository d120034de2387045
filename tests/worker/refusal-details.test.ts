// Refusals carry their facts as typed fields beside code and message, so no client reads an English sentence or a header.

import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api.ts';
import { DAY_MS } from '../../contract/utc-day.ts';
import { type GroupRecord, writeGroup } from '../../worker/store.ts';
import { groupsPath } from './groups-support.ts';
import { QUIZ, call, testEnv } from './helpers.ts';

afterEach(() => reset());

const errorOf = async (res: Response) => ((await res.json()) as ApiError).error;

describe('the detail of a refusal', () => {
  it('gives an ended group’s last day as endsOn', async () => {
    const group: GroupRecord = {
      v: 1,
      code: 'HJK479',
      quizId: QUIZ,
      name: null,
      createdAt: new Date(Date.now() - 40 * DAY_MS).toISOString(),
      expiresAt: new Date(Date.now() - 2 * DAY_MS).toISOString(),
      keyHash: 'x',
    };
    await writeGroup(testEnv.SCORES, group);
    const res = await call(`${groupsPath}/${group.code}`);
    expect(res.status).toBe(410);
    expect(await errorOf(res)).toMatchObject({ code: 'group_expired', endsOn: group.expiresAt.slice(0, 10) });
  });

  it('names the per-minute brake’s scope', async () => {
    const attempt = () =>
      call(
        `/api/quizzes/${QUIZ}/attempts`,
        { method: 'POST', headers: { 'CF-Connecting-IP': '198.51.100.9' } },
        {
          RATE_LIMIT: 'on',
        },
      );
    let res = await attempt();
    for (let i = 0; i < 130 && res.status !== 429; i++) res = await attempt();
    expect(res.status).toBe(429);
    expect(await errorOf(res)).toMatchObject({ code: 'rate_limited', scope: 'minute' });
  });

  it('names the minute scope when a network has made too many groups (GROUP_LIMITER)', async () => {
    const create = () =>
      call(groupsPath, { method: 'POST', headers: { 'CF-Connecting-IP': '192.0.2.90' } }, { RATE_LIMIT: 'on' });
    let res = await create();
    for (let i = 0; i < 12 && res.status !== 429; i++) res = await create();
    expect(res.status).toBe(429);
    expect(await errorOf(res)).toMatchObject({ code: 'rate_limited', scope: 'minute' });
  });

  it('adds no detail field to a code that has none', async () => {
    const error = await errorOf(await call(`/api/quizzes/no-such-quiz`));
    expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  });
});
