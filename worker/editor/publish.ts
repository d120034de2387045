// The routes' side of each quiz's desk: drafts, publishing and unpublishing go through it, spend from the write budget first.

import type { Draft, PublishResult, SaveDraftRequest } from '../../contract/editor.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import type { Env } from '../env.ts';
import { ApiFailure, errorBody, fail } from '../http/errors.ts';
import { spendWrites } from '../http/write-budget.ts';
import { snippets } from '../pages/snippets.ts';
import { rememberPublished } from '../quizzes/published.ts';
import { isBundled } from '../quizzes/catalog.ts';
import { deskOf } from '../quizzes/desk.ts';
import type { DeskRefusal } from '../quizzes/quiz-desk.ts';
import { resultsPath } from '../../contract/links.ts';

export function embedCodes(origin: string, quiz: QuizFile): Pick<PublishResult, 'snippets' | 'resultsUrl'> {
  return { snippets: snippets(origin, quiz), resultsUrl: `${origin}${resultsPath(quiz.id)}` };
}

/** Runs one desk call; a desk or KV failure is a 503 the editor can retry, never a 500. */
async function atDesk<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof ApiFailure) throw err;
    console.error('[lateral] quiz desk failed:', err);
    fail(503, 'storage_unavailable', 'This could not be saved just now. Please try again in a moment.', {
      'Retry-After': '2',
    });
  }
}

function refused(answer: DeskRefusal): never {
  if (answer.code === 'not_found') fail(404, 'not_found', answer.message);
  fail(409, 'conflict', answer.message);
}

/** The stored draft, as the desk holds it (never a copy KV may still be propagating). */
export async function deskDraft(env: Env, id: string): Promise<Draft | null> {
  return atDesk(() => deskOf(env, id).getDraft(id));
}

export async function saveDraft(
  env: Env,
  id: string,
  body: SaveDraftRequest,
): Promise<{ draft: Draft; created: boolean }> {
  await spendWrites(env, 'draftSave', Date.now());
  const answer = await atDesk(() => deskOf(env, id).saveDraft(id, body, new Date().toISOString()));
  if (!answer.ok) refused(answer);
  return { draft: answer.draft, created: answer.created };
}

export async function removeDraft(env: Env, id: string): Promise<void> {
  const answer = await atDesk(() => deskOf(env, id).deleteDraft(id));
  if (!answer.ok) refused(answer);
}

/**
 * Publishes the stored draft (never a body sent along, so what was checked is what goes out), through
 * the quiz's desk: one publish at a time, each from the desk's own registry, so no version is dropped.
 * Content identical to the current revision makes no new one: it is only shown again.
 */
export async function publishDraft(env: Env, origin: string, id: string): Promise<Response | PublishResult> {
  if (isBundled(id)) {
    fail(
      409,
      'conflict',
      `"${id}" is a quiz file in questions/, which ships with the site: export this quiz and commit the file instead.`,
    );
  }
  await spendWrites(env, 'publish', Date.now());
  const answer = await atDesk(() => deskOf(env, id).publish(id, new Date().toISOString()));
  if (!answer.ok) {
    if (!answer.problems) refused(answer);
    return Response.json(errorBody('invalid_quiz', answer.message, { problems: answer.problems }), { status: 422 });
  }
  const { pointer, listing, quiz, warnings } = answer;
  // This isolate serves the new revision at once; others within a minute (their pointer cache).
  rememberPublished(env.SCORES, id, pointer, listing, quiz);
  return {
    id,
    revision: pointer.revision,
    version: pointer.versions.at(-1)?.version ?? '',
    publishedAt: pointer.publishedAt,
    newRevision: answer.newRevision,
    warnings,
    ...embedCodes(origin, quiz),
  };
}

/** Hides a published quiz: gone from the list, the API and embeds; its revisions and results stay. Idempotent (L4). */
export async function unpublish(env: Env, id: string): Promise<void> {
  await spendWrites(env, 'unpublish', Date.now());
  const answer = await atDesk(() => deskOf(env, id).unpublish(id));
  if (!answer.ok) refused(answer);
  rememberPublished(env.SCORES, id, answer.pointer, answer.listing);
}
