// Editorial balance: each question's stance, enough "holds up" answers across skills, and the skills a quiz promises.

import { type QuizFile, STANCES } from '../quiz.ts';
import { SKILLS } from '../skills.ts';
import { houseSeverity } from './house-standard.ts';
import { type QuizProblem, problem } from './problem.ts';

/**
 * Teaching doubt alone makes readers distrust true statements as much as false ones (Graham et al.
 * 2023, research A1): a quiz needs several items whose right answer is "this holds up", and not all
 * about one kind of fact (the first edition credited only two minor dates).
 */
export const MIN_CREDITS = 4;
export const MIN_CREDIT_SKILLS = 3;

export function balanceProblems(quiz: QuizFile): QuizProblem[] {
  const severity = houseSeverity(quiz);
  const problems: QuizProblem[] = [];
  const add = (code: string, message: QuizProblem['message'], question?: string) =>
    problems.push(
      problem(code, severity, { ...(question ? { question } : {}), field: question ? 'stance' : 'questions' }, message),
    );
  for (const q of quiz.questions) {
    if (q.stance === undefined)
      add(
        'stance-missing',
        {
          en: `Say whether the right answer credits the article, doubts it or passes no verdict (${STANCES.join(', ')}).`,
          es: `Indica si la respuesta correcta respalda el artículo, lo pone en duda o no da veredicto (${STANCES.join(', ')}).`,
        },
        q.id,
      );
  }
  const credits = quiz.questions.filter((q) => q.stance === 'credits');
  if (credits.length < MIN_CREDITS)
    add('few-credits', {
      en: `${credits.length} question(s) credit the article (stance "credits"); at least ${MIN_CREDITS} are needed so readers practise discernment, not blanket doubt.`,
      es: `${credits.length} pregunta(s) respaldan el artículo (postura "credits"); hacen falta al menos ${MIN_CREDITS} para practicar el discernimiento y no la duda sistemática.`,
    });
  const skills = [...new Set(credits.map((q) => q.skill))];
  if (credits.length > 0 && skills.length < MIN_CREDIT_SKILLS)
    add('credit-skills', {
      en: `The questions that credit the article practise ${skills.length} skill(s) (${skills.join(', ')}); at least ${MIN_CREDIT_SKILLS} are needed so "holds up" is not confined to one kind of fact.`,
      es: `Las preguntas que respaldan el artículo practican ${skills.length} habilidad(es) (${skills.join(', ')}); hacen falta al menos ${MIN_CREDIT_SKILLS} para que "se sostiene" no quede en un solo tipo de dato.`,
    });
  if (!quiz.questions.some((q) => q.stance === 'doubts'))
    add('no-doubts', {
      en: 'No question doubts the article (stance "doubts").',
      es: 'Ninguna pregunta pone en duda el artículo (postura "doubts").',
    });
  return [...problems, ...coverageProblems(quiz)];
}

/** Only a quiz that declares `coversAllSkills` must: a short quiz on another article may have no poll, image or number to ask about. */
function coverageProblems(quiz: QuizFile): QuizProblem[] {
  if (quiz.coversAllSkills !== true) return [];
  const practised = new Set(quiz.questions.map((q) => q.skill));
  const missing = SKILLS.filter((s) => !practised.has(s));
  if (missing.length === 0) return [];
  return [
    problem(
      'skills-uncovered',
      'error',
      { field: 'coversAllSkills' },
      {
        en: `Declared, but no question practises: ${missing.join(', ')}.`,
        es: `Está declarado, pero ninguna pregunta practica: ${missing.join(', ')}.`,
      },
    ),
  ];
}
