// The quiz data model: the bilingual file an author writes, and the one-language view a reader gets.

import type { Skill } from './skills.ts';

/**
 * Every language Lateral speaks. Adding a language starts with its entry here (see docs/languages.md);
 * the compiler then asks for its locale below. A plain list, not the keys of LOCALES: embed.js needs
 * the languages only, and the locales would be bytes on its first-question budget.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
/** The one locale each language's numbers and dates are written in everywhere (widget, results page, CSV). */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-MX' };

/** A quiz or question id: lowercase words joined by dashes (file names in questions/, addresses, data-quiz). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/;

/** A quiz (or question) id: what may go into an address or a KV key without a second look. */
export function isQuizId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

/** A string written in every language Lateral speaks (interface words, the reading map's notes). */
export type Localized = Record<Lang, string>;

/**
 * A quiz's own text: written in each language the quiz declares (`languages`); the validator requires
 * no other. A draft may also keep text in a language the teacher dropped, so restoring it brings the
 * text back; publishing leaves that out. contract/quiz-languages.ts reads and trims it.
 */
export type QuizText = Partial<Localized>;

export type QuestionType = 'single' | 'multiple' | 'true-false';

/** An outside source cited by an explanation. */
export type Citation = {
  name: string;
  /** When the source was published: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day is not known. */
  date?: string;
  url: string;
  /** ISO date (YYYY-MM-DD) the cited page was last opened and found to say what the quiz relies on. */
  accessed: string;
  /**
   * The source supports a claim the question states as current (how things stand now, as of the
   * question's `asOf`), not a dated event. It must be no older than `asOf` (questions/README.md).
   */
  current?: true;
};

/**
 * What the right answer says about the statement the question quotes: it holds up (`credits`), it
 * does not hold up, cannot be traced, is out of date or oversimplified (`doubts`), or the question
 * passes no verdict on it (`neutral`: what the page says or shows, what a reader should do).
 * Never sent to readers: it would hint at the answer.
 */
export const STANCES = ['credits', 'doubts', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

/** A verbatim quotation of the source article; it stays in the source's language. */
export type Passage = {
  text: string;
  /** Renderings in other languages, always shown marked as translations. */
  translation?: QuizText;
};

export type ChoiceFile = {
  id: string;
  text: QuizText;
  explanation: QuizText;
};

/**
 * On a question the question writer drafted (issue 19): nobody has checked it against the article yet. Publish
 * and the build refuse the question while the mark is there; the editor's "I checked this against the article
 * and its sources" tick removes it. Never sent to readers.
 */
export type ReviewMark = {
  /** The writer's pattern that drafted it (question-writer/patterns/). */
  pattern: string;
  /** What the template may have got wrong about this article (a speaker, a date), in words a teacher reads. */
  check: Localized;
  /** A fingerprint of the question as drafted: a refreshed draft replaces it only while it is unchanged. */
  drafted: string;
};

export type QuestionFile = {
  id: string;
  type: QuestionType;
  skill: Skill;
  prompt: QuizText;
  choices: ChoiceFile[];
  correct: string[];
  explanation: QuizText;
  passage: Passage;
  sources?: Citation[];
  stance?: Stance;
  /** The question states something as current: the date from which it holds (its latest known change). */
  asOf?: string;
  /**
   * Why the answers keep the order they are written in (a scale, "True / False"). Without it they are
   * shuffled per take (contract/choice-order.ts). For authors only; never sent.
   */
  fixedOrder?: string;
  /** Drafted by the question writer and not yet checked by a person. */
  needsReview?: ReviewMark;
};

export type QuizSource = {
  title: string;
  author: string;
  publisher: string;
  /** As the page shows it; no absolute date was captured for the first article. */
  published?: string;
  /** Optional: never invent an address that was not captured. */
  url?: string;
};

export type ResultsVisibility = 'public' | 'private';

/** One file in `questions/`: everything about a quiz, answers included. Never sent as is. */
export type QuizFile = {
  id: string;
  title: QuizText;
  intro: QuizText;
  source: QuizSource;
  /** The languages its text is written in, in LANGS order: English, Spanish or both. */
  languages: Lang[];
  results: ResultsVisibility;
  /** ISO date (YYYY-MM-DD) the quiz's outside facts were last verified. */
  checkedAt: string;
  /** ISO date by which the facts should be checked again; past it, checks warn and the quiz list says `reviewDue`. */
  reviewBy?: string;
  /** The quiz promises to practise every skill in the taxonomy; the content tests hold it to that. */
  coversAllSkills?: boolean;
  questions: QuestionFile[];
};

/** A question as a reader receives it: one language, no answers, no explanations. */
export type Question = {
  id: string;
  type: QuestionType;
  skill: Skill;
  prompt: string;
  /** In the quiz's order until a take shuffles them (contract/choice-order.ts), unless `fixedOrder`. */
  choices: { id: string; text: string }[];
  /** The author keeps the answers in order (a scale, "True / False"): no take shuffles them. */
  fixedOrder?: true;
};

/** A quiz as a reader receives it (`GET /api/quizzes/:quizId?lang=&questions=`). */
export type Quiz = {
  id: string;
  /** The language its text is in: the one asked for when the quiz has it, else its first (textLang). */
  lang: Lang;
  title: string;
  intro: string;
  source: QuizSource;
  languages: Lang[];
  results: ResultsVisibility;
  /** The quiz's current version: a short hash of what is graded (see contract/quiz-version.ts). */
  version: string;
  /** ISO date the quiz's outside facts were last verified. */
  checkedAt: string;
  /**
   * `checkedAt` as the quiz's language writes a day ("24 November 2026"), which the start screen shows as is:
   * the Worker formats it so a reader's first screens run no Intl (its first call costs ~9 ms of CPU, issue 26).
   */
  checkedOn?: string;
  estimatedMinutes: number;
  /** How many questions the whole quiz has, also when `?questions=N` sent only the first N. */
  questionCount: number;
  questions: Question[];
  /** Present when the Worker asks for a Cloudflare Turnstile token with each attempt (shared-contract.md). */
  challenge?: { turnstileSiteKey: string };
};

export type QuizSummary = {
  id: string;
  title: string;
  languages: Lang[];
  questionCount: number;
  version: string;
  checkedAt: string;
  /** True once the quiz file's `reviewBy` date has passed: its facts are due for another check. */
  reviewDue: boolean;
};

/** What grading and results need of a question: no explanations, passages or sources. */
export type GradedQuestion = Pick<QuestionFile, 'id' | 'type' | 'skill' | 'prompt' | 'correct'> & {
  choices: { id: string; text: QuizText }[];
};

/** A quiz file whose questions may be those of an earlier version: what results, the page and the CSV read. */
export type QuizView = Omit<QuizFile, 'questions'> & { questions: GradedQuestion[] };
