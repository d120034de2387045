// The item-writing review (issue 20 §2; Haladyna, Downing & Rodriguez 2002): each check fires on a broken example and stays quiet on a clean quiz.

import { describe, expect, it } from 'vitest';
import type { ChoiceFile, QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { BLIND_SHARE, blindShare } from '../../contract/rules/item-lengths.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';

/** The element a test relies on, or a clear failure. */
const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing test data');
  return value;
};

const both = (en: string, es: string) => ({ en, es });
const choice = (id: string, en: string, es: string): ChoiceFile => ({
  id,
  text: both(en, es),
  explanation: both(`Why ${id}: ${en}.`, `Por qué ${id}: ${es}.`),
});

function question(id: string, prompt: [string, string], choices: ChoiceFile[], correct: string): QuestionFile {
  return {
    id,
    type: 'single',
    skill: 'source-investigation',
    stance: 'neutral',
    prompt: both(...prompt),
    choices,
    correct: [correct],
    explanation: both(`The lesson of ${id}.`, `La lección de ${id}.`),
    passage: { text: `Passage ${id}.`, translation: { es: `Fragmento ${id}.` } },
  };
}

/** Four one-answer questions whose keys are neither always the longest nor the shortest: no finding. */
function cleanQuiz(): QuizFile {
  return {
    id: 'clean',
    title: both('Clean', 'Limpio'),
    intro: both('A clean quiz.', 'Un cuestionario limpio.'),
    source: { title: 'An article', author: 'Someone', publisher: 'Somewhere' },
    languages: ['en', 'es'],
    results: 'public',
    checkedAt: '2026-11-24',
    questions: [
      question(
        'who',
        ['Who made the announcement?', '¿Quién hizo el anuncio?'],
        [
          choice('a', 'A report from the city council', 'Un informe del concejo municipal'),
          choice('b', 'A statement from the school board', 'Un comunicado de la junta escolar'),
          choice('c', 'A letter from a local teachers group', 'Una carta de un grupo local de docentes'),
        ],
        'b',
      ),
      question(
        'link',
        ['What does the page offer to check it?', '¿Qué ofrece la página para comprobarlo?'],
        [
          choice('a', 'It names the study and its author', 'Nombra el estudio y a su autora'),
          choice('b', 'It links to a page with no date', 'Enlaza una página sin fecha'),
          choice('c', 'It quotes one unnamed reader today', 'Cita a una lectora sin nombre hoy'),
        ],
        'a',
      ),
      question(
        'when',
        ['When was the vote held?', '¿Cuándo se celebró la votación?'],
        [
          choice('a', 'In March, before the vote was held', 'En marzo, antes de la votación'),
          choice('b', 'In May, after the final count came', 'En mayo, tras el recuento final'),
          choice('c', 'In April, on the day of the vote', 'En abril, el día de la votación'),
        ],
        'c',
      ),
      question(
        'next',
        ['What should you do before sharing it?', '¿Qué deberías hacer antes de compartirlo?'],
        [
          choice('a', 'Look the claim up on a fact-check site', 'Búscala en un verificador'),
          choice('b', 'Share the post to ask your friends', 'Comparte la publicación y pregunta'),
          choice('c', 'Trust it because many people liked it', 'Créelo porque gustó a mucha gente'),
        ],
        'a',
      ),
    ],
  };
}

const ITEM_CODES = [
  'key-longest',
  'key-shortest',
  'key-much-longer',
  'all-none-of-the-above',
  'absolute-words',
  'negative-stem',
  'choices-duplicate',
  'choices-overlap',
  'grammar-cue',
  'unseen-reference',
  'lesson-in-wrong-choice',
];

/** The item-writing findings for a quiz changed by `change`, as [code, question, language]. */
function findings(change: (quiz: QuizFile) => void = () => {}) {
  const quiz = cleanQuiz();
  change(quiz);
  return quizProblems(quiz)
    .filter((p) => ITEM_CODES.includes(p.code))
    .map((p) => [p.code, p.where.question ?? null, p.where.lang ?? null, p.severity]);
}

