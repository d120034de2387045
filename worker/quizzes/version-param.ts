// The `?version=` parameter of the attempt and results routes: a version of the quiz, or a clear refusal.

import { type QuizVersion, VERSION_PATTERN } from '../../contract/quiz-version.ts';
import { fail } from '../http/errors.ts';
import { type ServedQuiz, currentVersion, findVersion, versionsOf } from './bundled.ts';

/**
 * A `?version=` parameter: absent, the current version. A version this quiz never had is refused
 * (400 when it cannot be a version, 404 when it is not one of this quiz's), never swapped silently.
 */
export function requireVersion(quiz: ServedQuiz, value: string | undefined): QuizVersion {
  if (value === undefined || value === '') return currentVersion(quiz);
  const found = findVersion(quiz, value);
  if (found) return found;
  const known = versionsOf(quiz).map((v) => v.version);
  const message = `Quiz "${quiz.id}" has no version "${value.slice(0, 20)}". Its versions: ${known.join(', ')}.`;
  if (!VERSION_PATTERN.test(value)) fail(400, 'bad_request', message);
  fail(404, 'not_found', message);
}
