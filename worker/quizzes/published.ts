// Quizzes published from the editor: immutable revisions in KV, each read at most once per isolate.

import type { QuizFile } from '../../contract/quiz.ts';
import { rememberVersions } from './bundled.ts';
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

type Known<T> = { value: T; until: number };

/** A Map used as a small LRU: reading an entry moves it to the back, the oldest falls out first. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
  return value;
}

function recall<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value !== undefined) remember(map, key, value, Number.POSITIVE_INFINITY);
  return value;
}

/** Per KV namespace, so tests with their own namespace (or a counting wrapper) start cold. */
type Caches = {
  pointers: Map<string, Known<PublishedPointer | null>>;
  revisions: Map<string, QuizFile>;
  listings?: Known<PublishedListing[]>;
};
const caches = new WeakMap<KVNamespace, Caches>();

function cachesOf(kv: KVNamespace): Caches {
  let found = caches.get(kv);
  if (!found) {
    found = { pointers: new Map(), revisions: new Map() };
    caches.set(kv, found);
  }
  return found;
}

/** The pointer of a published quiz, or null when no quiz of that id was ever published. */
export async function publishedPointer(kv: KVNamespace, quizId: string): Promise<PublishedPointer | null> {
  const { pointers } = cachesOf(kv);
  const known = recall(pointers, quizId);
  if (known && known.until > Date.now()) return known.value;
  const pointer = await readPublishedPointer(kv, quizId);
  remember(pointers, quizId, { value: pointer, until: Date.now() + POINTER_SECONDS * 1000 }, MAX_POINTERS);
  return pointer;
}

/** One revision of a published quiz: immutable, so once read it is kept (within the LRU bound). */
export async function publishedRevision(kv: KVNamespace, quizId: string, revision: number): Promise<QuizFile | null> {
  const { revisions } = cachesOf(kv);
  const key = `${quizId}:${revision}`;
  const known = recall(revisions, key);
  if (known) return known;
  const quiz = await readQuizRevision<QuizFile>(kv, quizId, revision);
  return quiz ? remember(revisions, key, quiz, MAX_REVISIONS) : null;
}

/** The current revision of a published quiz; a hidden (unpublished) one only when `hidden` is allowed. */
export async function publishedQuiz(kv: KVNamespace, quizId: string, hidden: boolean): Promise<QuizFile | undefined> {
  const pointer = await publishedPointer(kv, quizId);
  if (!pointer || (pointer.hidden && !hidden)) return undefined;
  const quiz = await publishedRevision(kv, quizId, pointer.revision);
  // Its versions travel with the pointer: grading, results and the quiz route read them like a bundled quiz's.
  if (quiz) rememberVersions(quiz, pointer.versions);
  return quiz ?? undefined;
}

/** Every published quiz, hidden ones included: one `list` per 1,000, at most once a minute per isolate. */
export async function publishedListings(kv: KVNamespace, onList?: () => void): Promise<PublishedListing[]> {
  const cache = cachesOf(kv);
  if (cache.listings && cache.listings.until > Date.now()) return cache.listings.value;
  const all: PublishedListing[] = [];
  let cursor: string | undefined;
  do {
    onList?.();
    const page = await listPublishedPointers(kv, cursor);
    all.push(...page.listings);
    cursor = page.cursor;
  } while (cursor);
  cache.listings = { value: all, until: Date.now() + POINTER_SECONDS * 1000 };
  return all;
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
  remember(cache.pointers, quizId, { value: pointer, until: Date.now() + POINTER_SECONDS * 1000 }, MAX_POINTERS);
  if (quiz) {
    remember(cache.revisions, `${quizId}:${pointer.revision}`, quiz, MAX_REVISIONS);
    rememberVersions(quiz, pointer.versions);
  }
  if (cache.listings) {
    const others = cache.listings.value.filter((l) => l.id !== quizId);
    cache.listings = { ...cache.listings, value: [...others, listing] };
  }
}
