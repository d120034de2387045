// The quiz and language a request names, read the same way by every API route (the quiz list's and the groups').

import type { Context } from 'hono';
import { type Lang, type QuizFile, isLang } from '../../contract/quiz.ts';
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

export function quizLang(quiz: QuizFile, value: string | undefined): Lang {
  const lang = langParam(value);
  if (!quiz.languages.includes(lang)) fail(400, 'bad_request', `Quiz "${quiz.id}" is not available in "${lang}".`);
  return lang;
}
