// The `?version=` parameter of the attempt and results routes: a version of the quiz, or a clear refusal.

import { type QuizVersion, VERSION_PATTERN } from '../../contract/quiz-version.ts';
import type { Env } from '../env.ts';
import { DAY_MS } from '../../contract/utc-day.ts';
import { fail } from '../http/errors.ts';
import { type ServedQuiz, currentVersion, versionsOf } from './bundled.ts';
import { lookUpVersion } from './version-lookup.ts';

/**
 * A `?version=` parameter: absent, the current version. A version this quiz never had is refused
 * (400 when it cannot be a version, 404 when it is not one of this quiz's), never swapped silently.
 * Results may name any version the quiz has had, also one this isolate's cached pointer does not know yet.
 */
export async function requireVersion(env: Env, quiz: ServedQuiz, value: string | undefined): Promise<QuizVersion> {
  if (value === undefined || value === '') return currentVersion(quiz);
  const found = VERSION_PATTERN.test(value) ? await lookUpVersion(env, quiz, value) : undefined;
  if (found) return found;
  const known = versionsOf(quiz).map((v) => v.version);
  const message = `Quiz "${quiz.id}" has no version "${value.slice(0, 20)}". Its versions: ${known.join(', ')}.`;
  if (!VERSION_PATTERN.test(value)) fail(400, 'bad_request', message);
  fail(404, 'not_found', message);
}

/**
 * When `version` stopped being current: when the next version became current. A registry written by the
 * build knows only the day, so the end of that day is taken (a reader is never cut off early).
 */
function supersededAt(quiz: ServedQuiz, version: QuizVersion): number | null {
  const versions = versionsOf(quiz);
  const next = versions[versions.findIndex((v) => v.version === version.version) + 1];
  if (!next) return null;
  return next.at ? Date.parse(next.at) : Date.parse(`${next.since}T00:00:00Z`) + DAY_MS - 1;
}

/**
 * The version a new attempt is for: the current one, or one superseded in the last 24 hours (a page
 * loaded before a publish). Older versions get no new attempts (410 `version_retired`, M3): every take
 * of them was started long ago, so none is cut off, and a script can't keep adding to a retired version.
 */
export async function requireAttemptVersion(
  env: Env,
  quiz: ServedQuiz,
  value: string | undefined,
  now: number,
): Promise<QuizVersion> {
  const version = await requireVersion(env, quiz, value);
  if (version.version === currentVersion(quiz).version) return version;
  const since = supersededAt(quiz, version);
  // A version missing from this isolate's registry is newer than its cached pointer: current elsewhere.
  if (since === null && !versionsOf(quiz).some((v) => v.version === version.version)) return version;
  if (since !== null && now - since <= DAY_MS) return version;
  fail(
    410,
    'version_retired',
    `Version ${version.version} of quiz "${quiz.id}" was replaced more than a day ago: start the quiz again for the current one.`,
  );
}
