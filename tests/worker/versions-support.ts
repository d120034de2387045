// Deploying another edition of the quiz inside a test: the bank and its version registry change as a build and deploy would change them.

import type { QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { type QuizVersion, recordVersion } from '../../contract/quiz-version.ts';
import { quizVersions } from '../../worker/quiz-bank.ts';
import { quiz } from './helpers.ts';

const original = { questions: structuredClone(quiz.questions), versions: structuredClone(quizVersions[quiz.id]) };

/**
 * Replaces the served quiz's questions and records the new version as `npm run build` would
 * (contract/quiz-version.ts recordVersion), as of `since`. The same objects the Worker reads are changed,
 * so the next request sees the new edition: a deploy, within one isolate.
 */
export function deploy(questions: QuestionFile[], since = '2026-12-01'): QuizVersion {
  quiz.questions = questions;
  const { registry } = recordVersion({ quizId: quiz.id, versions: quizVersions[quiz.id] ?? [] }, quiz, since);
  quizVersions[quiz.id] = registry.versions;
  return registry.versions[registry.versions.length - 1] as QuizVersion;
}

/** Back to the edition the build made. */
export function undeploy(): void {
  quiz.questions = structuredClone(original.questions);
  quizVersions[quiz.id] = structuredClone(original.versions) ?? [];
}

/** A 17th question, practising a skill no other question of the first edition practises. */
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

/** The first edition plus a 17th question: the reproduction of issue 10. */
export function withNewQuestion(base: QuizFile['questions'] = original.questions): QuestionFile[] {
  return [...structuredClone(base), structuredClone(NEW_QUESTION)];
}

/** The first edition with question 1's correct answer moved to another choice: its figures must start again. */
export function withChangedAnswer(base: QuizFile['questions'] = original.questions): QuestionFile[] {
  const questions = structuredClone(base);
  const first = questions[0] as QuestionFile;
  const other = first.choices.find((c) => !first.correct.includes(c.id)) as { id: string };
  first.correct = [other.id];
  return questions;
}

/** The first edition's questions, as built. */
export function firstEdition(): QuestionFile[] {
  return structuredClone(original.questions);
}
