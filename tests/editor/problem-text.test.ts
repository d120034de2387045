import { describe, expect, it } from 'vitest';
import { publishProblems } from '../../contract/publish-check.ts';
import { validateQuizFile } from '../../contract/validate-quiz.ts';
import { applyEdit, blankQuiz } from '../../editor/draft-edits.ts';
import { fieldKey, problemText, problemsByField } from '../../editor/problem-text.ts';
import { articleText, bundled } from './bundled-quiz.ts';

const words = (field: string, message: string, question?: string) => ({
  en: problemText({ file: 'x.json', field, message, ...(question ? { question } : {}) }, 'en'),
  es: problemText({ file: 'x.json', field, message, ...(question ? { question } : {}) }, 'es'),
});

describe("the validator's problems in an editor's words", () => {
  it('names the field and the language of a missing text', () => {
    expect(words('prompt.es', 'must be a non-empty string', 'q1')).toEqual({
      en: 'Write the question in Spanish.',
      es: 'Escribe la pregunta en español.',
    });
    expect(words('choices[1].explanation.en', 'must be a non-empty string', 'q1').en).toBe(
      'Write why answer B is right or wrong in English.',
    );
    expect(words('sources[0].url', 'must be an http(s) URL', 'q1').en).toBe(
      'Enter a full web address for the web address of source 1, starting with https://',
    );
    expect(words('title.en', 'must be at most 120 characters').en).toBe('Shorten the title: at most 120 characters.');
  });

  it('explains right answers, answers, passages and the article without validator jargon', () => {
    expect(words('correct', '"zz" is not a choice id', 'q1').en).toBe(
      'Mark which answer is right again: the one marked was removed.',
    );
    expect(words('correct', 'a single question has exactly 1 correct choice', 'q1').en).toBe(
      'Mark the one right answer.',
    );
    expect(words('choices', 'must list at least 2 choices', 'q1').es).toBe('Da al menos dos respuestas.');
    expect(words('passage.text', 'is not in the article word for word', 'q1').en).toMatch(
      /not in the article word for word/,
    );
    expect(words('article', 'import the article the passages quote').es).toBe(
      'Importa el artículo que citan las preguntas.',
    );
    expect(words('questions', 'must be a non-empty array').en).toBe('Add at least one question.');
  });

  it('puts into words every problem of a new, empty quiz, in both languages, with no raw validator text', () => {
    let quiz = blankQuiz('new-quiz', '');
    quiz = applyEdit(quiz, { type: 'add-question', id: 'q-1111', passage: '' });
    quiz = applyEdit(quiz, { type: 'add-source', index: 0, accessed: '' });
    const problems = publishProblems(quiz, null);
    expect(problems.length).toBeGreaterThan(20);
    for (const lang of ['en', 'es'] as const) {
      for (const p of problems) {
        const text = problemText(p, lang);
        expect(text, `${p.field}: ${p.message}`).not.toMatch(/must be|non-empty|\[\d\]|\.en\b|\.es\b/);
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
    const byField = problemsByField(validateQuizFile(`${quiz.id}.json`, quiz), 'en');
    expect(byField.get(fieldKey(q.id, 'prompt.es'))).toEqual(['Write the question in Spanish.']);
    expect(byField.get(fieldKey(q.id, 'explanation.en'))).toEqual([
      'Write the lesson shown after answering in English.',
    ]);
    expect(byField.size).toBe(2);
  });

  it('finds nothing to say about the bundled quiz against an article that holds its passages', () => {
    expect(publishProblems(bundled, articleText(bundled))).toEqual([]);
  });
});
