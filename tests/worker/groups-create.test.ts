import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupCreated } from '../../contract/api.ts';
import { GROUP_CODE_ALPHABET } from '../../contract/group-code.ts';
import { hashResultsKey } from '../../worker/groups/record.ts';
import { type GroupRecord, keys } from '../../worker/store.ts';
import { QUIZ, call, oneRateWindow, testEnv } from './helpers.ts';
import { createGroup, errorOf, groupsPath, keyOf } from './groups-support.ts';

const ORIGIN = 'http://localhost';
const DAY_MS = 24 * 3600 * 1000;
const CODE = new RegExp(`^[${GROUP_CODE_ALPHABET}]{6}$`);

const post = (body: BodyInit | null, headers: Record<string, string>, env = {}) =>
  call(groupsPath, { method: 'POST', headers, ...(body === null ? {} : { body }) }, { RATE_LIMIT: 'off', ...env });

/** Every stored key and value, as text: what a leak would have to hide in. */
async function everythingStored(): Promise<string> {
  const { keys: listed } = await testEnv.SCORES.list();
  const parts = await Promise.all(
    listed.map(async (k) => `${k.name} ${JSON.stringify(k.metadata ?? null)} ${await testEnv.SCORES.get(k.name)}`),
  );
  return parts.join('\n');
}

afterEach(() => reset());

