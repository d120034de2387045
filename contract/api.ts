// Request and response bodies of the public API under /api: the contract the widget and embedders rely on.

import type { InferOutput } from 'valibot';
import type { Citation, Lang, Passage, QuizSummary } from './quiz.ts';
import type { attemptRequest, checkRequest, groupRequest, submissionRequest } from './requests.ts';
import type { Skill } from './skills.ts';
import type { QuizProblem } from './rules/problem.ts';

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'attempt_expired'
  | 'attempt_invalid'
  | 'rate_limited'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'invalid_quiz'
  | 'storage_unavailable'
  | 'internal'
  | 'not_implemented'
  /** A required secret or setting is missing (503). */
  | 'not_configured'
  /** The submission came sooner after its attempt than a reader could read the questions (422). */
  | 'too_fast'
  /** DAILY_WRITE_BUDGET was reached for today, UTC (429): nothing was written. */
  | 'daily_limit'
  /** `?version=` on an attempt names a version replaced more than a day ago (410). */
  | 'version_retired'
  /** Turnstile is on and its token was missing or did not verify (403). */
  | 'challenge_failed'
  /** A class group's join code names no group of this quiz (404). */
  | 'group_not_found'
  /** The class group has ended (410). */
  | 'group_expired'
  /** The results key is missing, wrong, or was replaced (403). */
  | 'group_link_invalid';

/**
 * The fields a refusal carries besides its words, by code: pages and clients read these, never the
 * message (English, for developers) or a header.
 */
export type ErrorDetails = {
  /** The class group ended on this UTC day (ISO date). */
  group_expired: { endsOn: string };
  /** Which brake refused: the per-minute one, or a daily allowance that resets at midnight UTC. */
  rate_limited: { scope: 'day' | 'minute' };
  /** Publishing refused: the same problems the build reports, each with its field. */
  invalid_quiz: { problems: QuizProblem[] };
};

/** The detail a code carries: its object in ErrorDetails, nothing for the other codes. */
export type DetailOf<C extends ErrorCode> = C extends keyof ErrorDetails ? ErrorDetails[C] : undefined;

/** A refusal as data: its code with that code's detail, one value that narrows on `code`. */
export type Refusal = { [C in ErrorCode]: { code: C; detail: DetailOf<C> } }[ErrorCode];

/**
 * Every error body: `{ error: { code, message } }`, with the code's detail fields beside them. They are
 * optional here only because a failure the Worker did not raise itself (a 429 from a platform brake) has none.
 */
export type ApiError = { error: { code: ErrorCode; message: string } & Partial<EveryDetailField> };

/** All detail fields of all codes in one object type (the union of ErrorDetails' values, intersected). */
type EveryDetailField = {
  [C in keyof ErrorDetails]: (detail: ErrorDetails[C]) => void;
}[keyof ErrorDetails] extends (detail: infer All) => void
  ? All
  : never;

export type QuizList = { quizzes: QuizSummary[] };

/** The body of `POST /attempts`: `{}` or nothing, or `{ turnstile }` when the quiz carries a `challenge`. */
export type AttemptRequest = InferOutput<typeof attemptRequest>;

export type AttemptGrant = { attempt: string; expiresAt: string };

export type CheckRequest = InferOutput<typeof checkRequest>;

export type CheckResult = {
  correct: boolean;
  correctChoiceIds: string[];
  explanation: string;
  choiceExplanations: Record<string, string>;
  passage: Passage;
  skill: Skill;
  sources: Citation[];
};

/** Answers by question id; each is the list of chosen choice ids. */
export type Answers = Record<string, string[]>;

export type Submission = InferOutput<typeof submissionRequest>;

export type SkillScore = { correct: number; total: number };

export type SubmissionResult = {
  score: number;
  total: number;
  skills: Partial<Record<Skill, SkillScore>>;
  /** Share of takes (0–100) scoring at or below this one; null when results are private or fewer than 2 took it. */
  percentile: number | null;
  /** True when `percentile` compares with delayed figures (see `Results.stale`): the end screen says so. */
  stale?: boolean;
};

export type QuestionResults = {
  answered: number;
  correct: number;
  choices: Record<string, number>;
};

/**
 * The small-number rule, defined once: a question's or a skill's figures appear only once that question
 * or skill has this many answers in the figures shown. Shares of a handful of answers mislead, and
 * counts from one or two readers would show how each of them answered. Counting answers, not takes,
 * keeps a question added to a quiz hidden until it has its own 10 answers.
 */
