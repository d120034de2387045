// The quizzes this Worker serves, built from questions/*.json, and their one-language public views.

import { formatDay } from '../../contract/day-format.ts';
import { isIsoDate, isReviewDue, isoDay } from '../../contract/fact-dates.ts';
import type { Lang, Quiz, QuizFile, QuizSummary, QuizView } from '../../contract/quiz.ts';
import { type QuizVersion, gradedQuestion, versionOf } from '../../contract/quiz-version.ts';
import bank from '../generated/quiz-bank.json';
import registry from '../generated/quiz-versions.json';

/** Validated at build time by scripts/build-questions.ts. */
export const quizzes = bank as unknown as QuizFile[];

/** Every version of every quiz, oldest first, from the committed registry (questions/versions/). */
export const quizVersions = registry as unknown as Record<string, QuizVersion[]>;

const byId = new Map(quizzes.map((q) => [q.id, q]));

export function findQuiz(id: string): QuizFile | undefined {
  return byId.get(id);
}

/**
 * Versions of quizzes published from the editor: their registry lives in KV beside them and is
 * attached to each revision as it is read (worker/quizzes/published.ts), so everything below serves
 * both kinds alike.
 */
const publishedVersions = new WeakMap<QuizFile, QuizVersion[]>();

export function rememberVersions(quiz: QuizFile, versions: QuizVersion[]): void {
  if (versions.length) publishedVersions.set(quiz, versions);
}

/** A quiz's versions, oldest first; the last is the one served now. The build writes at least one for every quiz. */
export function versionsOf(quiz: QuizFile): QuizVersion[] {
  const known = publishedVersions.get(quiz) ?? quizVersions[quiz.id];
  if (known?.length) return known;
  // Only a bank built without the registry gets here: the file's own content is then the one version.
  const questions = quiz.questions.map(gradedQuestion);
  return [{ version: versionOf(questions), since: quiz.checkedAt, questions }];
}

export function currentVersion(quiz: QuizFile): QuizVersion {
  const versions = versionsOf(quiz);
  return versions[versions.length - 1] as QuizVersion;
}

export function findVersion(quiz: QuizFile, version: string): QuizVersion | undefined {
  return versionsOf(quiz).find((v) => v.version === version);
}

/**
 * Where records, summaries and tokens from before versions existed belong: the first recorded version,
 * which is the content that was live when they were made.
 */
export function firstVersion(quiz: QuizFile): string {
  return (versionsOf(quiz)[0] as QuizVersion).version;
}

/** The quiz as it was at `version`: its graded questions and their labels, everything else as now. */
export function quizAt(quiz: QuizFile, version: QuizVersion): QuizView {
  return { ...quiz, questions: version.questions };
}

/** About 40 seconds a question: reading, answering and the feedback. */
export function estimatedMinutes(quiz: QuizFile): number {
  return Math.max(1, Math.round((quiz.questions.length * 40) / 60));
}

/**
 * What a reader receives: one language, and neither the answers nor the explanations. `first` keeps
 * only the first questions (the widget's first screens need one); `questionCount` is always the whole.
 */
const url = (quiz: QuizFile) => (quiz.source.url ? { url: quiz.source.url } : {});

export function publicQuiz(quiz: QuizFile, lang: Lang, first = quiz.questions.length): Quiz {
  return {
    id: quiz.id,
    lang,
    title: quiz.title[lang],
    intro: quiz.intro[lang],
    // `published` is an editor's note in one language that no reader screen shows: left out of the first
    // download, which carries every byte before question 1 (issue 15 needed the room).
    source: { title: quiz.source.title, author: quiz.source.author, publisher: quiz.source.publisher, ...url(quiz) },
    languages: quiz.languages,
    results: quiz.results,
    version: currentVersion(quiz).version,
    checkedAt: quiz.checkedAt,
    ...(isIsoDate(quiz.checkedAt) && { checkedOn: formatDay(lang, quiz.checkedAt) }),
    estimatedMinutes: estimatedMinutes(quiz),
    questionCount: quiz.questions.length,
    questions: quiz.questions.slice(0, first).map((q) => ({
      id: q.id,
      type: q.type,
      skill: q.skill,
      prompt: q.prompt[lang],
      choices: q.choices.map((c) => ({ id: c.id, text: c.text[lang] })),
    })),
  };
}

export function quizSummary(quiz: QuizFile, lang: Lang, now: number): QuizSummary {
  return {
    id: quiz.id,
    title: quiz.title[lang],
    languages: quiz.languages,
    questionCount: quiz.questions.length,
    version: currentVersion(quiz).version,
    checkedAt: quiz.checkedAt,
    reviewDue: isReviewDue(quiz, isoDay(now)),
  };
}
