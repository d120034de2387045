// "Draft a quiz" in the editor, as a pure function over the quiz: it calls question-writer/, the library `quiz:draft`
// calls, never a copy of it.

import type { Article } from '../contract/article.ts';
import type { Localized, QuizFile, QuizText } from '../contract/quiz.ts';
import type { ReadingMap } from '../contract/reading-map.ts';
import { draftQuiz, refreshDraft } from '../question-writer/index.ts';

/** Keeps what the teacher wrote in each language and takes the draft's words only where she wrote nothing. */
function fill(mine: QuizText, drafted: QuizText): Localized {
  const pick = (written: string | undefined, proposed = '') => (written?.trim() ? written : proposed);
  return { en: pick(mine.en, drafted.en), es: pick(mine.es, drafted.es) };
}

/**
 * "Draft a quiz": with no questions yet, the writer's whole draft (`draftQuiz`, as `quiz:draft` writes it), its title
 * and introduction only where the teacher left them empty; with questions, a refresh (`refreshDraft`) that keeps
 * every question she ticked, edited or wrote, and replaces only drafted questions nobody touched.
 */
export function draftInto(quiz: QuizFile, article: Article, map: ReadingMap): QuizFile {
  if (quiz.questions.length > 0) return refreshDraft(quiz, article, map);
  const drafted = draftQuiz(article, map, quiz.id);
  return {
    ...quiz,
    title: fill(quiz.title, drafted.title),
    intro: fill(quiz.intro, drafted.intro),
    questions: drafted.questions,
  };
}
