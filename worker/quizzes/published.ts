// Quizzes published from the editor: immutable revisions in KV, each read at most once per isolate.

import type { QuizFile } from '../../contract/quiz.ts';
import { IsolateCache, cachePer } from '../isolate-cache.ts';
import { type ServedQuiz, servedQuiz } from './bundled.ts';
import {
  type PublishedListing,
  type PublishedPointer,
  listPublishedPointers,
  readPublishedPointer,
  readQuizRevision,
} from '../store.ts';

/**
 * How long an isolate trusts what it knows about which revision is current (and about ids that are
 * not published at all). A new publish reaches every isolate within this time; the isolate that
 * published knows at once.
 */
export const POINTER_SECONDS = 60;

/** Bounds on what an isolate keeps (128 MB each): revisions are about 40 KB, pointers a few hundred bytes. */
const MAX_REVISIONS = 200;
const MAX_POINTERS = 2_000;

/** Per KV namespace, so tests with their own namespace (or a counting wrapper) start cold. */
const cachesOf = cachePer(
  (): {
    /** `null`: no quiz of that id was ever published. */
    pointers: IsolateCache<string, { pointer: PublishedPointer | null }>;
    revisions: IsolateCache<string, QuizFile>;
    /** The current revision of each quiz with its versions on it, kept so it is one object while current. */
    served: IsolateCache<string, ServedQuiz>;
    listings: IsolateCache<'all', PublishedListing[]>;
  } => ({
    pointers: new IsolateCache({ max: MAX_POINTERS }),
    revisions: new IsolateCache({ max: MAX_REVISIONS }),
    served: new IsolateCache({ max: MAX_POINTERS }),
    listings: new IsolateCache(),
  }),
);

const pointerExpiry = () => Date.now() + POINTER_SECONDS * 1000;

/** The pointer of a published quiz, or null when no quiz of that id was ever published. */
export async function publishedPointer(kv: KVNamespace, quizId: string): Promise<PublishedPointer | null> {
  const known = await cachesOf(kv).pointers.through(
    quizId,
    async () => ({ pointer: await readPublishedPointer(kv, quizId) }),
    pointerExpiry,
  );
  return known.pointer;
}

/** One revision of a published quiz: immutable, so once read it is kept (within the LRU bound). */
export async function publishedRevision(kv: KVNamespace, quizId: string, revision: number): Promise<QuizFile | null> {
  const { revisions } = cachesOf(kv);
  const key = `${quizId}:${revision}`;
  const known = revisions.get(key);
  if (known) return known;
  const quiz = await readQuizRevision<QuizFile>(kv, quizId, revision);
  return quiz ? revisions.set(key, quiz) : null;
}

/** The current revision of a published quiz; a hidden (unpublished) one only when `hidden` is allowed. */
export async function publishedQuiz(kv: KVNamespace, quizId: string, hidden: boolean): Promise<ServedQuiz | undefined> {
  const pointer = await publishedPointer(kv, quizId);
  if (!pointer || (pointer.hidden && !hidden)) return undefined;
  const quiz = await publishedRevision(kv, quizId, pointer.revision);
  return quiz ? serve(kv, quizId, quiz, pointer) : undefined;
}

/** The revision with its versions, which travel with the pointer: the same object while both are unchanged. */
function serve(kv: KVNamespace, quizId: string, quiz: QuizFile, pointer: PublishedPointer): ServedQuiz {
  const { served } = cachesOf(kv);
  const known = served.get(quizId);
  const last = (versions: readonly { version: string }[]) => versions[versions.length - 1]?.version;
  if (known && known.questions === quiz.questions && known.versions.length === pointer.versions.length) {
    if (last(known.versions) === last(pointer.versions)) return known;
  }
  return served.set(quizId, servedQuiz(quiz, pointer.versions));
}

/** Every published quiz, hidden ones included: one `list` per 1,000, at most once a minute per isolate. */
export async function publishedListings(kv: KVNamespace, onList?: () => void): Promise<PublishedListing[]> {
  return cachesOf(kv).listings.through(
    'all',
    async () => {
      const all: PublishedListing[] = [];
      let cursor: string | undefined;
      do {
        onList?.();
        const page = await listPublishedPointers(kv, cursor);
        all.push(...page.listings);
        cursor = page.cursor;
      } while (cursor);
      return all;
    },
    pointerExpiry,
  );
}

/** After a publish or unpublish in this isolate: what it serves changes at once, not a minute later. */
export function rememberPublished(
  kv: KVNamespace,
  quizId: string,
  pointer: PublishedPointer,
  listing: PublishedListing,
  quiz?: QuizFile,
): void {
  const cache = cachesOf(kv);
  cache.pointers.set(quizId, { pointer }, pointerExpiry());
  if (quiz) {
    cache.revisions.set(`${quizId}:${pointer.revision}`, quiz);
    serve(kv, quizId, quiz, pointer);
  }
  const listed = cache.listings.get('all');
  if (listed) cache.listings.replace('all', [...listed.filter((l) => l.id !== quizId), listing]);
}
