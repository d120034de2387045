// A problem with a quiz, as every caller gets it: a code, how serious, where it is, and what to do, in each language.

import type { Lang, Localized } from '../quiz.ts';

/** An error keeps a quiz from being built or published; a warning is reviewer advice the author sees beside the field. */
export type Severity = 'error' | 'warning';

/**
 * Where a problem sits: the question's id (absent for the quiz itself), the choice's id, the field's path
 * in the quiz file (`choices[1].text.es`, the editor's field key), and the language of the text at fault.
 */
export type Where = { question?: string; choice?: string; field: string; lang?: Lang };

export type QuizProblem = {
  /** Stable and kebab-case (`key-longest`, `text-missing`): what tests, the editor and the API match on. */
  code: string;
  severity: Severity;
  where: Where;
  message: Localized;
};

export function problem(code: string, severity: Severity, where: Where, message: Localized): QuizProblem {
  return { code, severity, where, message };
}

export const isError = (p: QuizProblem): boolean => p.severity === 'error';

/** One line for a terminal or a log: `demo.json › question "q1" › prompt.es: Write the question in Spanish.` */
export function formatProblem(p: QuizProblem, file: string, lang: Lang = 'en'): string {
  const { question, field } = p.where;
  const tag = p.severity === 'warning' ? ' (warning)' : '';
  return `${file}${question ? ` › question "${question}"` : ''} › ${field}${tag}: ${p.message[lang]}`;
}
