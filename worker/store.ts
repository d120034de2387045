// All Workers KV access: versioned keys, one write per submission, the summary, and listing by hour.

import type { Lang } from '../contract/quiz.ts';

export const HOUR_MS = 3_600_000;

/** Submissions are grouped by the hour their attempt was issued, so the rollup can fold settled hours by prefix. */
export function bucketOf(timeMs: number): number {
  return Math.floor(timeMs / HOUR_MS);
}

const bucketText = (bucket: number) => String(bucket).padStart(8, '0');

export const keys = {
  summary: (quizId: string) => `v1:summary:${quizId}`,
  submissions: (quizId: string) => `v1:sub:${quizId}:`,
  bucket: (quizId: string, bucket: number) => `v1:sub:${quizId}:${bucketText(bucket)}:`,
  submission: (quizId: string, bucket: number, attemptId: string) =>
    `v1:sub:${quizId}:${bucketText(bucket)}:${attemptId}`,
  /** Join codes are unique across quizzes, so a code alone finds its group. */
  group: (code: string) => `v1:group:${code}`,
  groupSummary: (quizId: string, code: string) => `v1:gsum:${quizId}:${code}`,
  groupCreations: (day: string, client: string) => `v1:glimit:${day}:${client}`,
};

export function bucketOfKey(key: string): number {
  return Number(key.split(':')[3]);
}

/**
 * One graded submission, stored whole in the key's metadata so listing needs no per-key reads.
 * Answers are `"<1|0>:<choice ids>"`: whether the answer was right when graded, then what was chosen.
 * Nothing about the reader is kept: no IP, no user agent, no time finer than the day.
 */
export type SubmissionRecord = {
  /** 2 since quiz versions; a v1 record has no `q` and belongs to the quiz's first recorded version. */
  v: 1 | 2;
  /** the quiz version the submission was graded against */
  q?: string;
  /** score */
  s: number;
  /** total questions when graded */
  t: number;
  l: Lang;
  /** UTC day of the submission, YYYY-MM-DD */
  d: string;
  a: Record<string, string>;
  /** The class group's join code, when the take was made in one. */
  g?: string;
};

export function encodeAnswer(correct: boolean, choiceIds: string[]): string {
  return `${correct ? 1 : 0}:${choiceIds.join(',')}`;
}

export function decodeAnswer(text: string): { correct: boolean; choiceIds: string[] } {
  const [flag = '0', ids = ''] = text.split(':');
  return { correct: flag === '1', choiceIds: ids ? ids.split(',') : [] };
}

/** Raw records are folded within hours; they are kept 30 days so a rollup can be rebuilt, then expire. */
export const SUBMISSION_TTL_SECONDS = 30 * 24 * 3600;

export async function readSubmission(kv: KVNamespace, quizId: string, bucket: number, attemptId: string) {
  const { metadata } = await kv.getWithMetadata<SubmissionRecord>(keys.submission(quizId, bucket, attemptId));
  return metadata ?? null;
}

export async function writeSubmission(
  kv: KVNamespace,
  quizId: string,
  bucket: number,
  attemptId: string,
  record: SubmissionRecord,
): Promise<void> {
  await kv.put(keys.submission(quizId, bucket, attemptId), '', {
    metadata: record,
    expirationTtl: SUBMISSION_TTL_SECONDS,
  });
}

export type SubmissionPage = {
  records: { key: string; record: SubmissionRecord }[];
  cursor: string | undefined;
  complete: boolean;
};

/** One `list` call: up to 1,000 records. An empty page can still be incomplete (KV skips tombstones). */
export async function listSubmissions(kv: KVNamespace, prefix: string, cursor?: string): Promise<SubmissionPage> {
  const page = await kv.list<SubmissionRecord>({ prefix, ...(cursor ? { cursor } : {}) });
  const records = page.keys.flatMap((k) => (k.metadata ? [{ key: k.name, record: k.metadata }] : []));
  return page.list_complete
    ? { records, cursor: undefined, complete: true }
    : { records, cursor: page.cursor, complete: false };
}

