// Deploying another edition of the quiz inside a test: the bank and its version registry change as a build and deploy would change them.

import type { QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { type QuizVersion, recordVersion } from '../../contract/quiz-version.ts';
import { BUILT, quiz } from './helpers.ts';

const original = { questions: structuredClone(quiz.questions), versions: structuredClone(quiz.versions) };

/**
 * The day a test deploys another edition: today (so a page loaded before it may still start an attempt of the
 * version it replaced, which stays open for a day), and never before the day after the built version became current.
 */
const AFTER_BUILT = new Date(Date.parse(`${BUILT.since}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const TODAY = new Date().toISOString().slice(0, 10);
export const DEPLOY_DAY = [TODAY, AFTER_BUILT].sort().at(-1) as string;

/**
 * Replaces the served quiz's questions and records the new version as `npm run build` would
 * (contract/quiz-version.ts recordVersion), as of `since`. The same object the Worker reads is changed,
 * so the next request sees the new edition: a deploy, within one isolate.
 */
export function deploy(questions: QuestionFile[], since = DEPLOY_DAY): QuizVersion {
  quiz.questions = questions;
  const { registry } = recordVersion({ quizId: quiz.id, versions: quiz.versions }, quiz, since);
  quiz.versions = registry.versions;
  return registry.versions[registry.versions.length - 1] as QuizVersion;
}

/** Back to the edition the build made. */
export function undeploy(): void {
  quiz.questions = structuredClone(original.questions);
  quiz.versions = structuredClone(original.versions);
}

/** A question added to the end of the quiz: in `withNewQuestion`, the only one practising its skill. */
export const NEW_QUESTION: QuestionFile = {
  id: 'loaded-words',
  type: 'single',
  skill: 'manipulation-technique',
  prompt: { en: 'Which word in the headline is loaded?', es: '¿Qué palabra del titular es tendenciosa?' },
  choices: [
    { id: 'a', text: { en: 'Denied', es: 'Desmentida' }, explanation: { en: 'Neutral.', es: 'Neutral.' } },
    { id: 'b', text: { en: 'None', es: 'Ninguna' }, explanation: { en: 'Right.', es: 'Correcto.' } },
    { id: 'c', text: { en: 'Troops', es: 'Tropas' }, explanation: { en: 'Neutral.', es: 'Neutral.' } },
  ],
  correct: ['b'],
  explanation: { en: 'The headline reports; it does not judge.', es: 'El titular informa; no juzga.' },
  passage: { text: 'is denied by the president of Mexico' },
};

/**
 * The edition as built plus NEW_QUESTION: the reproduction of issue 10. The new question's skill starts
 * from zero too, as a skill new to the quiz would: questions of `base` that practised it are tagged with
 * another skill of the quiz. Skill tags are not graded, so those questions keep their graded key and
 * their figures still merge across versions.
 */
export function withNewQuestion(base: QuizFile['questions'] = original.questions): QuestionFile[] {
  const questions = structuredClone(base);
  const other = questions.find((q) => q.skill !== NEW_QUESTION.skill)?.skill;
  if (!other) throw new Error('the quiz practises no other skill than the new question');
  for (const q of questions) if (q.skill === NEW_QUESTION.skill) q.skill = other;
  return [...questions, structuredClone(NEW_QUESTION)];
}

/** The edition as built with question 1's correct answer moved to another choice: its figures must start again. */
export function withChangedAnswer(base: QuizFile['questions'] = original.questions): QuestionFile[] {
  const questions = structuredClone(base);
  const first = questions[0] as QuestionFile;
  const other = first.choices.find((c) => !first.correct.includes(c.id)) as { id: string };
  first.correct = [other.id];
  return questions;
}

/** The questions of the edition as built (the current version, BUILT), whatever a test has deployed since. */
export function builtEdition(): QuestionFile[] {
  return structuredClone(original.questions);
}
