// All Workers KV access: versioned keys, one write per submission, the summary, and listing by hour.

import type { Lang } from '../contract/quiz.ts';
import type { QuizVersion } from '../contract/quiz-version.ts';
import type { SubmissionRecord } from '../contract/submission-record.ts';

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
};

export function bucketOfKey(key: string): number {
  return Number(key.split(':')[3]);
}

/**
 * One graded submission, stored whole in the key's metadata so listing needs no per-key reads.
 * Answers are `"<1|0>:<choice ids>"`: whether the answer was right when graded, then what was chosen.
 * Nothing about the reader is kept: no IP, no user agent, no time finer than the day.
 */
/** The record's shape and encoding live in the contract, where the quiz validator sizes it. */
export type { SubmissionRecord };
export { decodeAnswer, encodeAnswer } from '../contract/submission-record.ts';

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

/**
 * Whether a join code is taken for a new group of this quiz, in one bulk read: a group holds it, or an
 * earlier group of this quiz left a tally under it. Tallies outlive their group's record (see
 * GROUP_FOLD_KEPT_DAYS in results/group-fold.ts), and a new group under the same code would show the earlier
 * class's figures.
 */
export async function isGroupCodeTaken(kv: KVNamespace, quizId: string, code: string): Promise<boolean> {
  const wanted = [keys.group(code), keys.groupSummary(quizId, code), keys.summary(quizId)];
  const values = await kv.get<{ groups?: Record<string, unknown> }>(wanted, 'json');
  // Group tallies live in the quiz's summary now (results/group-fold.ts); older ones under their own key.
  return (
    values.get(wanted[0] as string) != null ||
    values.get(wanted[1] as string) != null ||
    values.get(wanted[2] as string)?.groups?.[code] !== undefined
  );
}

export async function writeGroup(kv: KVNamespace, group: GroupRecord): Promise<void> {
  await kv.put(keys.group(group.code), JSON.stringify(group), {
    expiration: Math.floor(Date.parse(group.expiresAt) / 1000) + GROUP_KEPT_AFTER_EXPIRY_SECONDS,
  });
}

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

// ---- Quizzes published from the editor, and the editor's drafts -------------------------------------------

const revisionText = (revision: number) => String(revision).padStart(6, '0');

export const publishedKeys = {
  /** One pointer per published quiz: its current revision, whether it is hidden; its metadata feeds the quiz list. */
  pointer: (quizId: string) => `v1:pub:${quizId}`,
  pointers: 'v1:pub:',
  /** Every revision ever published, immutable: the same JSON as a file in questions/. */
  revision: (quizId: string, revision: number) => `v1:quiz:${quizId}:${revisionText(revision)}`,
  /** One entry per graded version a published quiz has had, immutable: what grading an attempt of it reads. */
  version: (quizId: string, version: string) => `v1:qver:${quizId}:${version}`,
  draft: (quizId: string) => `v1:draft:${quizId}`,
  drafts: 'v1:draft:',
};

/**
 * Where a published quiz stands. `versions` is its version registry, as questions/versions/ keeps one
 * for a bundled quiz (contract/quiz-version.ts): every graded version ever published, oldest first, so
 * a take started on an earlier version is graded, and counted, by that version.
 */
export type PublishedPointer = {
  v: 1;
  revision: number;
  hidden: boolean;
  publishedAt: string;
  versions: QuizVersion[];
};

/** A published quiz as the quiz list needs it, kept in the pointer's metadata so one `list` reads them all. */
export type PublishedListing = {
  id: string;
  revision: number;
  hidden: boolean;
  publishedAt: string;
  title: { en: string; es: string };
  languages: Lang[];
  questionCount: number;
  /** The current version, and the dates the quiz list reports. */
  version: string;
  checkedAt: string;
  reviewBy?: string;
};

/**
 * Metadata holding people's words (titles in Spanish) is stored as one ASCII JSON string: local KV
 * carries metadata in an HTTP header, where non-ASCII text is not portable (Miniflare warns so).
 */
type AsciiMetadata = { j: string };

/** Below KV's 1,024-byte limit on metadata as serialized (ASCII, so characters are bytes). */
const MAX_METADATA_CHARS = 1000;

function toAscii(value: unknown): AsciiMetadata {
  return {
    j: JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  };
}

