// Helpers for the class group tests: create a group, take the quiz in it, read its results, all through HTTP.

import type { AttemptGrant, GroupCreated, GroupResults } from '../../contract/api.ts';
import type { Env } from '../../worker/env.ts';
import { QUIZ, call, postJson } from './helpers.ts';
import { OFF, type Take } from './results-support.ts';

export const groupsPath = `/api/quizzes/${QUIZ}/groups`;

export async function createGroup(
  body: object = {},
  overrides: Partial<Env> = {},
  ip = '203.0.113.7',
): Promise<GroupCreated> {
  const res = await call(
    groupsPath,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
      body: JSON.stringify(body),
    },
    { ...OFF, ...overrides },
  );
  if (res.status !== 201) throw new Error(`create group: ${res.status} ${await res.text()}`);
  return (await res.json()) as GroupCreated;
}

/** The results secret, as the creator finds it in the results link. */
export function keyOf(created: GroupCreated): string {
  return new URL(created.links.results).searchParams.get('key') ?? '';
}

export async function groupAttempt(code: string | undefined, overrides: Partial<Env> = {}): Promise<Response> {
  const query = code === undefined ? '' : `?group=${encodeURIComponent(code)}`;
  return call(`/api/quizzes/${QUIZ}/attempts${query}`, { method: 'POST' }, { ...OFF, ...overrides });
}

/** One take through HTTP, in the group `code` (or none): an attempt with `?group=`, then the submission. */
export async function takeIn(code: string | undefined, take: Take, overrides: Partial<Env> = {}): Promise<number> {
  const grant = await groupAttempt(code, overrides);
  if (grant.status !== 201) throw new Error(`attempt: ${grant.status} ${await grant.text()}`);
  const { attempt } = (await grant.json()) as AttemptGrant;
  const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, { attempt, ...take }, { ...OFF, ...overrides });
  return res.status;
}

export async function readGroup(code: string, key: string, overrides: Partial<Env> = {}): Promise<GroupResults> {
  const res = await call(`${groupsPath}/${code}/results?key=${encodeURIComponent(key)}`, {}, overrides);
  if (res.status !== 200) throw new Error(`group results: ${res.status} ${await res.text()}`);
  return (await res.json()) as GroupResults;
}

export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}