/** The hour of the oldest stored submission of a quiz, or null when it has none. */
export async function firstBucket(kv: KVNamespace, quizId: string): Promise<number | null> {
  const page = await kv.list({ prefix: keys.submissions(quizId), limit: 1 });
  const first = page.keys[0];
  return first ? bucketOfKey(first.name) : null;
}

export async function readSummary<T>(kv: KVNamespace, quizId: string): Promise<T | null> {
  return kv.get<T>(keys.summary(quizId), 'json');
}

export async function writeSummary(kv: KVNamespace, quizId: string, summary: unknown): Promise<void> {
  await kv.put(keys.summary(quizId), JSON.stringify(summary));
}

/**
 * A group as stored: the secret of its results link only as a SHA-256 hash, nothing about who made it.
 * Kept past `expiresAt` (see GROUP_KEPT_AFTER_EXPIRY_SECONDS) only so an expired code can be told from an unknown one.
 */
export type GroupRecord = {
  v: 1;
  code: string;
  quizId: string;
  name: string | null;
  createdAt: string;
  expiresAt: string;
  keyHash: string;
};

export const GROUP_KEPT_AFTER_EXPIRY_SECONDS = 30 * 24 * 3600;

export async function readGroup(kv: KVNamespace, code: string): Promise<GroupRecord | null> {
  return kv.get<GroupRecord>(keys.group(code), 'json');
}

export async function writeGroup(kv: KVNamespace, group: GroupRecord): Promise<void> {
  await kv.put(keys.group(group.code), JSON.stringify(group), {
    expiration: Math.floor(Date.parse(group.expiresAt) / 1000) + GROUP_KEPT_AFTER_EXPIRY_SECONDS,
  });
}

/** Group tallies outlive any group (lifetimes are capped at a year); reads check the group's own expiry. */
export const GROUP_SUMMARY_TTL_SECONDS = 400 * 24 * 3600;

/** KV's limit on the keys of one bulk read. */
export const BULK_READ_KEYS = 100;

/** Group tallies by join code, in bulk reads of up to 100 keys, each one operation. */
export async function readGroupSummaries<T>(kv: KVNamespace, quizId: string, codes: string[]): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let i = 0; i < codes.length; i += BULK_READ_KEYS) {
    const batch = codes.slice(i, i + BULK_READ_KEYS);
    const values = await kv.get<T>(
      batch.map((code) => keys.groupSummary(quizId, code)),
      'json',
    );
    for (const code of batch) {
      const value = values.get(keys.groupSummary(quizId, code));
      if (value) found.set(code, value);
    }
  }
  return found;
}

export async function writeGroupSummary(kv: KVNamespace, quizId: string, code: string, value: unknown): Promise<void> {
  await kv.put(keys.groupSummary(quizId, code), JSON.stringify(value), { expirationTtl: GROUP_SUMMARY_TTL_SECONDS });
}

/** What a group's results need, in one bulk read: the group, its tally and the quiz's summary. */
export async function readGroupView<S, G>(kv: KVNamespace, quizId: string, code: string) {
  const wanted = [keys.group(code), keys.groupSummary(quizId, code), keys.summary(quizId)];
  const values = await kv.get<unknown>(wanted, 'json');
  return {
    group: (values.get(wanted[0] as string) ?? null) as GroupRecord | null,
    groupSummary: (values.get(wanted[1] as string) ?? null) as G | null,
    summary: (values.get(wanted[2] as string) ?? null) as S | null,
  };
}

/** Group creations counted today for one (hashed) client and quiz; an approximate brake, see group-limit.ts. */
export async function readCreations(kv: KVNamespace, day: string, client: string): Promise<number> {
  return Number((await kv.get(keys.groupCreations(day, client))) ?? 0) || 0;
}

export async function writeCreations(kv: KVNamespace, day: string, client: string, count: number, until: number) {
  await kv.put(keys.groupCreations(day, client), String(count), { expiration: Math.floor(until / 1000) });
}
