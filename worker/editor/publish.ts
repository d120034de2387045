// Publishing a draft: the build's validator and passage check, then a new immutable revision and the pointer to it.

import type { Draft, PublishResult } from '../../contract/editor.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import { recordVersion } from '../../contract/quiz-version.ts';
import { isError } from '../../contract/rules/problem.ts';
import { draftProblems } from '../../contract/rules/quiz-problems.ts';
import { isoDay } from '../../contract/utc-day.ts';
import type { Env } from '../env.ts';
import { errorBody, fail } from '../http/errors.ts';
import { snippets } from '../pages/snippets.ts';
import { publishedPointer, publishedRevision, rememberPublished } from '../quizzes/published.ts';
import { isBundled } from '../quizzes/catalog.ts';
import {
  type PublishedListing,
  type PublishedPointer,
  writeDraft,
  writePublishedPointer,
  writeQuizRevision,
} from '../store.ts';
import { resultsPath } from '../../contract/links.ts';

function listingOf(quiz: QuizFile, pointer: PublishedPointer): Omit<PublishedListing, 'id'> {
  return {
    revision: pointer.revision,
    hidden: pointer.hidden,
    publishedAt: pointer.publishedAt,
    title: quiz.title,
    languages: quiz.languages,
    questionCount: quiz.questions.length,
    version: pointer.versions.at(-1)?.version ?? '',
    checkedAt: quiz.checkedAt,
    ...(quiz.reviewBy ? { reviewBy: quiz.reviewBy } : {}),
  };
}

export function embedCodes(origin: string, quiz: QuizFile): Pick<PublishResult, 'snippets' | 'resultsUrl'> {
  return { snippets: snippets(origin, quiz), resultsUrl: `${origin}${resultsPath(quiz.id)}` };
}

/**
 * Publishes the stored draft (never a body sent along, so what was checked is what goes out).
 * Content identical to the current revision makes no new one: it is only shown again.
 * Costs 1–2 reads and 3 writes: the revision, the pointer, the draft's published state.
 */
export async function publishDraft(
  env: Env,
  origin: string,
  id: string,
  draft: Draft,
): Promise<Response | PublishResult> {
  if (isBundled(id)) {
    fail(
      409,
      'conflict',
      `"${id}" is a quiz file in questions/, which ships with the site: export this quiz and commit the file instead.`,
    );
  }
  const now = new Date().toISOString();
  // The rules the build and the editor run, on the same day: errors refuse, warnings go back with the result.
  const problems = draftProblems(draft, isoDay(Date.parse(now)));
  const errors = problems.filter(isError);
  if (errors.length) {
    const message = `This quiz can't be published yet: ${errors.length} thing(s) to fix.`;
    return Response.json(errorBody('invalid_quiz', message, { problems }), { status: 422 });
  }
  const warnings = problems.filter((p) => !isError(p));
  const kv = env.SCORES;
  const quiz = draft.quiz;
  const current = await publishedPointer(kv, id);
  const same = current && JSON.stringify(await publishedRevision(kv, id, current.revision)) === JSON.stringify(quiz);
  const revision = same && current ? current.revision : (current?.revision ?? 0) + 1;
  // The same registry a bundled quiz gets from the build: a new version only when what is graded changed.
  const { registry } = recordVersion(
    current ? { quizId: id, versions: current.versions } : null,
    quiz,
    now.slice(0, 10),
  );
  const pointer: PublishedPointer = {
    v: 1,
    revision,
    hidden: false,
    publishedAt: same && current ? current.publishedAt : now,
    versions: registry.versions,
  };
  if (!same) await writeQuizRevision(kv, id, revision, quiz, now);
  const listing = listingOf(quiz, pointer);
  await writePublishedPointer(kv, id, pointer, listing);
  rememberPublished(kv, id, pointer, { ...listing, id }, quiz);
  const published = { revision, publishedAt: pointer.publishedAt, hidden: false };
  await writeDraft(kv, id, { ...draft, published }, { title: quiz.title.en, updatedAt: draft.updatedAt });
  return {
    id,
    revision,
    version: registry.versions.at(-1)?.version ?? '',
    publishedAt: pointer.publishedAt,
    newRevision: !same,
    warnings,
    ...embedCodes(origin, quiz),
  };
}

/** Hides a published quiz: gone from the list, the API and embeds; its revisions and results stay. */
export async function unpublish(env: Env, id: string, draft: Draft | null): Promise<void> {
  const kv = env.SCORES;
  const current = await publishedPointer(kv, id);
  if (!current) fail(404, 'not_found', `"${id}" is not published.`);
  const quiz = await publishedRevision(kv, id, current.revision);
  if (!quiz) fail(500, 'internal', `Revision ${current.revision} of "${id}" is missing.`);
  const pointer = { ...current, hidden: true };
  const listing = listingOf(quiz, pointer);
  await writePublishedPointer(kv, id, pointer, listing);
  rememberPublished(kv, id, pointer, { ...listing, id });
  if (draft) {
    const published = { revision: pointer.revision, publishedAt: pointer.publishedAt, hidden: true };
    await writeDraft(
      kv,
      id,
      { ...draft, published },
      { title: draft.quiz.title?.en ?? id, updatedAt: draft.updatedAt },
    );
  }
}
