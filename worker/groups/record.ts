// Class groups: making one (join code + results secret), finding one by its code, and checking or replacing its secret.

import { GROUP_CODE_ALPHABET, GROUP_CODE_LENGTH, normalizeGroupCode } from '../../contract/group-code.ts';
import type { GroupInfo } from '../../contract/api.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import { DAY_MS, isoDay } from '../../contract/utc-day.ts';
import { toBase64Url } from '../http/base64url.ts';
import { fail } from '../http/errors.ts';
import { sameSecret } from '../http/same-secret.ts';
import { type GroupRecord, isGroupCodeTaken, readGroup, writeGroup } from '../store.ts';

/** A join code drawn uniformly from the alphabet (rejection sampling, so no character is likelier). */
export function newGroupCode(): string {
  const n = GROUP_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < GROUP_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < limit && code.length < GROUP_CODE_LENGTH) code += GROUP_CODE_ALPHABET[byte % n];
    }
  }
  return code;
}

/** The results secret: 256 random bits, so guessing is hopeless and a plain hash is enough to store. */
export function newResultsKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function hashResultsKey(key: string): Promise<string> {
  return toBase64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
}

export function groupInfo(group: GroupRecord): GroupInfo {
  return { code: group.code, quizId: group.quizId, createdAt: group.createdAt, expiresAt: group.expiresAt };
}

/** The lifetime a request asked for (checked by contract/requests.ts), bounded by the Worker's GROUP_LIFETIME_DAYS. */
export function groupDays(days: number | undefined, longest: number): number {
  if (days === undefined) return longest;
  if (days > longest) fail(400, 'bad_request', `Field "days" must be a whole number of days from 1 to ${longest}.`);
  return days;
}

/**
 * Stores a new group under a code nobody holds, and under which no earlier group of this quiz left a
 * tally (one bulk read); on the unlikely collision (34 million codes) a fresh code is drawn. KV cannot
 * insert-if-absent, so two creations racing to the same code within KV's propagation delay could still
 * collide: about 1 in 10^15 per pair, accepted.
 */
export async function createGroup(
  kv: KVNamespace,
  quiz: QuizFile,
  fields: { name: string | null; days: number },
  now: number,
): Promise<{ group: GroupRecord; key: string }> {
  for (let tries = 0; tries < 5; tries++) {
    const code = newGroupCode();
    if (await isGroupCodeTaken(kv, quiz.id, code)) continue;
    const key = newResultsKey();
    const group: GroupRecord = {
      v: 1,
      code,
      quizId: quiz.id,
      name: fields.name,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + fields.days * DAY_MS).toISOString(),
      keyHash: await hashResultsKey(key),
    };
    await writeGroup(kv, group);
    return { group, key };
  }
  fail(503, 'storage_unavailable', 'No free group code was found just now. Please try again.', { 'Retry-After': '1' });
}

/**
 * The group a reader's code names, for this quiz, while it lasts. Unknown codes (and codes of another
 * quiz) are 404, expired ones 410; both messages say the quiz can still be taken without a group.
 */
export async function findGroup(kv: KVNamespace, quizId: string, typed: unknown, now: number): Promise<GroupRecord> {
  const code = normalizeGroupCode(typed);
  const group = code ? await readGroup(kv, code) : null;
  return liveGroup(group, quizId, typeof typed === 'string' ? typed : '', now);
}

export function groupNotFound(typed: string): never {
  fail(
    404,
    'group_not_found',
    `There is no group "${typed.trim().slice(0, 20)}" for this quiz. Check the code, or take the quiz without a group.`,
  );
}

/** The checks of `findGroup` on a group already read. */
export function liveGroup(group: GroupRecord | null, quizId: string, typed: string, now: number): GroupRecord {
  if (!group || group.quizId !== quizId) groupNotFound(typed);
  if (now >= Date.parse(group.expiresAt)) {
    const endsOn = isoDay(Date.parse(group.expiresAt));
    fail(
      410,
      'group_expired',
      `Group ${group.code} ended on ${endsOn}. You can still take the quiz without a group.`,
      {},
      { endsOn },
    );
  }
  return group;
}

/** Refuses a results key that is not the group's current one: a wrong, old (replaced) or missing key. */
export async function requireGroupKey(group: GroupRecord, key: string | undefined): Promise<void> {
  const same = key ? await sameSecret(await hashResultsKey(key), group.keyHash) : false;
  if (!same) {
    fail(
      403,
      'group_link_invalid',
      'This results link does not open this group: it is incomplete, or it was replaced by a newer link.',
    );
  }
}

/** Replaces the results secret: the old link stops working at once where it is checked (KV propagation aside). */
export async function replaceResultsKey(
  kv: KVNamespace,
  group: GroupRecord,
): Promise<{ group: GroupRecord; key: string }> {
  const key = newResultsKey();
  const next = { ...group, keyHash: await hashResultsKey(key) };
  await writeGroup(kv, next);
  return { group: next, key };
}
