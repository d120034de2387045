// The rules' problems as the editor shows them: in the editor's language, beside the field they belong to.

import { describe, expect, it } from 'vitest';
import { isError } from '../../contract/rules/problem.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';
import { structureProblems } from '../../contract/rules/structure.ts';
import { applyEdit, blankQuiz } from '../../editor/draft-edits.ts';
import { fieldKey, problemText, problemsByField } from '../../editor/problem-text.ts';
import { articleText, bundled } from './bundled-quiz.ts';

describe("the rules' problems in an editor's words", () => {
  it("names the field and the language of a missing text, in the editor's language", () => {
    const quiz = structuredClone(bundled);
    quiz.questions[0]!.prompt.es = '';
    quiz.questions[0]!.choices[1]!.explanation.en = '';
    quiz.questions[0]!.sources = [{ name: 'Somewhere', url: 'somewhere', accessed: '2026-11-24' }];
    quiz.title.en = 'x'.repeat(121);
    const [title, prompt, url, why] = structureProblems(quiz);
    expect([prompt, why, url, title].map((p) => problemText(p!, 'en'))).toEqual([
      'Write the question in Spanish.',
      'Write why answer B is right or wrong in English.',
      'Enter a full web address for the web address of source 1, starting with https://',
      'Shorten the title: at most 120 characters.',
    ]);
    expect(problemText(prompt!, 'es')).toBe('Escribe la pregunta en español.');
  });

  it('puts into words every problem of a new, empty quiz, in both languages, with no raw rule text', () => {
    let quiz = blankQuiz('new-quiz', '');
    quiz = applyEdit(quiz, { type: 'add-question', id: 'q-1111', passage: '' });
    quiz = applyEdit(quiz, { type: 'add-source', index: 0, accessed: '' });
    const problems = quizProblems(quiz, null);
    expect(problems.length).toBeGreaterThan(20);
    for (const lang of ['en', 'es'] as const) {
      for (const p of problems) {
        const text = problemText(p, lang);
        expect(text, `${p.where.field}: ${p.message.en}`).not.toMatch(/must be|non-empty|\[\d\]|\.en\b|\.es\b/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('groups problems by the field they sit beside', () => {
    const quiz = structuredClone(bundled);
    const q = quiz.questions[0];
    if (!q) throw new Error('no question');
    q.prompt.es = '';
    q.explanation.en = '';
    const byField = problemsByField(structureProblems(quiz, `${quiz.id}.json`), 'en');
    expect(byField.get(fieldKey(q.id, 'prompt.es'))).toEqual(['Write the question in Spanish.']);
    expect(byField.get(fieldKey(q.id, 'explanation.en'))).toEqual([
      'Write the lesson shown after answering in English.',
    ]);
    expect(byField.size).toBe(2);
  });

  it('finds no error in the bundled quiz against an article that holds its passages', () => {
    expect(quizProblems(bundled, articleText(bundled)).filter(isError)).toEqual([]);
  });
});