const q = (quiz: QuizFile, id: string) => must(quiz.questions.find((x) => x.id === id));

describe('the item-writing review', () => {
  it('finds nothing in a quiz written with care', () => {
    expect(findings()).toEqual([]);
  });

  it('flags a quiz whose right answer is the longest choice in more than 40 % of one-answer questions', () => {
    const found = findings((quiz) => {
      must(q(quiz, 'who').choices[1]).text = both(
        'A statement from the school board, read aloud',
        'Un comunicado de la junta escolar, leído en voz alta',
      );
      must(q(quiz, 'link').choices[0]).text = both(
        'It names the study and its author in full',
        'Nombra el estudio y a su autora con nombre completo',
      );
    });
    expect(found.filter(([code]) => code === 'key-longest')).toEqual([
      ['key-longest', null, 'en', 'warning'],
      ['key-longest', null, 'es', 'warning'],
    ]);
  });

  it('flags a quiz whose right answer is the shortest choice in more than 40 % of one-answer questions', () => {
    const found = findings((quiz) => {
      must(q(quiz, 'who').choices[1]).text = both('The school board', 'La junta escolar');
      must(q(quiz, 'next').choices[0]).text = both('Look it up', 'Búscalo');
    });
    expect(found.filter(([code]) => code === 'key-shortest').map(([, , lang]) => lang)).toEqual(['en', 'es']);
  });

  it('scores a blind reader who picks the longest, counting ties as a random pick among them', () => {
    const quiz = cleanQuiz();
    expect(blindShare(quiz.questions, 'en', 'longest')).toBe(0.25);
    const tied = structuredClone(quiz.questions.slice(0, 1));
    for (const c of must(tied[0]).choices) c.text.en = 'same';
    expect(blindShare(tied, 'en', 'longest')).toBeCloseTo(1 / 3);
    expect(BLIND_SHARE).toBe(0.4);
  });

  it('flags one item whose key is much longer than every distractor', () => {
    const found = findings((quiz) => {
      must(q(quiz, 'when').choices[2]).text.en =
        'In April, on the very day of the vote, as the minutes of the council meeting record it';
    });
    expect(found).toContainEqual(['key-much-longer', 'when', 'en', 'warning']);
  });

  it('flags "all of the above", "none of the above" and "both A and B", in either language', () => {
    const found = findings((quiz) => {
      must(q(quiz, 'who').choices[2]).text.en = 'All of the above';
      must(q(quiz, 'link').choices[2]).text.es = 'Ninguna de las anteriores';
      must(q(quiz, 'when').choices[1]).text.en = 'Both A and C';
    });
    expect(found.filter(([code]) => code === 'all-none-of-the-above')).toEqual([
      ['all-none-of-the-above', 'who', 'en', 'warning'],
      ['all-none-of-the-above', 'link', 'es', 'warning'],
      ['all-none-of-the-above', 'when', 'en', 'warning'],
    ]);
  });

  it('flags absolute words in distractors but not in the key, and not when the key has one too', () => {
    const found = findings((quiz) => {
      must(q(quiz, 'next').choices[2]).text = both(
        'Always trust what many people liked',
        'Cree siempre lo que gusta a mucha gente',
      );
    });
    expect(found).toEqual([
      ['absolute-words', 'next', 'en', 'warning'],
      ['absolute-words', 'next', 'es', 'warning'],
    ]);
    expect(
      findings((quiz) => {
        must(q(quiz, 'next').choices[2]).text = both(
          'Always trust what many people liked',
          'Cree siempre lo que gusta a mucha gente',
        );
        must(q(quiz, 'next').choices[0]).text = both(
          'Only share it after a fact-check site',
          'Compártelo solo tras verificarlo',
        );
      }),
    ).toEqual([]);
  });

  it('flags a negative stem without emphasis, and not one in capitals or inside a quotation', () => {
    expect(
      findings((quiz) => {
        q(quiz, 'who').prompt = both(
          'Which of these did not make the announcement?',
          '¿Cuál de estos no hizo el anuncio?',
        );
      }),
    ).toEqual([
      ['negative-stem', 'who', 'en', 'warning'],
      ['negative-stem', 'who', 'es', 'warning'],
    ]);
    expect(
      findings((quiz) => {
        q(quiz, 'who').prompt = both(
          'Which of these did NOT make the announcement?',
          '¿Cuál de estos NO hizo el anuncio?',
        );
      }),
    ).toEqual([]);
    expect(
      findings((quiz) => {
        q(quiz, 'who').prompt = both(
          'The page says “it is not new”. Who said so?',
          'La página dice «no es nuevo». ¿Quién lo dijo?',
        );
      }),
    ).toEqual([]);
  });

  it('refuses two choices that say the same thing, and flags one that mostly repeats another', () => {
    expect(
      findings((quiz) => {
        must(q(quiz, 'who').choices[2]).text.en = 'A statement from the School Board!';
      }),
    ).toEqual([['choices-duplicate', 'who', 'en', 'error']]);
    expect(
      findings((quiz) => {
        must(q(quiz, 'who').choices[2]).text.en = 'A statement from the school board, in writing';
      }),
    ).toContainEqual(['choices-overlap', 'who', 'en', 'warning']);
  });

  it('flags "an" before choices that start with a consonant, and a Spanish article whose gender fits some choices only', () => {
    expect(
      findings((quiz) => {
        q(quiz, 'who').prompt.en = 'The announcement came from an';
        must(q(quiz, 'who').choices[0]).text.en = 'Report from the city council';
        must(q(quiz, 'who').choices[1]).text.en = 'Official school board statement';
      }),
    ).toEqual([['grammar-cue', 'who', 'en', 'warning']]);
    expect(
      findings((quiz) => {
        q(quiz, 'who').prompt.es = 'El anuncio lo hizo una';
        q(quiz, 'who').choices = [
          choice('a', 'A report from the city council', 'Concejala del municipio'),
          choice('b', 'A statement from the school board', 'Directora de la junta escolar'),
          choice('c', 'A letter from a local teachers group', 'Maestro de la escuela local'),
        ];
      }),
    ).toEqual([['grammar-cue', 'who', 'es', 'warning']]);
  });

  it('flags a prompt that points at text the reader cannot see before answering, unless it quotes it', () => {
    expect(
      findings((quiz) => {
        q(quiz, 'link').prompt = both(
          'This line mixes a report and an opinion. Which is which?',
          'Esta frase mezcla un dato y una opinión. ¿Cuál es cuál?',
        );
      }),
    ).toEqual([
      ['unseen-reference', 'link', 'en', 'warning'],
      ['unseen-reference', 'link', 'es', 'warning'],
    ]);
    expect(
      findings((quiz) => {
        q(quiz, 'link').prompt.en = 'True or false: the photo credit shows where the picture was taken.';
      }),
    ).toEqual([['unseen-reference', 'link', 'en', 'warning']]);
    expect(
      findings((quiz) => {
        q(quiz, 'link').prompt.en = 'The page says “a report from 2019”. Who could confirm this line?';
      }),
    ).toEqual([]);
  });

  it("flags a lesson that only a wrong answer's explanation carries", () => {
    const found = findings((quiz) => {
      const x = q(quiz, 'when');
      x.sources = [{ name: 'City Gazette: the vote', url: 'https://gazette.example/vote', accessed: '2026-11-20' }];
      must(x.choices[0]).explanation.en = 'The City Gazette dated the vote to April.';
    });
    expect(found).toEqual([['lesson-in-wrong-choice', 'when', null, 'warning']]);
  });
});
