// Quiz versions: a short hash of what is graded, and the registry of every version a quiz has had.

import type { GradedQuestion, QuestionFile, QuizFile } from './quiz.ts';

/** A version is 12 lowercase hex digits. */
export const VERSION_PATTERN = /^[0-9a-f]{12}$/;

/** One version of a quiz: its graded key, skills and labels, and the day it became current (UTC). */
export type QuizVersion = {
  version: string;
  since: string;
  /** The moment it became current, when known (versions published from the editor): `since` is only the day. */
  at?: string;
  questions: GradedQuestion[];
};

/** `questions/versions/<quiz-id>.json`: every version a quiz has had, oldest first; the last is current. */
export type VersionRegistry = { quizId: string; versions: QuizVersion[] };

/** The parts of a question the registry keeps: what grading, results and their labels need. */
export function gradedQuestion(q: QuestionFile | GradedQuestion): GradedQuestion {
  return {
    id: q.id,
    type: q.type,
    skill: q.skill,
    prompt: q.prompt,
    choices: q.choices.map((c) => ({ id: c.id, text: c.text })),
    correct: q.correct,
  };
}

/**
 * What is graded in one question: its id, type, choice ids and correct answers. Choice order, wording,
 * explanations, translations, sources and the skill tag are not graded. Figures of a question merge
 * across versions exactly when this key is the same.
 */
export function questionKey(q: GradedQuestion): string {
  return JSON.stringify([q.id, q.type, q.choices.map((c) => c.id).sort(), [...q.correct].sort()]);
}

/** The version of a list of questions: their graded keys in order, hashed. */
export function versionOf(questions: GradedQuestion[]): string {
  return shortHash(questions.map(questionKey).join('\n'));
}

/** FNV-1a, 64 bits, first 12 hex digits: stable everywhere (build, Worker, tests), synchronous, no dependency. */
function shortHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12);
}

/**
 * The registry after a build of `quiz` on `today`. Unchanged graded content keeps the current entry and
 * its `since`, refreshing only its labels (wording fixes). New graded content is appended as the current
 * version; earlier entries are never changed or dropped, so takes issued for them are still graded
 * and their results stay readable. Returning to an earlier version moves it to the end, current since today.
 */
export function recordVersion(
  registry: VersionRegistry | null,
  quiz: QuizFile,
  today: string,
): { registry: VersionRegistry; added: boolean } {
  const questions = quiz.questions.map(gradedQuestion);
  const version = versionOf(questions);
  const versions = registry?.versions ?? [];
  const last = versions.at(-1);
  if (last?.version === version) {
    return {
      registry: { quizId: quiz.id, versions: [...versions.slice(0, -1), { ...last, questions }] },
      added: false,
    };
  }
  const earlier = versions.filter((v) => v.version !== version);
  return { registry: { quizId: quiz.id, versions: [...earlier, { version, since: today, questions }] }, added: true };
}
