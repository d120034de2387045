// The coverage panel's figures: skills covered, parts of the article with questions, credits vs doubts, what's missing.

import type { Article } from '../contract/article.ts';
import type { QuizFile } from '../contract/quiz.ts';
import type { Skill } from '../contract/skills.ts';
import { MIN_CREDITS, MIN_CREDIT_SKILLS } from '../contract/rules/balance.ts';
import type { ArticlePart, Mark } from './reading-map.ts';

/** Below this a quiz teaches little; the first quiz has 16. Advice, not a rule: publishing is allowed. */
export const SUGGESTED_MIN_QUESTIONS = 6;

/**
 * Worth a look before publishing; publishing does not wait for these. The stance rules are the quiz rules'
 * own (contract/rules/balance.ts): errors for a quiz that declares coversAllSkills, warnings otherwise.
 */
export type Advice =
  | 'few-questions'
  | 'stance-unset'
  | 'few-credits'
  | 'credit-skills'
  | 'no-doubts'
  | 'parts-uncovered';

export type Coverage = {
  skills: { skill: Skill; questions: number }[];
  /** Skills the map found passages for that no question practises yet. */
  suggested: Skill[];
  parts: { part: ArticlePart; number: number; questions: string[] }[];
  credits: number;
  doubts: number;
  neutral: number;
  unset: number;
  advice: Advice[];
};

/** Where a passage sits in the article: an exact match first (passages quoted in the editor are exact). */
export function passageRange(article: string, passage: string): { start: number; end: number } | null {
  if (!passage.trim()) return null;
  const at = article.indexOf(passage);
  return at === -1 ? null : { start: at, end: at + passage.length };
}

export function coverage(quiz: QuizFile, article: Article | null, marks: Mark[], parts: ArticlePart[]): Coverage {
  const counts = new Map<Skill, number>();
  for (const q of quiz.questions) counts.set(q.skill, (counts.get(q.skill) ?? 0) + 1);
  const skills = [...counts]
    .map(([skill, questions]) => ({ skill, questions }))
    .sort((a, b) => b.questions - a.questions);
  const suggested = [...new Set(marks.map((m) => m.skill))].filter((s) => !counts.has(s));

  const located = quiz.questions.flatMap((q) => {
    const range = article ? passageRange(article.text, q.passage.text) : null;
    return range ? [{ id: q.id, ...range }] : [];
  });
  const withQuestions = parts.map((part, i) => ({
    part,
    number: i + 1,
    questions: located.filter((r) => r.start < part.end && r.end > part.start).map((r) => r.id),
  }));

  const crediting = quiz.questions.filter((q) => q.stance === 'credits');
  const credits = crediting.length;
  const doubts = quiz.questions.filter((q) => q.stance === 'doubts').length;
  const neutral = quiz.questions.filter((q) => q.stance === 'neutral').length;
  const unset = quiz.questions.length - credits - doubts - neutral;
  const advice: Advice[] = [];
  if (quiz.questions.length < SUGGESTED_MIN_QUESTIONS) advice.push('few-questions');
  if (unset > 0) advice.push('stance-unset');
  if (credits < MIN_CREDITS) advice.push('few-credits');
  else if (new Set(crediting.map((q) => q.skill)).size < MIN_CREDIT_SKILLS) advice.push('credit-skills');
  if (quiz.questions.length > 0 && doubts === 0) advice.push('no-doubts');
  if (withQuestions.some((p) => p.questions.length === 0)) advice.push('parts-uncovered');
  return { skills, suggested, parts: withQuestions, credits, doubts, neutral, unset, advice };
}
