// Who may read a quiz's results: anyone when public; the holder of RESULTS_TOKEN when private.

import type { Context } from 'hono';
import type { QuizFile } from '../contract/quiz.ts';
import type { AppEnv, Env } from './env.ts';
import { fail } from './errors.ts';
import { sameSecret } from './same-secret.ts';

/** The token of an `Authorization: Bearer <token>` header, if the request sent one. */
export function bearerToken(c: Context<AppEnv>): string | undefined {
  return /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
}

/** Whether `given` is the results token; always false while no RESULTS_TOKEN secret is set. */
export async function isResultsToken(env: Env, given: string | undefined): Promise<boolean> {
  const expected = env.RESULTS_TOKEN;
  return Boolean(expected && given && (await sameSecret(given, expected)));
}

export async function requireResultsAccess(c: Context<AppEnv>, quiz: QuizFile): Promise<void> {
  if (quiz.results === 'public') return;
  if (!(await isResultsToken(c.env, bearerToken(c)))) {
    fail(401, 'unauthorized', 'The results of this quiz are private. Send the results token as a Bearer token.');
  }
}
