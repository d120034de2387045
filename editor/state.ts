// The editor's state in one place, changed only by `reduce(state, event)`: screens, the working draft, saving, publishing.

import type { Article } from '../contract/article.ts';
import type { Draft, DraftListItem, PublishResult } from '../contract/editor.ts';
import type { Lang, QuizSource } from '../contract/quiz.ts';
import { containsPassage } from '../contract/rules/passages.ts';
import { type Edit, applyEdit } from './draft-edits.ts';

export const STEPS = ['article', 'questions', 'details', 'preview', 'publish'] as const;
export type Step = (typeof STEPS)[number];

/** `unsaved`: edits wait for the next save; `failed`: the last save did not reach the server (it retries). */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict' | 'signed-out';

export type State = {
  lang: Lang;
  screen: 'home' | 'quiz';
  step: Step;
  drafts: DraftListItem[] | null;
  listFailed: boolean;
  /** The working copy: every edit lands here first, then is saved. */
  draft: Draft | null;
  /** The `revision` of the server's copy these edits build on; undefined until first saved. */
  base: number | undefined;
  save: SaveStatus;
  /** Counts edits, so a save that finishes after newer edits does not mark them saved. */
  revision: number;
  savedRevision: number;
  /** Questions whose passage is not word for word in the article imported last. */
  stale: string[];
  publish: { status: 'idle' | 'working' | 'failed'; result: PublishResult | null; message?: string };
};

export type Event =
  | { type: 'lang'; lang: Lang }
  | { type: 'drafts-loaded'; drafts: DraftListItem[] }
  | { type: 'drafts-failed' }
  | { type: 'open'; draft: Draft; saved: boolean; step?: Step }
  | { type: 'home' }
  | { type: 'step'; step: Step }
  | { type: 'edit'; edit: Edit }
  | { type: 'article'; article: Article; source: QuizSource }
  | { type: 'save-start' }
  | { type: 'saved'; draft: Draft; revision: number }
  | { type: 'save-failed'; status: number }
  /** After a conflict: build on the server's copy `base` from now on (the next save overwrites it). */
  | { type: 'rebase'; base: number | undefined }
  | { type: 'publish-start' }
  | { type: 'published'; result: PublishResult }
  | { type: 'publish-failed'; message: string }
  | { type: 'unpublished' };

export function initialState(lang: Lang): State {
  return {
    lang,
    screen: 'home',
    step: 'article',
    drafts: null,
    listFailed: false,
    draft: null,
    base: undefined,
    save: 'saved',
    revision: 0,
    savedRevision: 0,
    stale: [],
    publish: { status: 'idle', result: null },
  };
}

/** Questions whose passage the article no longer holds word for word (after the article was replaced). */
export function staleQuestions(draft: Draft): string[] {
  const text = draft.article?.text;
  if (!text) return [];
  return draft.quiz.questions
    .filter((q) => q.passage.text.trim() && !containsPassage(text, q.passage.text))
    .map((q) => q.id);
}

function edited(state: State, draft: Draft): State {
  return { ...state, draft, revision: state.revision + 1, save: state.save === 'conflict' ? 'conflict' : 'unsaved' };
}

/** Fills the quiz's source from the article's metadata, without overwriting what the editor wrote. */
function withSource(draft: Draft, source: QuizSource): Draft['quiz'] {
  const current = draft.quiz.source;
  const merged: QuizSource = { ...current };
  for (const key of ['title', 'author', 'publisher', 'published', 'url'] as const) {
    if (!current[key] && source[key]) merged[key] = source[key];
  }
  return { ...draft.quiz, source: merged };
}

export function reduce(state: State, event: Event): State {
  switch (event.type) {
    case 'lang':
      return { ...state, lang: event.lang };
    case 'drafts-loaded':
      return { ...state, drafts: event.drafts, listFailed: false };
    case 'drafts-failed':
      return { ...state, listFailed: true };
    case 'open':
      return {
        ...state,
        screen: 'quiz',
        step: event.step ?? (event.draft.article ? 'questions' : 'article'),
        draft: event.draft,
        base: event.saved ? event.draft.revision : undefined,
        save: event.saved ? 'saved' : 'unsaved',
        revision: event.saved ? 0 : 1,
        savedRevision: 0,
        stale: staleQuestions(event.draft),
        publish: { status: 'idle', result: null },
      };
    case 'home':
      return { ...state, screen: 'home', draft: null, drafts: null };
    case 'step':
      return { ...state, step: event.step };
    case 'edit': {
      if (!state.draft) return state;
      const draft = { ...state.draft, quiz: applyEdit(state.draft.quiz, event.edit) };
      return { ...edited(state, draft), stale: staleQuestions(draft).filter((id) => state.stale.includes(id)) };
    }
    case 'article': {
      if (!state.draft) return state;
      const draft = { ...state.draft, article: event.article };
      const next = { ...draft, quiz: withSource(draft, event.source) };
      return { ...edited(state, next), stale: staleQuestions(next) };
    }
    case 'save-start':
      return { ...state, save: 'saving' };
    case 'saved': {
      if (!state.draft) return state;
      const current = event.revision === state.revision;
      return {
        ...state,
        base: event.draft.revision,
        savedRevision: event.revision,
        save: current ? 'saved' : 'unsaved',
        draft: {
          ...state.draft,
          updatedAt: event.draft.updatedAt,
          ...(event.draft.revision !== undefined ? { revision: event.draft.revision } : {}),
          ...(event.draft.published ? { published: event.draft.published } : {}),
        },
      };
    }
    case 'save-failed':
      return { ...state, save: event.status === 409 ? 'conflict' : event.status === 401 ? 'signed-out' : 'failed' };
    case 'rebase':
      return { ...state, base: event.base, save: 'unsaved', revision: state.revision + 1 };
    case 'publish-start':
      return { ...state, publish: { status: 'working', result: null } };
    case 'published':
      if (!state.draft) return state;
      return {
        ...state,
        publish: { status: 'idle', result: event.result },
        draft: {
          ...state.draft,
          published: { revision: event.result.revision, publishedAt: event.result.publishedAt, hidden: false },
        },
      };
    case 'publish-failed':
      return { ...state, publish: { status: 'failed', result: null, message: event.message } };
    case 'unpublished':
      if (!state.draft?.published) return state;
      return {
        ...state,
        draft: { ...state.draft, published: { ...state.draft.published, hidden: true } },
        publish: { status: 'idle', result: null },
      };
  }
}
