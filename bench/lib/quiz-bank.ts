// The built quiz bank as the load test and benchmarks see it, and a grader of their own to check the Worker's.

import { readFileSync } from 'node:fs';
import type { Answers } from '../../contract/api.ts';
import type { Lang, QuizFile } from '../../contract/quiz.ts';

const BANK = new URL('../../worker/generated/quiz-bank.json', import.meta.url);

/** Run `npm run build` first: the Worker serves exactly this file. */
export function loadQuizBank(): QuizFile[] {
  return JSON.parse(readFileSync(BANK, 'utf8')) as QuizFile[];
}

/** A reader's random but valid answers: one choice, or a non-empty set for "multiple". */
export function randomAnswers(quiz: QuizFile, random: () => number): Answers {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  return Object.fromEntries(
    quiz.questions.map((q) => {
      const ids = q.choices.map((c) => c.id);
      if (q.type !== 'multiple') return [q.id, [pick(ids)]];
      const chosen = ids.filter(() => random() < 0.5);
      return [q.id, chosen.length ? chosen : [pick(ids)]];
    }),
  );
}

/** Independent of worker/takes/grading.ts on purpose: right means exactly the correct set. */
export function expectedScore(quiz: QuizFile, answers: Answers): number {
  return quiz.questions.filter((q) => {
    const given = new Set(answers[q.id] ?? []);
    return given.size === q.correct.length && q.correct.every((id) => given.has(id));
  }).length;
}

export function randomLang(quiz: QuizFile, random: () => number): Lang {
  return quiz.languages[Math.floor(random() * quiz.languages.length)] ?? 'en';
}
