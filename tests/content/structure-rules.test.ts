// The structural rules: each problem has a code, names the question and the field, and says what to do in English and Spanish.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { formatProblem } from '../../contract/rules/problem.ts';
import { structureProblems } from '../../contract/rules/structure.ts';

const validateQuizFile = (file: string, data: unknown) => structureProblems(data, file);
const lines = (problems: ReturnType<typeof validateQuizFile>, file = 'demo.json') =>
  problems.map((p) => formatProblem(p, file));

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

describe('the structural rules', () => {
  it('accepts the valid base quiz the other cases start from', () => {
    expect(validateQuizFile('demo.json', validQuiz())).toEqual([]);
  });

  it('names question, field and language when a Spanish prompt is missing, in both languages', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).prompt.es = '';
    });
    expect(problems).toEqual([
      {
        code: 'text-missing',
        severity: 'error',
        where: { question: 'q1', field: 'prompt.es', lang: 'es' },
        message: { en: 'Write the question in Spanish.', es: 'Escribe la pregunta en español.' },
      },
    ]);
    expect(formatProblem(problems[0]!, 'demo.json')).toBe(
      'demo.json › question "q1" › prompt.es: Write the question in Spanish.',
    );
  });

  it('names the choice whose explanation is missing, by letter and id', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).choices[1]!.explanation.en = ' ';
    });
    expect(lines(problems)).toEqual([
      'demo.json › question "q1" › choices[1].explanation.en: Write why answer B is right or wrong in English.',
    ]);
    expect(problems[0]!.where.choice).toBe('b');
  });

  it('names a choice id used twice', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).choices[1]!.id = 'a';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'choice-id-duplicate',
        where: { question: 'q1', field: 'choices[1].id', choice: 'a' },
      }),
    );
  });

  it('rejects two correct answers on a single-answer question', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).correct = ['a', 'b'];
    });
    expect(lines(problems)).toEqual(['demo.json › question "q1" › correct: Mark the one right answer.']);
  });

  it('rejects a multiple-answer question where every answer is right: ticking them all would win', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).type = 'multiple';
      firstQuestion(quiz).correct = ['a', 'b'];
    });
    expect(problems.map((p) => p.code)).toEqual(['correct-all']);
  });

  it('rejects a true-false question with three choices', () => {
    const problems = problemsAfter((quiz) => {
      const q = firstQuestion(quiz);
      q.type = 'true-false';
      q.choices.push({ id: 'c', text: both('Maybe', 'Quizá'), explanation: both('No.', 'No.') });
    });
    expect(lines(problems)).toEqual([
      'demo.json › question "q1" › choices: A true-or-false question has exactly two answers.',
    ]);
  });

  it('names a correct id that is not a choice', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).correct = ['z'];
    });
    expect(lines(problems)).toEqual([
      'demo.json › question "q1" › correct: Mark which answer is right again: the one marked ("z") was removed.',
    ]);
  });

  it('lists the taxonomy when a skill tag is not in it', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { skill: 'skepticism' });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'skill', where: { question: 'q1', field: 'skill' } });
    expect(problems[0]!.message.en).toContain('lateral-reading');
  });

  it('names the passage when its text is missing', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).passage.text = '';
    });
    expect(lines(problems)).toEqual(['demo.json › question "q1" › passage.text: Write the quoted passage.']);
  });

  it('names the source whose link is not a web address', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).sources = [{ name: 'Somewhere', url: 'somewhere.example', accessed: '2026-11-24' }];
    });
    expect(lines(problems)).toEqual([
      'demo.json › question "q1" › sources[0].url: Enter a full web address for the web address of source 1, starting with https://',
    ]);
  });

  it('names a stance outside credits, doubts and neutral', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { stance: 'agrees' });
    });
    expect(problems.map((p) => [p.code, p.where.field])).toEqual([['stance', 'stance']]);
    expect(problems[0]!.message.en).toContain('credits, doubts, neutral');
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
      expect(lines(problems)).toEqual([
        'demo.json › question "q1" › sources[0].date: Enter the date of source 1 as a date: YYYY-MM-DD, YYYY-MM or YYYY.',
      ]);
    }
  });

  it("asks a current citation for the question's asOf date, written as a day", () => {
    const noAsOf = problemsAfter((quiz) => {
      firstQuestion(quiz).sources = [
        { name: 'Somewhere', url: 'https://somewhere.example/', current: true, accessed: '2026-11-29' },
      ];
    });
    expect(lines(noAsOf)).toEqual([
      'demo.json › question "q1" › sources[0].current: A current claim needs the question\'s "asOf" date.',
    ]);
    const looseAsOf = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { asOf: 'April 2025' });
    });
    expect(lines(looseAsOf)).toEqual([
      'demo.json › question "q1" › asOf: Enter the date the current claim holds from as a date (YYYY-MM-DD).',
    ]);
  });

  it('refuses a coversAllSkills that is not true or false', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(quiz, { coversAllSkills: 'yes' });
    });
    expect(lines(problems)).toEqual([
      'demo.json › coversAllSkills: The promise to cover every skill must be true or false.',
    ]);
  });

  it('points at a question by position when it has no usable id', () => {
    const problems = problemsAfter((quiz) => {
      Object.assign(firstQuestion(quiz), { id: 42 });
    });
    expect(lines(problems)).toEqual([
      'demo.json › question "#1" › id: Use lowercase letters, digits and dashes for the id.',
    ]);
  });

  it('names only the file and field for a quiz-level problem', () => {
    const problems = problemsAfter(() => {}, 'other.json');
    expect(lines(problems, 'other.json')).toEqual(['other.json › id: The id must match the file name (demo.json).']);
  });

  it('refuses ids that name a property every object has (issue 22 L5)', () => {
    for (const id of ['constructor', 'prototype']) {
      const problems = problemsAfter((quiz) => {
        firstQuestion(quiz).id = id;
      });
      expect(problems.map((p) => [p.code, p.where.field])).toEqual([['id-reserved', 'id']]);
      expect(problems[0]!.message.es).toContain(id);
    }
    const quizLevel = problemsAfter((quiz) => {
      quiz.id = 'constructor';
    }, 'constructor.json');
    expect(quizLevel.map((p) => p.code)).toEqual(['id-reserved']);
    // "__proto__" never gets that far: ids are lowercase letters, digits and dashes.
    expect(problemsAfter((quiz) => Object.assign(firstQuestion(quiz), { id: '__proto__' })).map((p) => p.code)).toEqual(
      ['id-format'],
    );
  });

  it('asks for text only in the languages the quiz declares', () => {
    const englishOnly = problemsAfter((quiz) => {
      quiz.languages = ['en'];
      for (const q of quiz.questions) {
        q.prompt = { en: q.prompt.en } as typeof q.prompt;
        for (const c of q.choices) c.text = { en: c.text.en } as typeof c.text;
      }
      quiz.title = { en: 'Demo' } as typeof quiz.title;
    });
    expect(englishOnly).toEqual([]);
    const spanishMissing = problemsAfter((quiz) => {
      quiz.title = { en: 'Demo' } as typeof quiz.title;
    });
    expect(spanishMissing.map((p) => [p.code, p.where.field, p.where.lang])).toEqual([
      ['text-missing', 'title.es', 'es'],
    ]);
  });

  it('refuses a language list that is empty, unknown or repeats a language', () => {
    for (const languages of [[], ['fr'], ['en', 'en']]) {
      const problems = problemsAfter((quiz) => {
        Object.assign(quiz, { languages });
      });
      expect(problems.map((p) => p.code)).toEqual(['languages']);
    }
  });

  it('asks a question that keeps its order to say why', () => {
    const problems = problemsAfter((quiz) => {
      firstQuestion(quiz).fixedOrder = ' ';
    });
    expect(problems.map((p) => [p.code, p.where.field])).toEqual([['field-missing', 'fixedOrder']]);
  });
});
