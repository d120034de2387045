// What readers get of a quiz file, bundled or published: one language, no answers. Also used by the editor's preview.

import type { Lang, Quiz, QuizFile, QuizSummary } from '../contract/quiz.ts';

/** About 40 seconds a question: reading, answering and the feedback. */
export function estimatedMinutes(quiz: QuizFile): number {
  return Math.max(1, Math.round((quiz.questions.length * 40) / 60));
}

/**
 * What a reader receives: one language, and neither the answers nor the explanations. `first` keeps
 * only the first questions (the widget's first screens need one); `questionCount` is always the whole.
 */
export function publicQuiz(quiz: QuizFile, lang: Lang, first = quiz.questions.length): Quiz {
  return {
    id: quiz.id,
    lang,
    title: quiz.title[lang],
    intro: quiz.intro[lang],
    source: quiz.source,
    languages: quiz.languages,
    results: quiz.results,
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

export function quizSummary(quiz: QuizFile, lang: Lang): QuizSummary {
  return { id: quiz.id, title: quiz.title[lang], languages: quiz.languages, questionCount: quiz.questions.length };
}
