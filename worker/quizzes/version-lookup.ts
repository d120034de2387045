// Any version a quiz has had, even one this isolate's cached pointer does not know yet: how takes are graded and shown.

import { type QuizVersion, VERSION_PATTERN } from '../../contract/quiz-version.ts';
import { deskOf } from './desk.ts';
import type { Env } from '../env.ts';
import { type ServedQuiz, findVersion } from './bundled.ts';
import { isBundled } from './catalog.ts';
import { readQuizVersion } from '../store.ts';

/** Version entries are immutable: an isolate keeps those it has read (a few KB each), within a bound. */
const MAX_KEPT = 500;
const kept = new Map<string, QuizVersion>();

/**
 * Version `version` of `quiz`: from the registry this isolate holds, else (a quiz published from the
 * editor) from the version's immutable entry in KV, else from the quiz's desk, which holds every version
 * it ever published. An isolate whose pointer is a minute old still grades a take of the newest version
 * by that version's own key (H1), and never by another.
 */
export async function lookUpVersion(env: Env, quiz: ServedQuiz, version: string): Promise<QuizVersion | undefined> {
  const known = findVersion(quiz, version);
  if (known || isBundled(quiz.id) || !VERSION_PATTERN.test(version)) return known;
  const key = `${quiz.id}:${version}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const found =
    (await readQuizVersion(env.SCORES, quiz.id, version)) ??
    (env.QUIZ_DESK ? await deskOf(env, quiz.id).version(quiz.id, version) : null) ??
    undefined;
  if (found) {
    kept.set(key, found);
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  }
  return found;
}

/**
 * Every version to list in a quiz's results: the registry, then any version that has takes but is missing
 * from it (a pointer cached before a publish, or written by a racing publish before publishing was serialised).
 */
export async function versionsWithTakes(
  env: Env,
  quiz: ServedQuiz,
  registry: QuizVersion[],
  counted: Iterable<string>,
): Promise<QuizVersion[]> {
  const listed = new Set(registry.map((v) => v.version));
  const missing = [...counted].filter((version) => !listed.has(version));
  if (!missing.length) return registry;
  const found = await Promise.all(missing.map((version) => lookUpVersion(env, quiz, version)));
  const extra = found.filter((v): v is QuizVersion => v !== undefined);
  // The current version stays last, as in the registry.
  return [...registry.slice(0, -1), ...extra, ...registry.slice(-1)];
}
