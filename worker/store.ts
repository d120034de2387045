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
