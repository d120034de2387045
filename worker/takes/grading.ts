// Server-side grading: validates a reader's answers against the quiz and scores them.

import type { Answers, CheckResult, SkillScore } from '../../contract/api.ts';
import type { GradedQuestion, Lang, QuestionFile, QuizFile, QuizView } from '../../contract/quiz.ts';
import type { Skill } from '../../contract/skills.ts';
import { fail } from '../http/errors.ts';

export function findQuestion(quiz: QuizFile, questionId: unknown): QuestionFile {
  const question = typeof questionId === 'string' ? quiz.questions.find((q) => q.id === questionId) : undefined;
  // Only a string is echoed back: String() throws on an object like {"toString": ""} (found by fuzzing).
  const named = typeof questionId === 'string' ? questionId.slice(0, 60) : typeof questionId;
  if (!question) fail(404, 'not_found', `Quiz "${quiz.id}" has no question "${named}".`);
  return question;
}

/** What grading reads of a quiz: its id and its questions at one version. */
export type GradedQuiz = Pick<QuizView, 'id' | 'questions'>;

/** Checks one question's chosen ids: strings, unique, known, and as many as the question type allows. */
export function validateChoiceIds(question: GradedQuestion, value: unknown): string[] {
  const where = `question "${question.id}"`;
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    fail(400, 'bad_request', `Answers to ${where} must be an array of choice ids.`);
  }
  const ids = value as string[];
  if (new Set(ids).size !== ids.length) fail(400, 'bad_request', `Answers to ${where} list a choice twice.`);
  const unknown = ids.find((id) => !question.choices.some((c) => c.id === id));
  if (unknown !== undefined) fail(400, 'bad_request', `${where} has no choice "${unknown.slice(0, 20)}".`);
  if (ids.length === 0) fail(400, 'bad_request', `Choose at least one answer for ${where}.`);
  if (question.type !== 'multiple' && ids.length !== 1)
    fail(400, 'bad_request', `Choose exactly one answer for ${where}.`);
  return ids;
}

/** Every question answered, nothing else: a submission that is not complete is not stored. */
export function validateAnswers(quiz: GradedQuiz, value: unknown): Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(400, 'bad_request', 'Field "answers" must be an object keyed by question id.');
  }
  const given = value as Record<string, unknown>;
  const extra = Object.keys(given).find((id) => !quiz.questions.some((q) => q.id === id));
  if (extra !== undefined) fail(400, 'bad_request', `Quiz "${quiz.id}" has no question "${extra.slice(0, 60)}".`);
  const answers: Answers = {};
  for (const question of quiz.questions) {
    if (!Object.hasOwn(given, question.id)) fail(400, 'bad_request', `Question "${question.id}" is not answered.`);
    answers[question.id] = validateChoiceIds(question, given[question.id]);
  }
  return answers;
}

export function isCorrect(question: GradedQuestion, choiceIds: string[]): boolean {
  return choiceIds.length === question.correct.length && question.correct.every((id) => choiceIds.includes(id));
}

export function checkAnswer(question: QuestionFile, choiceIds: string[], lang: Lang): CheckResult {
  return {
    correct: isCorrect(question, choiceIds),
    correctChoiceIds: question.correct,
    explanation: question.explanation[lang],
    choiceExplanations: Object.fromEntries(question.choices.map((c) => [c.id, c.explanation[lang]])),
    passage: question.passage,
    skill: question.skill,
    sources: question.sources ?? [],
  };
}

export type Graded = {
  score: number;
  total: number;
  correctByQuestion: Record<string, boolean>;
};

export function grade(quiz: GradedQuiz, answers: Answers): Graded {
  const correctByQuestion: Record<string, boolean> = {};
  let score = 0;
  for (const q of quiz.questions) {
    const ok = isCorrect(q, answers[q.id] ?? []);
    correctByQuestion[q.id] = ok;
    if (ok) score++;
  }
  return { score, total: quiz.questions.length, correctByQuestion };
}

/** Per-skill tallies from per-question correctness, using the skill tags of the quiz at that version. */
export function skillScores(
  quiz: GradedQuiz,
  perQuestion: Record<string, { correct: number; total: number }>,
): Partial<Record<Skill, SkillScore>> {
  const skills: Partial<Record<Skill, SkillScore>> = {};
  for (const q of quiz.questions) {
    const counts = perQuestion[q.id];
    if (!counts) continue;
    const s = skills[q.skill] ?? { correct: 0, total: 0 };
    skills[q.skill] = s;
    s.correct += counts.correct;
    s.total += counts.total;
  }
  return skills;
}
