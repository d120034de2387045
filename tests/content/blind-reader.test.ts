// A reader who never reads the article must score at chance: blind strategies over every quiz file, in every language it declares.

import { describe, expect, it } from 'vitest';
import type { Lang, QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { BLIND_SHARE, blindShare as lengthShare } from '../../contract/rules/item-lengths.ts';
import { rawQuizFiles } from './content-files.ts';

type Strategy = 'longest' | 'shortest' | 'first';
const STRATEGIES: Strategy[] = ['longest', 'shortest', 'first'];

/** Questions with exactly one right choice, where a single pick is the whole answer. */
const oneAnswer = (quiz: QuizFile) => quiz.questions.filter((q) => q.type !== 'multiple');

/**
 * The share of one-answer questions a strategy gets right, in one language. Length strategies are the
 * quiz rules' own measure (ties count as the chance of breaking them the right way); the rules leave
 * out "pick the first", which still matters in the file order the API and unshuffled readers see.
 */
function blindShare(quiz: QuizFile, lang: Lang, strategy: Strategy): number {
  const questions = oneAnswer(quiz);
  if (strategy !== 'first') return lengthShare(questions, lang, strategy);
  if (questions.length === 0) return 0;
  return questions.filter((q) => q.correct.includes(q.choices[0]?.id ?? '')).length / questions.length;
}

/**
 * On "choose all that apply", the blind move is to tick as many choices as seem right from the top,
 * or the longest ones. Counts the multiple-answer questions whose right set is exactly that.
 */
function blindMultipleShare(quiz: QuizFile, lang: Lang, strategy: Exclude<Strategy, 'shortest'>): number {
  const questions = quiz.questions.filter((q) => q.type === 'multiple');
  if (questions.length === 0) return 0;
  const hits = questions.filter((q) => {
    const order =
      strategy === 'first' ? q.choices : [...q.choices].sort((a, b) => b.text[lang].length - a.text[lang].length);
    const ticked = new Set(order.slice(0, q.correct.length).map((c) => c.id));
    return q.correct.every((id) => ticked.has(id));
  });
  return hits.length / questions.length;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

describe.each(rawQuizFiles())('$file, answered without reading', ({ data }) => {
  const quiz = data as QuizFile;

  it.each(quiz.languages.flatMap((lang) => STRATEGIES.map((strategy) => ({ lang, strategy }))))(
    'in $lang, picking the $strategy choice is right in at most 40 % of one-answer questions',
    ({ lang, strategy }) => {
      const share = blindShare(quiz, lang, strategy);
      expect(share, `"pick the ${strategy}" scores ${percent(share)} in ${lang}`).toBeLessThanOrEqual(BLIND_SHARE);
    },
  );

  it.each(quiz.languages)(
    'in %s, ticking the first or the longest choices gets at most 40 % of choose-all questions right',
    (lang) => {
      for (const strategy of ['first', 'longest'] as const) {
        const share = blindMultipleShare(quiz, lang, strategy);
        expect(share, `ticking the ${strategy} scores ${percent(share)} in ${lang}`).toBeLessThanOrEqual(BLIND_SHARE);
      }
    },
  );
});

describe('the blind strategies', () => {
  const both = (en: string, es: string) => ({ en, es });
  const choice = (id: string, en: string, es = en) => ({
    id,
    text: both(en, es),
    explanation: both('Why.', 'Por qué.'),
  });
  const question = (id: string, correct: string, ...texts: [string, string][]): QuestionFile => ({
    id,
    type: 'single',
    skill: 'comprehension',
    prompt: both('What?', '¿Qué?'),
    choices: texts.map(([cid, text]) => choice(cid, text)),
    correct: [correct],
    explanation: both('Because.', 'Porque.'),
    passage: { text: 'It says.' },
  });
  const quiz = (questions: QuestionFile[]): QuizFile => ({
    id: 'blind',
    title: both('Blind', 'A ciegas'),
    intro: both('Intro.', 'Intro.'),
    source: { title: 'An article', author: 'Someone', publisher: 'Somewhere' },
    languages: ['en', 'es'],
    results: 'public',
    checkedAt: '2026-12-07',
    questions,
  });

  it('catches the second edition’s pattern: the key is the first and the longest choice', () => {
    const gamed = quiz([
      question('q1', 'a', ['a', 'The long and careful right answer'], ['b', 'No'], ['c', 'Nope']),
      question('q2', 'a', ['a', 'Another long and careful right answer'], ['b', 'Wrong'], ['c', 'Not it']),
      question('q3', 'b', ['a', 'Short'], ['b', 'A long right answer, placed second'], ['c', 'Tiny']),
    ]);
    expect(blindShare(gamed, 'en', 'longest')).toBe(1);
    expect(blindShare(gamed, 'en', 'first')).toBeCloseTo(2 / 3);
    expect(blindShare(gamed, 'en', 'shortest')).toBe(0);
  });

  it('counts a tie as the chance a blind reader has of breaking it the right way', () => {
    const tied = quiz([question('q1', 'b', ['a', 'Same'], ['b', 'Size'], ['c', 'Longer one'])]);
    expect(blindShare(tied, 'en', 'shortest')).toBe(0.5);
    expect(blindShare(tied, 'en', 'longest')).toBe(0);
  });

  it('measures each language on its own texts', () => {
    const q = question('q1', 'a');
    q.choices = [choice('a', 'x', 'una respuesta larga'), choice('b', 'yy')];
    const one = quiz([q]);
    expect(blindShare(one, 'en', 'shortest')).toBe(1);
    expect(blindShare(one, 'es', 'longest')).toBe(1);
  });

  it('leaves choose-all questions out of the one-answer share, and scores them by the set ticked', () => {
    const multiple: QuestionFile = {
      ...question('m1', 'a', ['a', 'Right and long'], ['b', 'Right, longer still'], ['c', 'No']),
      type: 'multiple',
      correct: ['a', 'b'],
    };
    const one = quiz([multiple, question('q1', 'b', ['a', 'Wrong answer'], ['b', 'Right'])]);
    expect(blindShare(one, 'en', 'first')).toBe(0);
    expect(blindMultipleShare(one, 'en', 'first')).toBe(1);
    expect(blindMultipleShare(one, 'en', 'longest')).toBe(1);
  });
});
