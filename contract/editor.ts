// The quiz editor's API under /editor/api: what the editor page and the Worker exchange. Never public.

import type { Article } from './article.ts';
import type { QuizFile } from './quiz.ts';
import type { ErrorDetails } from './api.ts';
import type { QuizProblem } from './rules/problem.ts';

/**
 * A quiz being written. `quiz` is the same JSON as a file in questions/, possibly unfinished:
 * empty strings stand for what is still to write, and the build's validator says what is left.
 */
export type Draft = {
  quiz: QuizFile;
  /** The article the passages quote, as the reading map extracted it; its `sha256` is checked on every save. */
  article: Article | null;
  /** Set by the Worker on every save, for people to read. */
  updatedAt: string;
  /**
   * Set by the Worker on every save, one more each time: a save names the revision it started from, so two
   * tabs can't overwrite each other. Absent only on a draft saved before revisions (the Worker reads it as 1).
   */
  revision?: number;
  published?: PublishedState;
};

export type PublishedState = { revision: number; publishedAt: string; hidden: boolean };

/** PUT /editor/api/drafts/:id — `base` is the `revision` the editor loaded (absent for a new draft). */
export type SaveDraftRequest = { quiz: QuizFile; article: Article | null; base?: number };

export type DraftListItem = { id: string; title: string; updatedAt: string; published?: PublishedState };

export type DraftList = { drafts: DraftListItem[] };

export type EmbedSnippets = { script: string; placeholder: string; iframe: string; pasteUrl: string };

/** POST /editor/api/drafts/:id/publish */
export type PublishResult = {
  id: string;
  revision: number;
  /** The graded version readers now take (contract/quiz-version.ts): a wording fix keeps it, a changed answer key does not. */
  version: string;
  publishedAt: string;
  /** False when the quiz was already published word for word: it is shown again, no new revision is made. */
  newRevision: boolean;
  /** The rules' warnings (the item-writing review): published anyway, and worth a look. */
  warnings: QuizProblem[];
  snippets: EmbedSnippets;
  resultsUrl: string;
};

/** 422 from publish: the same problems (errors and warnings) the build reports, so the editor can show each beside its field. */
export type InvalidQuizError = { error: { code: 'invalid_quiz'; message: string } & ErrorDetails['invalid_quiz'] };

/** GET /editor/api/session */
export type SessionInfo = { signedIn: true; expiresAt: string };