export const MIN_ANSWERS_FOR_SHARES = 10;

export function enoughAnswers(answers: number): boolean {
  return answers >= MIN_ANSWERS_FOR_SHARES;
}

/** One version of a quiz in its results: when it became current, and how many took it. */
export type VersionSummary = { version: string; since: string; takes: number; questionCount: number };

/**
 * The figures of one version of a quiz (`?version=`, the current one by default). Takes, scores, days and
 * languages count that version's takes only; a question's figures also count its answers in other
 * versions where its graded content (type, choices, correct answers) is the same.
 */
export type Results = {
  quizId: string;
  /** The version these figures cover. */
  version: string;
  /** The version readers take now. */
  currentVersion: string;
  /** Every version of the quiz, oldest first. */
  versions: VersionSummary[];
  /** ISO date the quiz's outside facts were last verified. */
  checkedAt: string;
  takes: number;
  meanScore: number | null;
  medianScore: number | null;
  /** Questions in this version. */
  total: number;
  /** Count of takes for each score 0..total. */
  scoreDistribution: number[];
  /** Only questions with at least `minAnswersForShares` answers. */
  questions: Record<string, QuestionResults>;
  /** Answers so far of each question still below `minAnswersForShares`; its figures are held back. */
  questionsPending: Record<string, number>;
  /** Only skills with at least `minAnswersForShares` answers. */
  skills: Partial<Record<Skill, SkillScore>>;
  /** Answers so far of each skill still below `minAnswersForShares`. */
  skillsPending: Partial<Record<Skill, number>>;
  daily: { date: string; takes: number }[];
  /** Takes by language; empty while `scoresHeldBack`. */
  languages: Partial<Record<Lang, number>>;
  /**
   * True while this version has fewer than `minAnswersForShares` takes: `scoreDistribution` and `languages`
   * are then empty and the mean and median null, on every page, in the JSON, the CSV and the end screen, so
   * a handful of takes can't be told apart (issue 22 §5).
   */
  scoresHeldBack: boolean;
  updatedAt: string;
  /** Upper bound, in seconds, on how long an accepted submission takes to show up here. */
  freshnessSeconds: number;
  /** MIN_ANSWERS_FOR_SHARES. */
  minAnswersForShares: number;
  /**
   * True when the figures are only the last folded summary, as of `updatedAt`: the rollup is too far
   * behind for the newer takes to be added at a bounded cost. Pages and the end screen say figures are delayed.
   * Always sent by the Worker (optional only for older fixtures).
   */
  stale?: boolean;
  /** How far the scheduled rollup is behind, in seconds: 0 when it runs on time. Always sent by the Worker. */
  rollupLagSeconds?: number;
};

export type Health = {
  ok: true;
  version: string;
  /** The worst rollup lag over all quizzes, in seconds; null when it could not be read just now. */
  rollup: { lagSeconds: number | null };
  /** Today's KV writes caused by clients (UTC day) against DAILY_WRITE_BUDGET; `used` null when it can't be read. */
  writes: { day: string; used: number | null; budget: number };
};

/** A class or partner-site group, as anyone holding its join code may see it. */
export type GroupInfo = {
  code: string;
  quizId: string;
  createdAt: string;
  /** Past this moment the code no longer joins and the results link no longer opens. */
  expiresAt: string;
};

/** `POST /api/quizzes/:quizId/groups` body, as checked (contract/requests.ts); every field is optional. */
export type GroupRequest = InferOutput<typeof groupRequest>;

/** Where a group is joined and read. `results` carries the secret: it is shown once and never stored. */
export type GroupLinks = {
  /** The quiz with the group set: for students, or to paste into WordPress and Ghost. */
  classLink: string;
  /** The group's results page: a capability URL. */
  results: string;
  json: string;
  csv: string;
};

export type GroupSnippets = { script: string; placeholder: string; iframe: string };

/** Answer to creating a group (201) or replacing its results link (201). */
export type GroupCreated = {
  group: GroupInfo & { name: string | null };
  links: GroupLinks;
  snippets: GroupSnippets;
};

/**
 * A group's results: the group's own figures, and the whole quiz's (`crowd`) beside them, null when those
 * are private. The small-number rule holds as everywhere (`scoresHeldBack`): a teacher knows who took the
 * quiz, so a handful of scores would be a handful of students' scores.
 */
export type GroupResults = Results & {
  group: GroupInfo & { name: string | null };
  crowd: Results | null;
};
