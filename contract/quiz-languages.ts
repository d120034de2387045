// A quiz's languages: which one a reader's text comes in, reading it there, and leaving out the ones it dropped.

import { LANGS, type Lang, type QuizFile, type QuizText } from './quiz.ts';

/**
 * The language a quiz's text is shown in to a reader who wants `wanted`: that one when the quiz has it,
 * else the quiz's first. The interface around it may still speak `wanted` (issue 19 §3).
 */
export function textLang(languages: readonly Lang[], wanted: Lang): Lang {
  return languages.includes(wanted) ? wanted : (languages[0] ?? wanted);
}

/** `text` in `lang`: a language the quiz declares (see textLang), where validation guarantees it is written. */
export function textIn(text: QuizText, lang: Lang): string {
  return text[lang] ?? '';
}

/** The languages a quiz file declares, in LANGS order; none when `languages` is not a list. */
export function declaredLanguages(languages: unknown): Lang[] {
  return Array.isArray(languages) ? LANGS.filter((l) => languages.includes(l)) : [];
}

const only = (text: QuizText, langs: readonly Lang[]): QuizText =>
  Object.fromEntries(langs.flatMap((l) => (text[l] === undefined ? [] : [[l, text[l]]])));

/**
 * The quiz with its text in its declared languages only: what is published. A draft keeps the text of
 * a language the teacher switched off, so switching it back on restores it; readers never get it.
 * A passage's translations are kept for the declared languages too.
 */
export function inLanguages(quiz: QuizFile): QuizFile {
  const langs = declaredLanguages(quiz.languages);
  return {
    ...quiz,
    title: only(quiz.title, langs),
    intro: only(quiz.intro, langs),
    questions: quiz.questions.map((q) => ({
      ...q,
      prompt: only(q.prompt, langs),
      explanation: only(q.explanation, langs),
      passage: q.passage.translation ? { ...q.passage, translation: only(q.passage.translation, langs) } : q.passage,
      choices: q.choices.map((c) => ({ ...c, text: only(c.text, langs), explanation: only(c.explanation, langs) })),
    })),
  };
}

/**
 * What a list calls a quiz (the editor's drafts, its published quizzes): its title in the first declared
 * language that has one, else in any, else its id. A draft may be half written, hence the loose type.
 */
export function quizLabel(quiz: { id: string; title?: QuizText; languages?: unknown }): string {
  const order = [...declaredLanguages(quiz.languages), ...LANGS];
  const title = order.map((l) => quiz.title?.[l]).find((t) => typeof t === 'string' && t.trim() !== '');
  return title ? title.slice(0, 120) : quiz.id;
}

/** `languages` with `lang` switched on or off, in LANGS order; never empty (the last one stays on). */
export function switchLanguage(languages: readonly Lang[], lang: Lang, on: boolean): Lang[] {
  const next = LANGS.filter((l) => (l === lang ? on : languages.includes(l)));
  return next.length ? next : [...languages];
}
