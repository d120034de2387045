// Which quizzes the house rules bind: a full quiz that promises every skill, as the content tests always held questions/ to.

import type { QuizFile } from '../quiz.ts';
import type { Severity } from './problem.ts';

/**
 * The editorial rules that only the content tests enforced (balance, house style, translations) are
 * errors for a quiz that declares `coversAllSkills`: a full quiz held to the house standard, as every
 * bundled quiz is. A teacher's short quiz gets the same findings as warnings, beside the field, and
 * can still be published: the editor's coverage panel always called these advice.
 */
export function houseSeverity(quiz: Pick<QuizFile, 'coversAllSkills'>): Severity {
  return quiz.coversAllSkills === true ? 'error' : 'warning';
}
