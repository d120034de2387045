// One Durable Object per quiz id: the only writer of its draft, its published pointer and its versions, one change at a time.

import { DurableObject } from 'cloudflare:workers';
import type { Draft, SaveDraftRequest } from '../../contract/editor.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import type { QuizVersion } from '../../contract/quiz-version.ts';
import { recordVersion } from '../../contract/quiz-version.ts';
import { type QuizProblem, isError } from '../../contract/rules/problem.ts';
import { draftProblems } from '../../contract/rules/quiz-problems.ts';
import type { Env } from '../env.ts';
import {
  type PublishedListing,
  type PublishedPointer,
  deleteDraft,
  readDraft,
  readPublishedPointer,
  readQuizRevision,
  writeDraft,
  writePublishedPointer,
  writeQuizRevision,
  writeQuizVersion,
} from '../store.ts';

/**
 * What the desk keeps in its own strongly consistent storage. KV holds copies for readers (the pointer,
 * the revisions, the version entries, the draft list): the desk never reads KV back to decide anything,
 * except once, to adopt what a quiz published before the desk existed left there.
 */
type DeskState = {
  v: 1;
  draft: Draft | null;
  /** The last draft revision handed out; never reused, even after the draft is deleted. */
  draftRevision: number;
  pointer: PublishedPointer | null;
  /** The content of `pointer.revision`, to tell a republish of the same quiz from a new revision. */
  published: QuizFile | null;
  /** The highest revision number ever reserved: a revision number is written to KV at most once. */
  lastRevision: number;
};

/** A refusal the route turns into its JSON error; RPC carries data, not error classes. */
export type DeskRefusal = {
  ok: false;
  status: 404 | 409 | 422;
  code: 'not_found' | 'conflict' | 'invalid_quiz';
  message: string;
  problems?: QuizProblem[];
};
export type DeskAnswer<T> = ({ ok: true } & T) | DeskRefusal;

export type PublishedChange = { pointer: PublishedPointer; listing: PublishedListing; quiz: QuizFile };

/** `warnings`: the rules' warnings (the item-writing review), published anyway. */
export type Published = PublishedChange & { newRevision: boolean; warnings: QuizProblem[] };

const refuse = (status: DeskRefusal['status'], code: DeskRefusal['code'], message: string): DeskRefusal => ({
  ok: false,
  status,
  code,
  message,
});

