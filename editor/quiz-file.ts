// Quiz files in and out of the editor: the same JSON as questions/<id>.json, so quiz-as-code and the editor share one format.

import type { QuizFile } from '../contract/quiz.ts';
import { LANGS, isQuizId } from '../contract/quiz.ts';

/** The file as it would be committed: two-space JSON and a final newline, like the files in questions/. */
export function quizFileText(quiz: QuizFile): string {
  return `${JSON.stringify(quiz, null, 2)}\n`;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The two files to commit: `<id>.json` and, when there is one, the article as `<id>.article.txt`,
 * which `npm run questions:check` checks the quiz's passages against.
 */
export function downloadQuizFiles(quiz: QuizFile, article: string | null): void {
  download(`${quiz.id}.json`, quizFileText(quiz), 'application/json');
  if (article !== null) download(`${quiz.id}.article.txt`, article, 'text/plain');
}

export type ReadFailure = 'not-json' | 'not-quiz';

/**
 * Reads a quiz file. Only what the editor needs to open it is required here (an object with a quiz id
 * and a list of questions); everything else is the validator's to report, field by field, once open.
 */
export function parseQuizFile(text: string): { ok: true; quiz: QuizFile } | { ok: false; failure: ReadFailure } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, failure: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, failure: 'not-quiz' };
  // `npm run quiz:draft` marks its output as a draft; in the editor, what is left to write is shown field by field instead.
  const { draft: _quizNote, ...quiz } = data as Partial<QuizFile> & { draft?: unknown };
  if (!isQuizId(quiz.id) || !Array.isArray(quiz.questions)) return { ok: false, failure: 'not-quiz' };
  const questions = quiz.questions.map((q) => {
    const { draft: _questionNote, ...question } = q as typeof q & { draft?: unknown };
    return question;
  });
  const empty = { en: '', es: '' };
  return {
    ok: true,
    quiz: {
      ...quiz,
      id: quiz.id,
      title: { ...empty, ...quiz.title },
      intro: { ...empty, ...quiz.intro },
      source: { title: '', author: '', publisher: '', ...quiz.source },
      languages: quiz.languages ?? [...LANGS],
      results: quiz.results ?? 'public',
      questions,
    } as QuizFile,
  };
}

/** A quiz id from a title: "Who said it? A quiz" → "who-said-it-a-quiz". */
export function slugOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}
