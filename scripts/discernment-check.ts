// Editorial rules on balance: every question declares its stance, enough answers credit the article, and a quiz that promises every skill covers them.

import { type QuizFile, STANCES } from '../contract/quiz.ts';
import { SKILLS } from '../contract/skills.ts';
import type { QuizProblem } from '../contract/validate-quiz.ts';

/**
 * Teaching doubt alone makes readers distrust true statements as much as false ones (Graham et al.
 * 2023, research A1): a quiz needs several items whose right answer is "this holds up", and not all
 * about one kind of fact (the first edition credited only two minor dates).
 */
export const MIN_CREDITS = 4;
export const MIN_CREDIT_SKILLS = 3;

export function checkStances(file: string, quiz: QuizFile): QuizProblem[] {
  const problems: QuizProblem[] = [];
  for (const q of quiz.questions) {
    if (q.stance === undefined) {
      problems.push({ file, question: q.id, field: 'stance', message: `must be one of: ${STANCES.join(', ')}` });
    }
  }
  const credits = quiz.questions.filter((q) => q.stance === 'credits');
  if (credits.length < MIN_CREDITS) {
    problems.push({
      file,
      field: 'questions',
      message: `${credits.length} question(s) credit the article (stance "credits"); at least ${MIN_CREDITS} are needed so readers practise discernment, not blanket doubt`,
    });
  }
  const creditSkills = new Set(credits.map((q) => q.skill));
  if (credits.length > 0 && creditSkills.size < MIN_CREDIT_SKILLS) {
    problems.push({
      file,
      field: 'questions',
      message: `the questions that credit the article practise ${creditSkills.size} skill(s) (${[...creditSkills].join(', ')}); at least ${MIN_CREDIT_SKILLS} are needed so "holds up" is not confined to one kind of fact`,
    });
  }
  if (!quiz.questions.some((q) => q.stance === 'doubts')) {
    problems.push({ file, field: 'questions', message: 'no question doubts the article (stance "doubts")' });
  }
  return problems;
}

/** Only a quiz that declares `coversAllSkills` must: a short quiz on another article may have no poll, image or number to ask about. */
export function checkSkillCoverage(file: string, quiz: QuizFile): QuizProblem[] {
  if (quiz.coversAllSkills !== true) return [];
  const practised = new Set(quiz.questions.map((q) => q.skill));
  const missing = SKILLS.filter((s) => !practised.has(s));
  return missing.length === 0
    ? []
    : [{ file, field: 'coversAllSkills', message: `declared, but no question practises: ${missing.join(', ')}` }];
}
