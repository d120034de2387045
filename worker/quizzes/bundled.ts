// The quizzes this Worker serves, built from questions/*.json, and their one-language public views.

import { shownChoices } from '../../contract/choice-order.ts';
import { formatDay } from '../../contract/day-format.ts';
import { isIsoDate } from '../../contract/fact-dates.ts';
import type { Lang, Quiz, QuizFile, QuizView } from '../../contract/quiz.ts';
import { textIn, textLang } from '../../contract/quiz-languages.ts';
import { type QuizVersion, gradedQuestion, versionOf } from '../../contract/quiz-version.ts';
import bank from '../generated/quiz-bank.json';
import registry from '../generated/quiz-versions.json';

/**
 * A quiz as the Worker serves it: the quiz file with its versions on the record, oldest first (the last is
 * the one served now). Bundled quizzes get theirs from the committed registry, published ones from their
 * pointer in KV (quizzes/published.ts); grading, results and the quiz route read both alike.
 */
export type ServedQuiz = QuizFile & { versions: QuizVersion[] };

/** `quiz` with its versions; with none recorded, the file's own content is its one version. */
export function servedQuiz(quiz: QuizFile, versions?: QuizVersion[]): ServedQuiz {
  if (versions?.length) return { ...quiz, versions };
  // Only a bank built without the registry, or a pointer from before versions, gets here.
  const questions = quiz.questions.map(gradedQuestion);
  return { ...quiz, versions: [{ version: versionOf(questions), since: quiz.checkedAt, questions }] };
}

/** Every version of every bundled quiz, oldest first, from the committed registry (questions/versions/). */
const quizVersions = registry as unknown as Record<string, QuizVersion[]>;

/** Validated at build time by scripts/build-questions.ts. */
export const quizzes: readonly ServedQuiz[] = (bank as unknown as QuizFile[]).map((quiz) =>
  servedQuiz(quiz, quizVersions[quiz.id]),
);

const byId = new Map(quizzes.map((q) => [q.id, q]));

/** A quiz of the bank by id; `findQuiz` in quizzes/catalog.ts finds published ones too. */
export function bundledQuiz(id: string): ServedQuiz | undefined {
  return byId.get(id);
}

/** A quiz's versions, oldest first; the last is the one served now. Never empty. */
export function versionsOf(quiz: ServedQuiz): QuizVersion[] {
  return quiz.versions;
}

export function currentVersion(quiz: ServedQuiz): QuizVersion {
  const versions = versionsOf(quiz);
  return versions[versions.length - 1] as QuizVersion;
}

export function findVersion(quiz: ServedQuiz, version: string): QuizVersion | undefined {
  return versionsOf(quiz).find((v) => v.version === version);
}

/**
 * Where records, summaries and tokens from before versions existed belong: the first recorded version,
 * which is the content that was live when they were made.
 */
export function firstVersion(quiz: ServedQuiz): string {
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

/**
 * `order`: a take's order key (contract/choice-order.ts); without one, the version's own, so even a
 * cached first download never shows the order the author wrote the choices in.
 */
export function publicQuiz(quiz: ServedQuiz, wanted: Lang, first = quiz.questions.length, order?: string): Quiz {
  const lang = textLang(quiz.languages, wanted);
  const version = currentVersion(quiz).version;
  return {
    id: quiz.id,
    lang,
    title: textIn(quiz.title, lang),
    intro: textIn(quiz.intro, lang),
    // `published` is an editor's note in one language that no reader screen shows: left out of the first
    // download, which carries every byte before question 1 (issue 15 needed the room).
    source: { title: quiz.source.title, author: quiz.source.author, publisher: quiz.source.publisher, ...url(quiz) },
    languages: quiz.languages,
    results: quiz.results,
    version,
    checkedAt: quiz.checkedAt,
    ...(isIsoDate(quiz.checkedAt) && { checkedOn: formatDay(lang, quiz.checkedAt) }),
    estimatedMinutes: estimatedMinutes(quiz),
    questionCount: quiz.questions.length,
    questions: quiz.questions.slice(0, first).map((q) => ({
      id: q.id,
      type: q.type,
      skill: q.skill,
      prompt: textIn(q.prompt, lang),
      choices: shownChoices(q, order ?? version).map((c) => ({ id: c.id, text: textIn(c.text, lang) })),
      ...(q.fixedOrder ? { fixedOrder: true as const } : {}),
    })),
  };
}