describe('creating a class group', () => {
  it('gives a six-character join code, a class link and embeds with the group set, and a results link', async () => {
    const created = await createGroup();
    const { code } = created.group;
    expect(code).toMatch(CODE);
    expect(created.group.quizId).toBe(QUIZ);
    expect(created.links.classLink).toBe(`${ORIGIN}/embed/${QUIZ}?group=${code}`);
    expect(created.snippets.script).toBe(
      `<link rel="preload" as="fetch" crossorigin href="${ORIGIN}/api/quizzes/${QUIZ}?lang=en&amp;questions=1">` +
        `<script src="${ORIGIN}/embed.js" crossorigin data-quiz="${QUIZ}" data-lang="en" data-group="${code}" async></script>`,
    );
    expect(created.snippets.placeholder).toContain(
      `<div data-lateral-quiz="${QUIZ}" data-lang="en" data-group="${code}"></div>`,
    );
    expect(created.snippets.iframe).toContain(`src="${ORIGIN}/embed/${QUIZ}?group=${code}"`);
    const key = keyOf(created);
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(created.links.results).toBe(`${ORIGIN}/results/${QUIZ}/groups/${code}?key=${key}`);
    expect(created.links.json).toBe(`${ORIGIN}/api/quizzes/${QUIZ}/groups/${code}/results?key=${key}`);
    expect(created.links.csv).toBe(`${ORIGIN}/api/quizzes/${QUIZ}/groups/${code}/results.csv?key=${key}`);
  });

  it('never puts the results secret in the class link or the embed codes', async () => {
    const created = await createGroup();
    const key = keyOf(created);
    const joining = [created.links.classLink, ...Object.values(created.snippets)].join('\n');
    expect(joining).toContain(created.group.code);
    expect(joining).not.toContain(key);
    expect(joining).not.toContain('key=');
  });

  it('answers with no-store and no referrer, since the answer holds the secret', async () => {
    const res = await post('{}', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('stores the secret only as its hash, and nothing about who made the group', async () => {
    const created = await createGroup({ name: 'Period 3' }, {}, '198.51.100.77');
    const key = keyOf(created);
    const stored = await testEnv.SCORES.get<GroupRecord>(keys.group(created.group.code), 'json');
    expect(stored).toEqual({
      v: 1,
      code: created.group.code,
      quizId: QUIZ,
      name: 'Period 3',
      createdAt: created.group.createdAt,
      expiresAt: created.group.expiresAt,
      keyHash: await hashResultsKey(key),
    });
    const all = await everythingStored();
    expect(all).not.toContain(key);
    expect(all).not.toContain('198.51.100.77');
  });

  it('lasts 180 days by default, GROUP_LIFETIME_DAYS when the Worker sets it, or fewer days when asked', async () => {
    const span = (g: GroupCreated) => (Date.parse(g.group.expiresAt) - Date.parse(g.group.createdAt)) / DAY_MS;
    expect(span(await createGroup())).toBe(180);
    expect(span(await createGroup({}, { GROUP_LIFETIME_DAYS: '30' }))).toBe(30);
    expect(span(await createGroup({ days: 7 }))).toBe(7);
  });

  it('gives every group its own code and its own secret', async () => {
    const made = await Promise.all(Array.from({ length: 20 }, () => createGroup()));
    expect(new Set(made.map((g) => g.group.code)).size).toBe(20);
    expect(new Set(made.map(keyOf)).size).toBe(20);
  });

  it('takes an empty body, or none at all', async () => {
    expect((await post(null, {})).status).toBe(201);
    expect((await post('', { 'Content-Type': 'text/plain' })).status).toBe(201);
    expect((await post('{}', { 'Content-Type': 'text/plain' })).status).toBe(201);
  });

  it('puts the language in the class link and the embed codes when one is asked for', async () => {
    const created = await createGroup({ lang: 'es' });
    expect(created.links.classLink).toBe(`${ORIGIN}/embed/${QUIZ}?lang=es&group=${created.group.code}`);
    expect(created.snippets.script).toContain('data-lang="es"');
    expect(created.links.results).toContain('&lang=es');
  });

  it('refuses bad fields with a 400 that names the field, and stores nothing', async () => {
    const json = { 'Content-Type': 'application/json' };
    for (const [body, field] of [
      [{ days: 0 }, 'days'],
      [{ days: 181 }, 'days'],
      [{ days: 1.5 }, 'days'],
      [{ days: 'soon' }, 'days'],
      [{ name: 'x'.repeat(61) }, 'name'],
      [{ name: 42 }, 'name'],
      [{ lang: 'fr' }, 'lang'],
    ] as const) {
      const res = await post(JSON.stringify(body), json);
      const error = await errorOf(res);
      expect(error.status, JSON.stringify(body)).toBe(400);
      expect(error.message).toContain(field);
    }
    expect((await errorOf(await post('{"days":', json))).code).toBe('invalid_json');
    expect((await post('name=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await testEnv.SCORES.list()).keys).toEqual([]);
  });

  it('keeps a label on one line', async () => {
    const created = await createGroup({ name: '  Period 3\n<b>A</b>\t ' });
    expect(created.group.name).toBe('Period 3 <b>A</b>');
  });

  it('answers 404 for an unknown quiz and 405 for a GET of the collection', async () => {
    const res = await call('/api/quizzes/no-such-quiz/groups', { method: 'POST' }, { RATE_LIMIT: 'off' });
    expect(await errorOf(res)).toMatchObject({ status: 404, code: 'not_found' });
    const get = await call(groupsPath);
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
  });
});

describe('the limit on creating groups', () => {
  const from = (ip: string, quiz = QUIZ) =>
    call(`/api/quizzes/${quiz}/groups`, { method: 'POST', headers: { 'CF-Connecting-IP': ip } }, { RATE_LIMIT: 'on' });

  it('allows 5 groups a minute from one address through the GROUP_LIMITER binding, then answers 429', async () => {
    await oneRateWindow(20);
    for (let i = 0; i < 5; i++) expect((await from('192.0.2.10')).status).toBe(201);
    const refused = await from('192.0.2.10');
    expect(await errorOf(refused.clone())).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(refused.headers.get('Retry-After')).toBe('60');
    // Another address is not affected.
    expect((await from('192.0.2.11')).status).toBe(201);
  });

  it('keeps no counter in KV: a Rate Limiting binding has no read-modify-write to race (H2)', async () => {
    const made = await Promise.all(Array.from({ length: 12 }, () => from('192.0.2.12')));
    expect(made.filter((r) => r.status === 201)).toHaveLength(5);
    expect((await testEnv.SCORES.list({ prefix: 'v1:glimit:' })).keys).toHaveLength(0);
  });
});
