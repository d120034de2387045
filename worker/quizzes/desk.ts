// Each quiz's desk as the routes reach it: the one writer of its drafts, pointer and versions (quiz-desk.ts).

import type { Env } from '../env.ts';
import { warnOnce } from '../env.ts';
import { fail } from '../http/errors.ts';
import type { QuizDesk } from './quiz-desk.ts';

/** The desk's methods as the class declares them (RPC stubs type a union result as an intersection of promises). */
export type DeskCalls = Pick<
  QuizDesk,
  'getDraft' | 'saveDraft' | 'deleteDraft' | 'publish' | 'unpublish' | 'version' | 'pointer'
>;

/** The desk of quiz `id`; without its binding the editor refuses service (503), it never writes around it. */
export function deskOf(env: Env, id: string): DeskCalls {
  if (!env.QUIZ_DESK) {
    warnOnce('The QUIZ_DESK Durable Object binding is missing (wrangler.toml): the editor cannot save or publish.');
    fail(503, 'not_configured', 'The editor is not fully configured: quizzes cannot be saved or published.');
  }
  return env.QUIZ_DESK.getByName(id) as unknown as DeskCalls;
}
