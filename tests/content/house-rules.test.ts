// House style, once held only by the content tests: errors for a quiz that promises every skill, warnings for a teacher's short quiz.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { houseStyleProblems } from '../../contract/rules/house-style.ts';
import { rawQuizFiles } from './content-files.ts';

/** The element a test relies on, or a clear failure. */
const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing test data');
  return value;
};

const trump = rawQuizFiles().find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;

/** The house findings for a copy of the first quiz changed by `change`, as [code, question, field]. */
function findings(change: (quiz: QuizFile) => void) {
  const quiz = structuredClone(trump);
  change(quiz);
  return houseStyleProblems(quiz)
    .filter((p) => p.code !== 'lesson-in-wrong-choice')
    .map((p) => [p.code, p.where.question ?? null, p.where.field, p.severity]);
}
const first = (quiz: QuizFile) => must(quiz.questions[0]);

describe('the house-style rules', () => {
  it('find no error in the first quiz', () => {
    expect(houseStyleProblems(trump).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuse a Spanish prompt copied from the English', () => {
    expect(findings((quiz) => (first(quiz).prompt.es = first(quiz).prompt.en))).toEqual([
      ['untranslated', 'main-claim', 'prompt.es', 'error'],
    ]);
  });

  it('refuse usted where the reader is addressed as tú', () => {
    expect(findings((quiz) => (first(quiz).prompt.es = '¿Qué afirmó Trump, según usted?'))).toEqual([
      ['spanish-formal', 'main-claim', 'prompt.es', 'error'],
    ]);
  });

  it('refuse a question id too long to store with every answer', () => {
    expect(findings((quiz) => (first(quiz).id = 'a-very-long-question-id'))).toEqual([
      ['id-too-long', 'a-very-long-question-id', 'id', 'error'],
    ]);
  });

  it("refuse a passage with no rendering in the quiz's other language", () => {
    expect(findings((quiz) => delete first(quiz).passage.translation)).toEqual([
      ['passage-untranslated', 'main-claim', 'passage.translation', 'error'],
    ]);
  });

  it('refuse two answers explained in the same words', () => {
    expect(
      findings((quiz) => (must(first(quiz).choices[2]).explanation.en = must(first(quiz).choices[1]).explanation.en)),
    ).toEqual([['explanations-repeated', 'main-claim', 'choices.explanation.en', 'error']]);
  });

  it('refuse a cited source that no explanation names', () => {
    const id = must(trump.questions.find((q) => q.sources?.length)).id;
    expect(
      findings((quiz) => {
        const q = must(quiz.questions.find((x) => x.id === id));
        must(q.sources?.[0]).name = 'Nowhere Weekly: a page';
      }),
    ).toEqual([['source-unnamed', id, 'sources[0].name', 'error']]);
  });

  it('refuse true-or-false questions that all have the same answer', () => {
    expect(
      findings((quiz) => {
        // The third edition has one true-or-false question; a second one makes a pattern to judge.
        const tf = must(quiz.questions.find((x) => x.type === 'true-false'));
        quiz.questions.push({ ...structuredClone(tf), id: 'second-true-false' });
        for (const q of quiz.questions.filter((x) => x.type === 'true-false')) q.correct = ['t'];
      }),
    ).toEqual([['true-false-one-sided', null, 'questions', 'error']]);
  });

  it('only warn a quiz that does not promise every skill', () => {
    expect(
      findings((quiz) => {
        quiz.coversAllSkills = false;
        first(quiz).prompt.es = first(quiz).prompt.en;
      }),
    ).toEqual([['untranslated', 'main-claim', 'prompt.es', 'warning']]);
  });
});
