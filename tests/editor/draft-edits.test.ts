import { describe, expect, it } from 'vitest';
import { structureProblems } from '../../contract/rules/structure.ts';
import { applyEdit, blankQuiz, nextQuestionId } from '../../editor/draft-edits.ts';
import { bundled } from './bundled-quiz.ts';

describe('edits to a quiz', () => {
  it('drafts questions with the passage verbatim, the skill preset and ids that never change', () => {
    let quiz = blankQuiz('class-quiz', 'A title');
    const add = (passage: string, skill?: 'evidence-attribution') => {
      quiz = applyEdit(quiz, { type: 'add-question', id: nextQuestionId(quiz), passage, ...(skill ? { skill } : {}) });
    };
    add('experts say', 'evidence-attribution');
    add('last year');
    expect(quiz.questions.map((q) => [q.passage.text, q.skill])).toEqual([
      ['experts say', 'evidence-attribution'],
      ['last year', 'comprehension'],
    ]);
    const [first, second] = quiz.questions.map((q) => q.id);
    expect(first).toMatch(/^q-[a-z0-9]{4}$/);
    expect(structureProblems(quiz, 'class-quiz.json').filter((p) => p.where.field === 'id')).toEqual([]);
    quiz = applyEdit(quiz, { type: 'delete-question', index: 1 });
    add('polls show');
    // The deleted question's id is not given again, so its results can't become another question's.
    expect(quiz.questions.map((q) => q.id)).toEqual([first, expect.not.stringMatching(second ?? '')]);
  });

  it('never hands out an id the quiz already uses', () => {
    const quiz = applyEdit(blankQuiz('q', 't'), { type: 'add-question', id: 'q-0000', passage: 'p' });
    const rolls = [0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5];
    expect(nextQuestionId(quiz, () => rolls.shift() ?? 0)).toBe('q-iiii');
  });

  it('reorders and deletes without touching the original', () => {
    const before = structuredClone(bundled);
    const moved = applyEdit(bundled, { type: 'move-question', index: 0, by: 1 });
    expect(moved.questions.slice(0, 2).map((q) => q.id)).toEqual([bundled.questions[1]?.id, bundled.questions[0]?.id]);
    expect(applyEdit(bundled, { type: 'move-question', index: 0, by: -1 })).toBe(bundled);
    expect(applyEdit(bundled, { type: 'delete-question', index: 2 }).questions).toHaveLength(
      bundled.questions.length - 1,
    );
    expect(bundled).toEqual(before);
  });

  it('keeps one right answer for single questions and several for multiple ones', () => {
    let quiz = applyEdit(blankQuiz('q', 't'), { type: 'add-question', id: 'q-aaaa', passage: 'p' });
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'a' });
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'b' });
    expect(quiz.questions[0]?.correct).toEqual(['b']);
    quiz = applyEdit(quiz, { type: 'set-type', index: 0, questionType: 'multiple' });
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'c' });
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'a' });
    expect(quiz.questions[0]?.correct).toEqual(['a', 'b', 'c']);
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'b' });
    expect(quiz.questions[0]?.correct).toEqual(['a', 'c']);
    quiz = applyEdit(quiz, { type: 'set-type', index: 0, questionType: 'single' });
    expect(quiz.questions[0]?.correct).toEqual(['a']);
  });

  it('turns a question into true-or-false with two answers t and f, labelled in both languages', () => {
    let quiz = applyEdit(blankQuiz('q', 't'), { type: 'add-question', id: 'q-aaaa', passage: 'p' });
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'b' });
    quiz = applyEdit(quiz, { type: 'set-type', index: 0, questionType: 'true-false' });
    const q = quiz.questions[0];
    expect(q?.choices.map((c) => [c.id, c.text])).toEqual([
      ['t', { en: 'True', es: 'Verdadero' }],
      ['f', { en: 'False', es: 'Falso' }],
    ]);
    expect(q?.correct).toEqual(['f']);
    expect(applyEdit(quiz, { type: 'add-choice', index: 0 })).toBe(quiz);
  });

  it('adds and removes answers and sources, dropping a removed answer from the right ones', () => {
    let quiz = applyEdit(blankQuiz('q', 't'), { type: 'add-question', id: 'q-aaaa', passage: 'p' });
    quiz = applyEdit(quiz, { type: 'add-choice', index: 0 });
    expect(quiz.questions[0]?.choices.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    quiz = applyEdit(quiz, { type: 'toggle-correct', index: 0, choiceId: 'd' });
    quiz = applyEdit(quiz, { type: 'remove-choice', index: 0, choice: 3 });
    expect(quiz.questions[0]?.correct).toEqual([]);
    quiz = applyEdit(quiz, { type: 'add-source', index: 0, accessed: '2026-11-24' });
    expect(quiz.questions[0]?.sources).toEqual([{ name: '', url: '', accessed: '2026-11-24' }]);
    quiz = applyEdit(quiz, { type: 'remove-source', index: 0, source: 0 });
    expect(quiz.questions[0]?.sources).toBeUndefined();
  });

  it('sets any text by path, and a quiz edited field by field validates like a file', () => {
    let quiz = applyEdit(blankQuiz(bundled.id, ''), { type: 'replace', quiz: blankQuiz(bundled.id, '') });
    const set = (path: (string | number)[], value: unknown) => {
      quiz = applyEdit(quiz, { type: 'set', path, value });
    };
    for (const key of ['title', 'intro'] as const)
      for (const l of ['en', 'es'] as const) set([key, l], bundled[key][l]);
    for (const [key, value] of Object.entries(bundled)) {
      if (!['id', 'title', 'intro', 'questions'].includes(key)) set([key], structuredClone(value));
    }
    bundled.questions.forEach((q, i) => {
      quiz = applyEdit(quiz, { type: 'add-question', id: q.id, passage: q.passage.text, skill: q.skill });
      for (const [key, value] of Object.entries(q))
        if (key !== 'id') set(['questions', i, key], structuredClone(value));
    });
    expect(structureProblems(quiz, `${bundled.id}.json`)).toEqual([]);
    expect(quiz).toEqual(bundled);
  });
});
