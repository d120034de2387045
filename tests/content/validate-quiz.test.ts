// The quiz-file validator's messages: each problem names the file, the question and the field, in one readable line.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { formatProblem, validateQuizFile } from '../../contract/validate-quiz.ts';

const both = (en: string, es: string) => ({ en, es });

/** The smallest valid quiz; each test breaks one thing in a copy. */
function validQuiz(): QuizFile {
  return {
    id: 'demo',
    title: both('Demo', 'Demostración'),
    intro: both('A demo quiz.', 'Un cuestionario de prueba.'),
    source: { title: 'An article', author: 'Someone', publisher: 'Somewhere' },
    languages: ['en', 'es'],
    results: 'public',
    checkedAt: '2026-11-24',
    questions: [
      {
        id: 'q1',
        type: 'single',
        skill: 'comprehension',
        prompt: both('What does it say?', '¿Qué dice?'),
        choices: [
          { id: 'a', text: both('This', 'Esto'), explanation: both('Right.', 'Correcto.') },
          { id: 'b', text: both('That', 'Aquello'), explanation: both('No.', 'No.') },
        ],
        correct: ['a'],
        explanation: both('Because.', 'Porque.'),
        passage: { text: 'It says this.', translation: { es: 'Dice esto.' } },
      },
    ],
  };
}

function problemsAfter(change: (quiz: QuizFile) => void, file = 'demo.json') {
  const quiz = validQuiz();
  change(quiz);
  return validateQuizFile(file, JSON.parse(JSON.stringify(quiz)));
}

const firstQuestion = (quiz: QuizFile) => quiz.questions[0]!;

describe('validateQuizFile', () => {
  it('accepts the valid base quiz the other cases start from', () => {
    expect(validateQuizFile('demo.json', validQuiz())).toEqual([]);
  });

  it('names file, question and field when a Spanish prompt is missing', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).prompt.es = '';
    });
    expect(problems).toEqual([
      { file: 'demo.json', question: 'q1', field: 'prompt.es', message: 'must be a non-empty string' },
    ]);
    expect(formatProblem(problems[0]!)).toBe('demo.json › question "q1" › prompt.es: must be a non-empty string');
  });

  it('names the choice whose explanation is missing', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).choices[1]!.explanation.en = ' ';
    });
    expect(problems.map(formatProblem)).toEqual([
      'demo.json › question "q1" › choices[1].explanation.en: must be a non-empty string',
    ]);
  });

  it('names a choice id used twice', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).choices[1]!.id = 'a';
    });
    expect(problems).toContainEqual({
      file: 'demo.json',
      question: 'q1',
      field: 'choices[1].id',
      message: '"a" is used twice',
    });
  });

  it('rejects two correct answers on a single-answer question', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).correct = ['a', 'b'];
    });
    expect(problems.map(formatProblem)).toEqual([
      'demo.json › question "q1" › correct: a single question has exactly 1 correct choice',
    ]);
  });

  it('rejects a true-false question with three choices', () => {
    const problems = problemsAfter((quiz) => {
      const q = firstQuestion(quiz);
      q.type = 'true-false';
      q.choices.push({ id: 'c', text: both('Maybe', 'Quizá'), explanation: both('No.', 'No.') });
    });
    expect(problems.map(formatProblem)).toEqual([
      'demo.json › question "q1" › choices: a true-false question has exactly 2 choices',
    ]);
  });

  it('names a correct id that is not a choice', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).correct = ['z'];
    });
    expect(problems.map(formatProblem)).toEqual(['demo.json › question "q1" › correct: "z" is not a choice id']);
  });

  it('lists the taxonomy when a skill tag is not in it', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { skill: 'skepticism' });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'demo.json', question: 'q1', field: 'skill' });
    expect(problems[0]!.message).toContain('lateral-reading');
  });

  it('names the passage when its text is missing', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).passage.text = '';
    });
    expect(problems.map(formatProblem)).toEqual([
      'demo.json › question "q1" › passage.text: must be a non-empty string',
    ]);
  });

  it('names the source whose link is not a web address', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).sources = [{ name: 'Somewhere', url: 'somewhere.example', accessed: '2026-11-24' }];
    });
    expect(problems.map(formatProblem)).toEqual(['demo.json › question "q1" › sources[0].url: must be an http(s) URL']);
  });

  it('names a stance outside credits, doubts and neutral', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { stance: 'agrees' });
    });
    expect(problems.map(formatProblem)).toEqual([
      'demo.json › question "q1" › stance: must be one of: credits, doubts, neutral',
    ]);
  });

  it('accepts a source date given as a day, a month or a year, and nothing looser', () => {
    for (const date of ['2025-05-04', '2025-05', '2025']) {
      expect(
        problemsAfter((quiz) => {
          firstQuestion(quiz).sources = [
            { name: 'Somewhere', date, url: 'https://somewhere.example/', accessed: '2026-11-29' },
          ];
        }),
      ).toEqual([]);
    }
    for (const date of ['4 May 2025', '2025-02-30', '2025-13']) {
      const problems = problemsAfter((quiz) => {
        firstQuestion(quiz).sources = [
          { name: 'Somewhere', date, url: 'https://somewhere.example/', accessed: '2026-11-29' },
        ];
      });
      expect(problems.map(formatProblem)).toEqual([
        'demo.json › question "q1" › sources[0].date: must be a date written YYYY-MM-DD, YYYY-MM or YYYY',
      ]);
    }
  });

  it("asks a current citation for the question's asOf date, written as a day", () => {
    const noAsOf = problemsAfter((quiz) => {
      firstQuestion(quiz).sources = [
        { name: 'Somewhere', url: 'https://somewhere.example/', current: true, accessed: '2026-11-29' },
      ];
    });
    expect(noAsOf.map(formatProblem)).toEqual([
      'demo.json › question "q1" › sources[0].current: a current claim needs the question\'s "asOf" date',
    ]);
    const looseAsOf = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { asOf: 'April 2025' });
    });
    expect(looseAsOf.map(formatProblem)).toEqual([
      'demo.json › question "q1" › asOf: must be a date written YYYY-MM-DD',
    ]);
  });

  it('refuses a coversAllSkills that is not true or false', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(quiz, { coversAllSkills: 'yes' });
    });
    expect(problems.map(formatProblem)).toEqual(['demo.json › coversAllSkills: must be true or false']);
  });

  it('points at a question by position when it has no usable id', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { id: 42 });
    });
    expect(problems.map(formatProblem)).toEqual([
      'demo.json › question "#1" › id: must be lowercase letters, digits and dashes',
    ]);
  });

  it('names only the file and field for a quiz-level problem', () => {
    const problems = problemsAfter(() => {}, 'other.json');
    expect(problems.map(formatProblem)).toEqual(['other.json › id: must match the file name (demo.json)']);
  });
});
