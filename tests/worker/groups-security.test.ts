// Attacks on class groups (issue 15 review): each test makes the attack through HTTP and shows it fails.

import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupCreated } from '../../contract/api.ts';
import { GROUP_CODE_ALPHABET } from '../../contract/group-code.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { type GroupRecord, keys, writeGroup } from '../../worker/store.ts';
import type { Summary } from '../../worker/results/tally.ts';
import { QUIZ, call, expectedLogs, postJson, testEnv, later, untilRefused } from './helpers.ts';
import { createGroup, errorOf, groupsPath, keyOf, readGroup, takeIn } from './groups-support.ts';
import { knownTakes } from './results-support.ts';

const OUTSIDE_LOCAL_DEV = { LOCAL_DEV: undefined, ATTEMPT_SECRET: undefined };

afterEach(() => {
  vi.restoreAllMocks();
  return reset();
});

/** Requests from one address, with the per-client brake on as in production, until it refuses one. */
function refusedFrom(ip: string, path: string) {
  return untilRefused(() => call(path, { headers: { 'CF-Connecting-IP': ip } }, { RATE_LIMIT: 'on' }), 120);
}

/** Makes the next random draw of a join code give `code`, as if chance picked it again. */
function drawCodeNext(code: string) {
  const bytes = Uint8Array.from([...code], (ch) => GROUP_CODE_ALPHABET.indexOf(ch));
  vi.spyOn(crypto, 'getRandomValues').mockImplementationOnce(<T extends ArrayBufferView | null>(array: T): T => {
    (array as unknown as Uint8Array).set(bytes);
    return array;
  });
}

describe('finding join codes by trying them', () => {
  // 404 for an unknown code, 403 for a known one without its key: every results address tells whether a
  // code exists, so each must be as slow to try as the lookup itself (120 a minute per address).
  it.each([
    ['the JSON', `${groupsPath}/CFHJKM/results`, '198.51.100.31'],
    ['the CSV', `${groupsPath}/CFHJKM/results.csv`, '198.51.100.32'],
    ['the page', `/results/${QUIZ}/groups/CFHJKM`, '198.51.100.33'],
  ])('is braked on %s of a group’s results, as on the lookup', async (_, path, ip) => {
    const { before, refused } = await refusedFrom(ip, path);
    expect(before.length).toBeGreaterThanOrEqual(120);
    expect(before.filter((status) => status !== 404)).toEqual([]);
    expect(refused?.status).toBe(429);
  });

  it('still lets a teacher open the results link from another address', async () => {
    const g = await createGroup();
    expect((await refusedFrom('198.51.100.34', `${groupsPath}/CFHJKM/results`)).refused?.status).toBe(429);
    const res = await call(
      `${groupsPath}/${g.group.code}/results?key=${keyOf(g)}`,
      { headers: { 'CF-Connecting-IP': '198.51.100.35' } },
      { RATE_LIMIT: 'on' },
    );
    expect(res.status).toBe(200);
  });
});

describe('a join code drawn again after its group was deleted', () => {
  it('never opens the earlier class’s figures to the new group', async () => {
    const earlier = await createGroup();
    for (const take of knownTakes(12)) expect(await takeIn(earlier.group.code, take)).toBe(201);
    await rollup(testEnv, later());
    // KV deletes a group's record 30 days after it ends; its tally lives on (GROUP_FOLD_KEPT_DAYS).
    await testEnv.SCORES.delete(keys.group(earlier.group.code));
    const summary = await testEnv.SCORES.get<Summary>(keys.summary(QUIZ), 'json');
    expect(summary?.groups?.[earlier.group.code]).toBeDefined();

    drawCodeNext(earlier.group.code);
    const next = await createGroup({}, {}, '203.0.113.90');
    expect(next.group.code).not.toBe(earlier.group.code);
    expect((await readGroup(next.group.code, keyOf(next))).takes).toBe(0);
  });
});

