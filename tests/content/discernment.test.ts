// Balance rules over every quiz file: each question's stance, enough "holds up" answers, and full skill coverage where a quiz promises it.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { MIN_CREDITS, balanceProblems } from '../../contract/rules/balance.ts';
import { formatProblem } from '../../contract/rules/problem.ts';
import { SKILLS } from '../../contract/skills.ts';
import { rawQuizFiles } from './content-files.ts';

/** The element a test relies on, or a clear failure. */
const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing test data');
  return value;
};

const files = rawQuizFiles();
const trump = files.find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;
const lines = (quiz: QuizFile) => balanceProblems(quiz).map((p) => formatProblem(p, 't.json'));

describe.each(files)('$file', ({ file, data }) => {
  it(`declares a stance on every question, credits the article at least ${MIN_CREDITS} times across several skills, doubts it too, and practises every skill it promises`, () => {
    expect(balanceProblems(data as QuizFile).map((p) => formatProblem(p, file))).toEqual([]);
  });
});

describe('the stance rules', () => {
  const copy = () => structuredClone(trump);

  it('names a question that declares no stance', () => {
    const quiz = copy();
    delete must(quiz.questions[1]).stance;
    expect(lines(quiz)).toEqual([
      't.json › question "author" › stance: Say whether the right answer credits the article, doubts it or passes no verdict (credits, doubts, neutral).',
    ]);
  });

  it(`refuses a quiz with fewer than ${MIN_CREDITS} questions that credit the article`, () => {
    const quiz = copy();
    const credit = must(quiz.questions.find((q) => q.stance === 'credits'));
    credit.stance = 'doubts';
    const problems = balanceProblems(quiz);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'few-credits', severity: 'error' });
    expect(must(problems[0]).message.en).toMatch(/^3 question\(s\) credit the article/);
  });

  it('refuses credits that all practise one or two skills, like the first edition (two minor dates)', () => {
    const quiz = copy();
    for (const q of quiz.questions) if (q.stance === 'credits') q.skill = 'date-context';
    expect(balanceProblems(quiz).map((p) => p.message.en)).toContainEqual(
      'The questions that credit the article practise 1 skill(s) (date-context); at least 3 are needed so "holds up" is not confined to one kind of fact.',
    );
  });

  it('refuses a quiz where nothing is doubted', () => {
    const quiz = copy();
    for (const q of quiz.questions) if (q.stance === 'doubts') q.stance = 'neutral';
    expect(balanceProblems(quiz).map((p) => p.message.en)).toEqual([
      'No question doubts the article (stance "doubts").',
    ]);
  });

  it('gives a quiz that does not promise every skill the same findings as warnings: a teacher can still publish', () => {
    const quiz = copy();
    quiz.coversAllSkills = false;
    for (const q of quiz.questions) if (q.stance === 'doubts') q.stance = 'neutral';
    expect(balanceProblems(quiz).map((p) => [p.code, p.severity])).toEqual([['no-doubts', 'warning']]);
  });
});

describe('the skill-coverage rule', () => {
  it('lists the skills a quiz that declares coversAllSkills leaves out', () => {
    const quiz = structuredClone(trump);
    quiz.questions = quiz.questions.filter((q) => q.skill !== 'manipulation-technique' && q.skill !== 'stats-polls');
    expect(lines(quiz)).toContain(
      't.json › coversAllSkills: Declared, but no question practises: stats-polls, manipulation-technique.',
    );
  });

  it('leaves a quiz that does not declare it to practise the skills its article allows', () => {
    const quiz = structuredClone(trump);
    quiz.coversAllSkills = false;
    quiz.questions = quiz.questions.slice(0, 3);
    expect(balanceProblems(quiz).filter((p) => p.code === 'skills-uncovered')).toEqual([]);
  });

  it("holds the first article's quiz to all of them", () => {
    expect(trump.coversAllSkills).toBe(true);
    expect(new Set(trump.questions.map((q) => q.skill))).toEqual(new Set(SKILLS));
  });
});