function fromAscii<T>(metadata: AsciiMetadata | null | undefined): T | null {
  if (!metadata || typeof metadata.j !== 'string') return null;
  try {
    return JSON.parse(metadata.j) as T;
  } catch {
    return null;
  }
}

export async function readPublishedPointer(kv: KVNamespace, quizId: string): Promise<PublishedPointer | null> {
  return kv.get<PublishedPointer>(publishedKeys.pointer(quizId), 'json');
}

export async function writePublishedPointer(
  kv: KVNamespace,
  quizId: string,
  pointer: PublishedPointer,
  listing: Omit<PublishedListing, 'id'>,
): Promise<void> {
  // KV metadata holds at most 1,024 bytes: titles full of accented letters are shortened to fit, never refused.
  let metadata = toAscii(listing);
  for (let max = 100; JSON.stringify(metadata).length > MAX_METADATA_CHARS && max > 0; max -= 20) {
    metadata = toAscii({
      ...listing,
      title: { en: listing.title.en.slice(0, max), es: listing.title.es.slice(0, max) },
    });
  }
  await kv.put(publishedKeys.pointer(quizId), JSON.stringify(pointer), { metadata });
}

/** One `list` call: up to 1,000 published quizzes with what the list shows, no per-key reads. */
export async function listPublishedPointers(
  kv: KVNamespace,
  cursor?: string,
): Promise<{ listings: PublishedListing[]; cursor: string | undefined }> {
  const page = await kv.list<AsciiMetadata>({ prefix: publishedKeys.pointers, ...(cursor ? { cursor } : {}) });
  const listings = page.keys.flatMap((k) => {
    const listing = fromAscii<Omit<PublishedListing, 'id'>>(k.metadata);
    return listing ? [{ ...listing, id: k.name.slice(publishedKeys.pointers.length) }] : [];
  });
  return { listings, cursor: page.list_complete ? undefined : page.cursor };
}

export async function readQuizRevision<T>(kv: KVNamespace, quizId: string, revision: number): Promise<T | null> {
  // Immutable once written: the edge may keep it as long as it likes.
  return kv.get<T>(publishedKeys.revision(quizId, revision), { type: 'json', cacheTtl: 86_400 });
}

export async function writeQuizRevision(
  kv: KVNamespace,
  quizId: string,
  revision: number,
  quiz: unknown,
  publishedAt: string,
): Promise<void> {
  await kv.put(publishedKeys.revision(quizId, revision), JSON.stringify(quiz), { metadata: { publishedAt } });
}

/** A version's graded key as it was first published; written once by the quiz's desk, never changed. */
export async function writeQuizVersion(kv: KVNamespace, quizId: string, version: QuizVersion): Promise<void> {
  await kv.put(publishedKeys.version(quizId, version.version), JSON.stringify(version));
}

export async function readQuizVersion(kv: KVNamespace, quizId: string, version: string): Promise<QuizVersion | null> {
  // Immutable once written: the edge may keep it as long as it likes.
  return kv.get<QuizVersion>(publishedKeys.version(quizId, version), { type: 'json', cacheTtl: 86_400 });
}

/** What the drafts list shows, in each draft key's metadata. */
export type DraftListing = { id: string; title: string; updatedAt: string };

export async function readDraft<T>(kv: KVNamespace, quizId: string): Promise<T | null> {
  return kv.get<T>(publishedKeys.draft(quizId), 'json');
}

export async function writeDraft(
  kv: KVNamespace,
  quizId: string,
  draft: unknown,
  listing: Omit<DraftListing, 'id'>,
): Promise<void> {
  await kv.put(publishedKeys.draft(quizId), JSON.stringify(draft), { metadata: toAscii(listing) });
}

export async function deleteDraft(kv: KVNamespace, quizId: string): Promise<void> {
  await kv.delete(publishedKeys.draft(quizId));
}

/** Drafts are few (people write them): one list page of 1,000 is plenty, and the editor pages on. */
export async function listDrafts(kv: KVNamespace, cursor?: string) {
  const page = await kv.list<AsciiMetadata>({ prefix: publishedKeys.drafts, ...(cursor ? { cursor } : {}) });
  const drafts = page.keys.flatMap((k) => {
    const listing = fromAscii<Omit<DraftListing, 'id'>>(k.metadata);
    return listing ? [{ ...listing, id: k.name.slice(publishedKeys.drafts.length) }] : [];
  });
  return { drafts, cursor: page.list_complete ? undefined : page.cursor };
}
