// What a drafted quiz leaves to its author and how its items read: shared by `npm run draft:eval` and the writer's tests.

import type { QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { type QuizProblem, isError } from '../../contract/rules/problem.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';

/** A question is complete when every text a reader or the grader needs is written in each declared language. */
export function isComplete(q: QuestionFile, quiz: QuizFile): boolean {
  const filled = (t: Partial<Record<string, string>>) => quiz.languages.every((l) => (t[l] ?? '').trim() !== '');
  return (
    filled(q.prompt) &&
    filled(q.explanation) &&
    q.passage.text.trim() !== '' &&
    q.choices.length >= 3 &&
    q.choices.every((c) => filled(c.text) && filled(c.explanation)) &&
    q.correct.length === 1 &&
    q.choices.some((c) => c.id === q.correct[0]) &&
    q.stance !== undefined
  );
}

/** The author's part, as the rules see it: every field an error points at, review ticks counted apart. */
export function leftForAuthor(quiz: QuizFile, article: string): { reviewTicks: number; fields: string[] } {
  const errors = quizProblems(quiz, article, { file: `${quiz.id}.json` }).filter(isError);
  const ticks = errors.filter((p) => p.code === 'needs-review').length;
  const fields = errors
    .filter((p) => p.code !== 'needs-review')
    .map((p) => (p.where.question ? `${p.where.question}.${p.where.field}` : p.where.field));
  return { reviewTicks: ticks, fields: [...new Set(fields)] };
}

/** The quiz as it would be once the author ticked every review and gave the check date: what the item rules then say. */
export function reviewed(quiz: QuizFile, today: string): QuizFile {
  return {
    ...quiz,
    checkedAt: today,
    source: { ...quiz.source, author: quiz.source.author || 'Author', publisher: quiz.source.publisher || 'Publisher' },
    questions: quiz.questions.map(({ needsReview: _, ...q }) => q),
  };
}

/** The item-writing rules of issue 20 §2 (contract/rules/item-lengths.ts, item-wording.ts, house-style.ts). */
export const ITEM_RULES: ReadonlySet<string> = new Set([
  'key-longest',
  'key-shortest',
  'key-much-longer',
  'choices-duplicate',
  'choices-overlap',
  'all-none-of-the-above',
  'absolute-words',
  'negative-stem',
  'grammar-cue',
  'unseen-reference',
  'lesson-in-wrong-choice',
]);

/** Every problem the rules find once the author's own fields are filled: the writer's, not the author's. */
export function draftProblems(quiz: QuizFile, article: string, today: string): QuizProblem[] {
  return quizProblems(reviewed(quiz, today), article, { file: `${quiz.id}.json`, today });
}

/** Share of drafted choices no problem points at (a problem on its question without a choice counts against all of them). */
export function passingChoiceShare(quiz: QuizFile, problems: readonly QuizProblem[]): number {
  let all = 0;
  let pass = 0;
  for (const q of quiz.questions)
    for (const c of q.choices) {
      all++;
      if (!problems.some((p) => p.where.question === q.id && (p.where.choice === undefined || p.where.choice === c.id)))
        pass++;
    }
  return all ? pass / all : 1;
}

export type BlindStrategies = { questions: number; longest: number; shortest: number; first: number };

/** How often "pick the longest / the shortest / the first" is right over the one-answer questions, in one language. */
export function blindStrategies(quiz: QuizFile, lang: 'en' | 'es'): BlindStrategies {
  const single = quiz.questions.filter((q) => q.type !== 'multiple' && q.correct.length === 1);
  const pick = (q: QuestionFile, by: (a: number, b: number) => boolean) =>
    q.choices.reduce((best, c) => (by(c.text[lang].length, best.text[lang].length) ? c : best)).id;
  const rate = (hit: (q: QuestionFile) => boolean) => (single.length ? single.filter(hit).length / single.length : 0);
  return {
    questions: single.length,
    longest: rate((q) => pick(q, (a, b) => a > b) === q.correct[0]),
    shortest: rate((q) => pick(q, (a, b) => a < b) === q.correct[0]),
    first: rate((q) => q.choices[0]?.id === q.correct[0]),
  };
}