/** What the quiz list shows of a published quiz, kept in the pointer's KV metadata. */
export function listingOf(id: string, quiz: QuizFile, pointer: PublishedPointer): PublishedListing {
  return {
    id,
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

/** The drafts list's title: bounded, so a long title can never make the KV metadata too large (L4). */
export function draftTitle(draft: Pick<Draft, 'quiz'>): string {
  const title = draft.quiz.title?.en || draft.quiz.title?.es;
  return typeof title === 'string' && title.trim() ? title.slice(0, 120) : String(draft.quiz.id).slice(0, 48);
}

export class QuizDesk extends DurableObject<Env> {
  #queue: Promise<unknown> = Promise.resolve();
  #state: DeskState | null = null;

  /**
   * Runs one change after the previous one has finished. A Durable Object's input gate opens while it
   * awaits KV, so without this queue two publishes could still interleave inside one object.
   */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #load(id: string): Promise<DeskState> {
    if (this.#state) return this.#state;
    const stored = await this.ctx.storage.get<DeskState>('state');
    this.#state = stored ?? (await this.#adopt(id));
    return this.#state;
  }

  /** A quiz drafted or published before the desk existed: its KV copies become the desk's starting state. */
  async #adopt(id: string): Promise<DeskState> {
    const kv = this.env.SCORES;
    const [draft, pointer] = await Promise.all([readDraft<Draft>(kv, id), readPublishedPointer(kv, id)]);
    const published = pointer ? await readQuizRevision<QuizFile>(kv, id, pointer.revision) : null;
    const state: DeskState = {
      v: 1,
      draft: draft ? { ...draft, revision: draft.revision ?? 1 } : null,
      draftRevision: draft?.revision ?? (draft ? 1 : 0),
      pointer,
      published,
      lastRevision: pointer?.revision ?? 0,
    };
    await this.#commit(state);
    return state;
  }

  async #commit(state: DeskState): Promise<void> {
    await this.ctx.storage.put('state', state);
    this.#state = state;
  }

  getDraft(id: string): Promise<Draft | null> {
    return this.#serial(async () => (await this.#load(id)).draft);
  }

  /** Saves a draft built on revision `base` (none for a new draft): any other base is a conflict (L3). */
  saveDraft(id: string, body: SaveDraftRequest, now: string): Promise<DeskAnswer<{ draft: Draft; created: boolean }>> {
    return this.#serial(async () => {
      const state = await this.#load(id);
      const stored = state.draft;
      if (stored && body.base !== stored.revision) {
        return refuse(
          409,
          'conflict',
          'This quiz was saved from another tab or by someone else. Reload it to see those changes.',
        );
      }
      if (!stored && body.base !== undefined) return refuse(404, 'not_found', `There is no draft "${id}" any more.`);
      const revision = state.draftRevision + 1;
      const draft: Draft = {
        quiz: body.quiz,
        article: body.article,
        updatedAt: now,
        revision,
        ...(stored?.published ? { published: stored.published } : {}),
      };
      // The revision is spent before KV is written: a failed write never lets two saves share one.
      await this.#commit({ ...state, draftRevision: revision });
      await writeDraft(this.env.SCORES, id, draft, { title: draftTitle(draft), updatedAt: draft.updatedAt });
      await this.#commit({ ...(this.#state as DeskState), draft });
      return { ok: true, draft, created: !stored };
    });
  }

  deleteDraft(id: string): Promise<DeskAnswer<object>> {
    return this.#serial(async () => {
      const state = await this.#load(id);
      if (!state.draft) return refuse(404, 'not_found', `There is no draft "${id}".`);
      await deleteDraft(this.env.SCORES, id);
      await this.#commit({ ...state, draft: null });
      return { ok: true };
    });
  }

  /**
   * Publishes the stored draft: a new immutable revision unless the content is the current one word for
   * word, the version registry extended from the desk's own (never a cached copy), each new version's
   * graded key written once as an entry of its own, then the pointer readers follow.
   */
  publish(id: string, now: string): Promise<DeskAnswer<Published>> {
    return this.#serial(async () => {
      const state = await this.#load(id);
      const draft = state.draft;
      if (!draft) return refuse(404, 'not_found', `There is no draft "${id}".`);
      // The rules the build and the editor run, on the same day: errors refuse, warnings go back with the result.
      const problems = draftProblems(draft, now.slice(0, 10));
      const errors = problems.filter(isError);
      if (errors.length) {
        const message = `This quiz can't be published yet: ${errors.length} thing(s) to fix.`;
        return { ...refuse(422, 'invalid_quiz', message), problems };
      }
      const warnings = problems.filter((p) => !isError(p));
      const kv = this.env.SCORES;
      const quiz = draft.quiz;
      const current = state.pointer;
      const same = current !== null && JSON.stringify(state.published) === JSON.stringify(quiz);
      let reserved = state;
      if (!same) {
        reserved = { ...state, lastRevision: state.lastRevision + 1 };
        await this.#commit(reserved);
      }
      const revision = same ? current.revision : reserved.lastRevision;
      const { registry, added } = recordVersion(
        current ? { quizId: id, versions: current.versions } : null,
        quiz,
        now.slice(0, 10),
      );
      // A version that becomes current is stamped with the moment: `?version=` attempts end a day after the next one.
      const version: QuizVersion = { ...(registry.versions.at(-1) as QuizVersion), ...(added ? { at: now } : {}) };
      const pointer: PublishedPointer = {
        v: 1,
        revision,
        hidden: false,
        publishedAt: same ? current.publishedAt : now,
        versions: [...registry.versions.slice(0, -1), version],
      };
      if (!same) await writeQuizRevision(kv, id, revision, quiz, now);
      // Each graded key is written once: a version published again (an edit undone) keeps its first entry.
      const known = current?.versions.some((v) => v.version === version.version) ?? false;
      if (added && !known) await writeQuizVersion(kv, id, version);
      const published = { revision, publishedAt: pointer.publishedAt, hidden: false };
      const nextDraft: Draft = { ...draft, published };
      await this.#commit({ ...reserved, pointer, published: quiz, draft: nextDraft });
      const listing = listingOf(id, quiz, pointer);
      await this.#mirror(id, pointer, listing, nextDraft);
      return { ok: true, pointer, listing, quiz, newRevision: !same, warnings };
    });
  }

  /** Hides a published quiz. Asking again is answered the same way, and repairs the KV copies (L4). */
  unpublish(id: string): Promise<DeskAnswer<PublishedChange>> {
    return this.#serial(async () => {
      const state = await this.#load(id);
      if (!state.pointer || !state.published) return refuse(404, 'not_found', `"${id}" is not published.`);
      const pointer: PublishedPointer = { ...state.pointer, hidden: true };
      const draft: Draft | null = state.draft
        ? {
            ...state.draft,
            published: { revision: pointer.revision, publishedAt: pointer.publishedAt, hidden: true },
          }
        : null;
      await this.#commit({ ...state, pointer, draft });
      const listing = listingOf(id, state.published, pointer);
      await this.#mirror(id, pointer, listing, draft);
      return { ok: true, pointer, listing, quiz: state.published };
    });
  }

  /** A version this quiz has had, from the desk's own registry: the last word when a cached pointer lacks it. */
  version(id: string, version: string): Promise<QuizVersion | null> {
    return this.#serial(
      async () => (await this.#load(id)).pointer?.versions.find((v) => v.version === version) ?? null,
    );
  }

  /** The pointer as the desk knows it (strongly consistent), for tests and repairs. */
  pointer(id: string): Promise<PublishedPointer | null> {
    return this.#serial(async () => (await this.#load(id)).pointer);
  }

  /** The KV copies readers use: the pointer (with the list's metadata) and the draft's published state. */
  async #mirror(id: string, pointer: PublishedPointer, listing: PublishedListing, draft: Draft | null) {
    const kv = this.env.SCORES;
    const { id: _id, ...metadata } = listing;
    await writePublishedPointer(kv, id, pointer, metadata);
    if (draft) await writeDraft(kv, id, draft, { title: draftTitle(draft), updatedAt: draft.updatedAt });
  }
}
