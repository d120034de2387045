import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttemptGrant, GroupInfo, Results } from '../../contract/api.ts';
import { type GroupRecord, type SubmissionRecord, keys, writeGroup } from '../../worker/store.ts';
import { QUIZ, answersScoring, call, postJson, testEnv } from './helpers.ts';
import { createGroup, errorOf, groupAttempt, groupsPath, takeIn } from './groups-support.ts';
import { OFF } from './results-support.ts';

const take = { lang: 'en' as const, answers: answersScoring(5) };

/** A group stored straight into KV, for states the API cannot make on demand (expired, another quiz's). */
async function storedGroup(fields: Partial<GroupRecord>): Promise<GroupRecord> {
  const group: GroupRecord = {
    v: 1,
    code: 'HJK479',
    quizId: QUIZ,
    name: null,
    createdAt: new Date(Date.now() - 200 * 86400_000).toISOString(),
    expiresAt: new Date(Date.now() - 20 * 86400_000).toISOString(),
    keyHash: 'x',
    ...fields,
  };
  await writeGroup(testEnv.SCORES, group);
  return group;
}

async function storedRecords(): Promise<SubmissionRecord[]> {
  const { keys: listed } = await testEnv.SCORES.list<SubmissionRecord>({ prefix: keys.submissions(QUIZ) });
  return listed.flatMap((k) => (k.metadata ? [k.metadata] : []));
}

afterEach(() => reset());

describe('looking up a join code', () => {
  it('finds the group whatever the case, with spaces, hyphens or dots, and shows nothing secret', async () => {
    const { group } = await createGroup({ name: 'Period 3' });
    const typed = `${group.code.slice(0, 3).toLowerCase()} ${group.code.slice(3)}`;
    for (const variant of [group.code, typed, `${group.code.slice(0, 3)}-${group.code.slice(3)}`, ` ${typed}. `]) {
      const res = await call(`${groupsPath}/${encodeURIComponent(variant)}`);
      expect(res.status, variant).toBe(200);
      const info = (await res.json()) as GroupInfo;
      expect(info).toEqual({
        code: group.code,
        quizId: QUIZ,
        createdAt: group.createdAt,
        expiresAt: group.expiresAt,
      });
    }
  });

  it('answers an unknown or malformed code with 404 group_not_found and a message that says the quiz still works', async () => {
    for (const typed of ['CFHJKM', 'ABCDEF', 'K7', '%F0%9F%92%A9', 'x'.repeat(50)]) {
      const error = await errorOf(await call(`${groupsPath}/${typed}`));
      expect(error, typed).toMatchObject({ status: 404, code: 'group_not_found' });
      expect(error.message).toContain('take the quiz without a group');
    }
  });

  it('does not join a code made for another quiz', async () => {
    await storedGroup({
      code: 'MNP347',
      quizId: 'another-quiz',
      expiresAt: new Date(Date.now() + 86400_000).toISOString(),
    });
    expect((await errorOf(await call(`${groupsPath}/MNP347`))).code).toBe('group_not_found');
    expect((await errorOf(await groupAttempt('MNP347'))).code).toBe('group_not_found');
  });

  it('answers an expired group with 410 group_expired, naming the day it ended', async () => {
    const group = await storedGroup({});
    const error = await errorOf(await call(`${groupsPath}/${group.code.toLowerCase()}`));
    expect(error).toMatchObject({ status: 410, code: 'group_expired' });
    expect(error.message).toContain(group.expiresAt.slice(0, 10));
    expect(error.message).toContain('without a group');
  });
});

