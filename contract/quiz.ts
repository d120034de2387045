// The quiz data model: the bilingual file an author writes, and the one-language view a reader gets.

import type { Skill } from './skills.ts';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

/** A string written in every language the quiz offers. */
export type Localized = Record<Lang, string>;

export type QuestionType = 'single' | 'multiple' | 'true-false';

/** An outside source cited by an explanation. */
export type Citation = {
  name: string;
  date?: string;
  url: string;
  /** When the source was last read (ISO date); issue 10 makes it required. */
  accessed?: string;
};

/** A verbatim quotation of the source article; it stays in the source's language. */
export type Passage = {
  text: string;
  /** Renderings in other languages, always shown marked as translations. */
  translation?: Partial<Localized>;
};

export type ChoiceFile = {
  id: string;
  text: Localized;
  explanation: Localized;
};

/**
 * What a question's right answer says about the article: that it holds up on this point (`credits`)
 * or that a careful reader should doubt it (`doubts`). Teaching doubt alone makes readers distrust
 * true statements too, so a quiz should have both. For authors only: readers never receive it.
 */
export type Stance = 'credits' | 'doubts';

export type QuestionFile = {
  id: string;
  type: QuestionType;
  skill: Skill;
  prompt: Localized;
  choices: ChoiceFile[];
  correct: string[];
  explanation: Localized;
  passage: Passage;
  sources?: Citation[];
  stance?: Stance;
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
  title: Localized;
  intro: Localized;
  source: QuizSource;
  languages: Lang[];
  results: ResultsVisibility;
  questions: QuestionFile[];
  /** When the outside facts were last verified (ISO date); issue 10 makes it required. */
  checkedAt?: string;
};

/** A question as a reader receives it: one language, no answers, no explanations. */
export type Question = {
  id: string;
  type: QuestionType;
  skill: Skill;
  prompt: string;
  choices: { id: string; text: string }[];
};

/** A quiz as a reader receives it (`GET /api/quizzes/:quizId?lang=&questions=`). */
export type Quiz = {
  id: string;
  lang: Lang;
  title: string;
  intro: string;
  source: QuizSource;
  languages: Lang[];
  results: ResultsVisibility;
  estimatedMinutes: number;
  /** How many questions the whole quiz has, also when `?questions=N` sent only the first N. */
  questionCount: number;
  questions: Question[];
};

export type QuizSummary = {
  id: string;
  title: string;
  languages: Lang[];
  questionCount: number;
};
