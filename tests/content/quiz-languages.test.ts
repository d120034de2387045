// One language or two (issue 19 §3): a quiz needs text only in the languages it declares, and publishes only those.

import { describe, expect, it } from 'vitest';
import type { ChoiceFile, QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { inLanguages, textIn, textLang } from '../../contract/quiz-languages.ts';
import { isError } from '../../contract/rules/problem.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';

/** A valid Spanish-only quiz: not one English string in it. */
function spanishOnly(): QuizFile {
  return {
    id: 'solo',
    title: { es: 'Solo en español' },
    intro: { es: 'Un cuestionario en un idioma.' },
    source: { title: 'Un artículo', author: 'Alguien', publisher: 'Algún medio' },
    languages: ['es'],
    results: 'public',
    checkedAt: '2026-12-01',
    questions: [
      {
        id: 'q1',
        type: 'single',
        skill: 'comprehension',
        prompt: { es: '¿Qué dice?' },
        choices: [
          { id: 'a', text: { es: 'Esto' }, explanation: { es: 'Correcto.' } },
          { id: 'b', text: { es: 'Aquello' }, explanation: { es: 'No.' } },
        ],
        correct: ['a'],
        explanation: { es: 'Porque lo dice.' },
        passage: { text: 'Dice esto.' },
      },
    ],
  };
}

/** The first question, and its choices by position. */
const q1 = (quiz: QuizFile) => quiz.questions[0] as QuestionFile;
const choice = (quiz: QuizFile, i: number) => q1(quiz).choices[i] as ChoiceFile;

/** Where the one rule set finds errors (warnings are reviewer advice): `field`, or `question › field`. */
const problems = (quiz: unknown) =>
  quizProblems(JSON.parse(JSON.stringify(quiz)), undefined, { file: 'solo.json' })
    .filter(isError)
    .map(({ where }) => (where.question ? `${where.question} › ${where.field}` : where.field));

describe('a quiz in one language', () => {
  it('is valid with text in its one language only', () => {
    expect(problems(spanishOnly())).toEqual([]);
  });

  it('still needs every field in the language it declares', () => {
    const quiz = spanishOnly();
    choice(quiz, 1).explanation = {};
    quiz.intro = { en: 'English does not stand in for Spanish.' };
    expect(problems(quiz)).toEqual(['intro.es', 'q1 › choices[1].explanation.es']);
  });

  it('needs the second language once the quiz declares it', () => {
    const quiz = { ...spanishOnly(), languages: ['en', 'es'] };
    expect(problems(quiz)).toContain('title.en');
    expect(problems(quiz)).toContain('q1 › choices[0].text.en');
    expect(problems(quiz)).not.toContain('title.es');
  });

  it('refuses a languages list that is empty, unknown or repeats a language', () => {
    for (const languages of [[], ['fr'], ['es', 'es'], 'es', undefined]) {
      expect(problems({ ...spanishOnly(), languages })).toContain('languages');
    }
  });

  it('publishes only the declared languages, and leaves the draft it came from as it was', () => {
    const draft = spanishOnly();
    draft.title.en = 'Kept in the draft';
    choice(draft, 0).explanation.en = 'Kept too';
    q1(draft).passage.translation = { en: 'It says this.', es: 'Dice esto.' };
    const published = inLanguages(draft);
    expect(published.title).toEqual({ es: 'Solo en español' });
    expect(choice(published, 0).explanation).toEqual({ es: 'Correcto.' });
    expect(q1(published).passage.translation).toEqual({ es: 'Dice esto.' });
    expect(JSON.stringify(published)).not.toContain('Kept');
    expect(draft.title.en).toBe('Kept in the draft');
  });
});

describe('the language a reader gets the text in', () => {
  it('is the one asked for when the quiz has it, else the quiz’s first', () => {
    expect(textLang(['en', 'es'], 'es')).toBe('es');
    expect(textLang(['es'], 'en')).toBe('es');
    expect(textLang(['en'], 'es')).toBe('en');
    expect(textIn({ es: 'Hola' }, textLang(['es'], 'en'))).toBe('Hola');
  });
});