describe('a Worker without its secret', () => {
  it('refuses to make a group (503), whether the per-client brakes are on or off, and stores nothing', async () => {
    const logged = expectedLogs();
    for (const RATE_LIMIT of ['on', 'off']) {
      const res = await call(
        groupsPath,
        { method: 'POST', headers: { 'CF-Connecting-IP': '203.0.113.91' } },
        { ...OUTSIDE_LOCAL_DEV, RATE_LIMIT },
      );
      expect(await errorOf(res), RATE_LIMIT).toMatchObject({ status: 503, code: 'not_configured' });
    }
    const page = await call(
      `/results/${QUIZ}/groups`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': '203.0.113.92' },
        body: 'name=Period+3',
      },
      OUTSIDE_LOCAL_DEV,
    );
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('not fully configured');
    expect((await testEnv.SCORES.list({ prefix: 'v1:group:' })).keys).toHaveLength(0);
    // The Worker says what is missing (once per isolate), and nothing else.
    expect(logged().filter((line) => !line.startsWith('[lateral] ATTEMPT_SECRET is not set'))).toEqual([]);
  });
});

describe('attacks that fail', () => {
  it('counts creations by CF-Connecting-IP alone: X-Forwarded-For and friends change nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await call(
        groupsPath,
        {
          method: 'POST',
          headers: {
            'CF-Connecting-IP': '203.0.113.93',
            'X-Forwarded-For': `10.0.0.${i}`,
            'X-Real-IP': `10.1.0.${i}`,
            'True-Client-IP': `10.2.0.${i}`,
          },
        },
        { RATE_LIMIT: 'on' },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('refuses another group’s key, a key in another case or padded, and a key from a form without one', async () => {
    const [a, b] = [await createGroup(), await createGroup()];
    const key = keyOf(a);
    for (const wrong of [keyOf(b), key.toUpperCase(), key.toLowerCase(), ` ${key}`, `${key}=`, `${key}\u0000`]) {
      const res = await call(`${groupsPath}/${a.group.code}/results?key=${encodeURIComponent(wrong)}`);
      expect((await errorOf(res)).code, wrong).toBe('group_link_invalid');
    }
    // A form posted from another site cannot replace the link without the key it replaces.
    const forged = await call(
      `/results/${QUIZ}/groups/${a.group.code}/key`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
        body: `key=${encodeURIComponent(keyOf(b))}`,
      },
      { RATE_LIMIT: 'off' },
    );
    expect(forged.status).toBe(403);
    const api = await postJson(`${groupsPath}/${a.group.code}/key`, { key: '' }, { RATE_LIMIT: 'off' }, 'text/plain');
    expect(api.status).toBe(403);
    expect((await readGroup(a.group.code, key)).group.code).toBe(a.group.code);
  });

  it('does not open a group of another quiz at this quiz’s address, even with its key', async () => {
    const g = await createGroup();
    const record = (await testEnv.SCORES.get(keys.group(g.group.code), 'json')) as GroupRecord;
    await writeGroup(testEnv.SCORES, { ...record, quizId: 'another-quiz' });
    const res = await call(`${groupsPath}/${g.group.code}/results?key=${keyOf(g)}`);
    expect((await errorOf(res)).code).toBe('group_not_found');
  });

  it('writes a hostile group label only as text: the created page, the group page and the CSV', async () => {
    const name = '=HYPERLINK("http://x")<img src=x onerror=alert(1)>';
    const created = await call(
      `/results/${QUIZ}/groups`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': '203.0.113.94' },
        body: new URLSearchParams({ name }).toString(),
      },
      { RATE_LIMIT: 'off' },
    );
    const createdHtml = await created.text();
    expect(created.status).toBe(201);
    expect(createdHtml).not.toContain('<img src=x');
    const g = (await (await postJson(groupsPath, { name }, { RATE_LIMIT: 'off' })).json()) as GroupCreated;
    const page = await (await call(`/results/${QUIZ}/groups/${g.group.code}?key=${keyOf(g)}`)).text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x');
    const csv = await (await call(`${groupsPath}/${g.group.code}/results.csv?key=${keyOf(g)}`)).text();
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")<img`);
  });
});