describe('taking the quiz in a group', () => {
  it('counts a take in its group: the attempt carries the code, the stored take records it and nothing else new', async () => {
    const { group } = await createGroup();
    const grant = await groupAttempt(group.code.toLowerCase());
    expect(grant.status).toBe(201);
    const { attempt } = (await grant.json()) as AttemptGrant;
    expect(attempt.split('.')[4]).toBe(group.code);
    const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, ...take }, OFF);
    expect(res.status).toBe(201);
    const [record] = await storedRecords();
    expect(Object.keys(record ?? {}).sort()).toEqual(['a', 'd', 'g', 'l', 'q', 's', 't', 'v']);
    expect(record?.g).toBe(group.code);
  });

  it('counts a take in a group in the quiz’s overall figures too', async () => {
    const { group } = await createGroup();
    expect(await takeIn(group.code, take)).toBe(201);
    expect(await takeIn(undefined, take)).toBe(201);
    const overall = (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
    expect(overall.takes).toBe(2);
  });

  it('refuses an attempt for an unknown or expired code, and the same reader can still take the quiz without one', async () => {
    const expired = await storedGroup({});
    for (const [code, status] of [
      ['CFHJKM', 404],
      [expired.code, 410],
      ['not a code', 404],
    ] as const) {
      const refused = await groupAttempt(code);
      expect(refused.status, code).toBe(status);
    }
    expect(await storedRecords()).toEqual([]);
    expect(await takeIn(undefined, take)).toBe(201);
    const [record] = await storedRecords();
    expect(record?.g).toBeUndefined();
  });

  it('ignores an empty ?group=', async () => {
    const res = await groupAttempt('');
    expect(res.status).toBe(201);
    const { attempt } = (await res.json()) as AttemptGrant;
    expect(attempt.split('.')).toHaveLength(5);
  });

  it('refuses a token whose group was changed, added or removed (422), and stores nothing', async () => {
    const [a, b] = [await createGroup(), await createGroup()];
    const grouped = ((await (await groupAttempt(a.group.code)).json()) as AttemptGrant).attempt;
    const plain = ((await (await groupAttempt(undefined)).json()) as AttemptGrant).attempt;
    const [v, id, exp, ver, , sig] = grouped.split('.');
    const [pv, pid, pexp, pver, psig] = plain.split('.');
    const forged = [
      [v, id, exp, ver, b.group.code, sig].join('.'),
      [v, id, exp, ver, sig].join('.'),
      [pv, pid, pexp, pver, a.group.code, psig].join('.'),
      [v, id, exp, ver, a.group.code.toLowerCase(), sig].join('.'),
      ['a1', id, exp, a.group.code, sig].join('.'),
    ];
    for (const attempt of forged) {
      const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, ...take }, OFF);
      expect(res.status, attempt).toBe(422);
    }
    expect(await storedRecords()).toEqual([]);
  });

  it('still counts in its group a take whose group expired while it was being taken', async () => {
    const group = await storedGroup({ code: 'WXY379', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const { attempt } = (await (await groupAttempt(group.code)).json()) as AttemptGrant;
    await writeGroup(testEnv.SCORES, { ...group, expiresAt: new Date(Date.now() - 1000).toISOString() });
    const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, ...take }, OFF);
    expect(res.status).toBe(201);
    expect((await storedRecords())[0]?.g).toBe('WXY379');
  });
});

describe('the class link and embeds with a group set', () => {
  it('puts the join code on the iframe page’s widget, written the one way codes are stored', async () => {
    const html = await (await call(`/embed/${QUIZ}?group=k7m-w3r`)).text();
    expect(html).toContain('data-group="K7MW3R"');
    // A typo is passed on as typed (the widget then says it is no group); markup is never echoed.
    expect(await (await call(`/embed/${QUIZ}?group=zz99`)).text()).toContain('data-group="zz99"');
    const hostile = await (await call(`/embed/${QUIZ}?group=${encodeURIComponent('"><script>x</script>')}`)).text();
    expect(hostile).not.toContain('data-group');
    expect(hostile).not.toContain('<script>x');
  });

  it('keeps the group when WordPress or Ghost embed the class link by oEmbed', async () => {
    const url = encodeURIComponent(`http://localhost/embed/${QUIZ}?group=K7MW3R`);
    const body = (await (await call(`/oembed?url=${url}&format=json`)).json()) as { html: string };
    expect(body.html).toContain(`src="http://localhost/embed/${QUIZ}?group=K7MW3R"`);
  });
});
