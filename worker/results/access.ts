// Who may read a quiz's results: anyone when public; the holder of RESULTS_TOKEN when private.

import type { Context } from 'hono';
import type { QuizFile } from '../../contract/quiz.ts';
import type { AppEnv, Env } from '../env.ts';
import { fail } from '../http/errors.ts';
import { tokenGuessBrake } from '../http/rate-limit.ts';
import { sameSecret } from '../http/same-secret.ts';

/** The token of an `Authorization: Bearer <token>` header, if the request sent one. */
export function bearerToken(c: Context<AppEnv>): string | undefined {
  return /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
}

/** Whether `given` is the results token; always false while no RESULTS_TOKEN secret is set. */
export async function isResultsToken(env: Env, given: string | undefined): Promise<boolean> {
  const expected = env.RESULTS_TOKEN;
  return Boolean(expected && given && (await sameSecret(given, expected)));
}

/**
 * Whether a token the client presented opens the results. Every presentation passes the guessing
 * brake first (429 once an address has tried too often), so no answer tells a right guess from a wrong one.
 */
export async function presentedTokenOpens(c: Context<AppEnv>, given: string | undefined): Promise<boolean> {
  if (given === undefined) return false;
  await tokenGuessBrake(c);
  return isResultsToken(c.env, given);
}

export async function requireResultsAccess(c: Context<AppEnv>, quiz: QuizFile): Promise<void> {
  if (quiz.results === 'public') return;
  if (!(await presentedTokenOpens(c, bearerToken(c)))) {
    fail(401, 'unauthorized', 'The results of this quiz are private. Send the results token as a Bearer token.', {
      'Cache-Control': 'no-store',
      'WWW-Authenticate': 'Bearer realm="lateral-results"',
    });
  }
}
