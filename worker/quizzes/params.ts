// The quiz and language a request names, read the same way by every API route (the quiz list's and the groups').

import type { Context } from 'hono';
import { type Lang, type QuizFile, isLang } from '../../contract/quiz.ts';
import { textLang } from '../../contract/quiz-languages.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../http/errors.ts';
import { findQuiz } from './catalog.ts';
import type { ServedQuiz } from './bundled.ts';

/** A bundled or published quiz; `hidden` admits unpublished ones (their results stay readable). */
export async function requireQuiz(c: Context<AppEnv>, id: string, options?: { hidden: boolean }): Promise<ServedQuiz> {
  const quiz = await findQuiz(c.env, id, options);
  if (!quiz) fail(404, 'not_found', `There is no quiz "${id.slice(0, 60)}".`);
  return quiz;
}

export function langParam(value: string | undefined): Lang {
  if (value === undefined || value === '') return 'en';
  if (!isLang(value)) fail(400, 'bad_request', 'Parameter "lang" must be "en" or "es".');
  return value;
}

/**
 * The language a quiz's text is served in for `?lang=`: that one when the quiz has it, else the quiz's
 * first (a Spanish-only quiz answers an English reader in Spanish, issue 19 §3). Not a language at all is a 400.
 */
export function quizLang(quiz: QuizFile, value: string | undefined): Lang {
  return textLang(quiz.languages, langParam(value));
}
