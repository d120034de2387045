// Balance rules over every quiz file: each question's stance, enough "holds up" answers, and full skill coverage where a quiz promises it.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { SKILLS } from '../../contract/skills.ts';
import { formatProblem } from '../../contract/validate-quiz.ts';
import { MIN_CREDITS, checkSkillCoverage, checkStances } from '../../scripts/discernment-check.ts';
import { rawQuizFiles } from './content-files.ts';

const files = rawQuizFiles();
const trump = files.find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;

describe.each(files)('$file', ({ file, data }) => {
  const quiz = data as QuizFile;

  it(`declares a stance on every question, credits the article at least ${MIN_CREDITS} times across several skills, and doubts it too`, () => {
    expect(checkStances(file, quiz).map(formatProblem)).toEqual([]);
  });

  it('practises every skill in the taxonomy when it declares coversAllSkills', () => {
    expect(checkSkillCoverage(file, quiz).map(formatProblem)).toEqual([]);
  });
});

describe('the stance rules', () => {
  const copy = () => structuredClone(trump);

  it('names a question that declares no stance', () => {
    const quiz = copy();
    delete quiz.questions[1]!.stance;
    expect(checkStances('t.json', quiz).map(formatProblem)).toEqual([
      't.json › question "author" › stance: must be one of: credits, doubts, neutral',
    ]);
  });

  it(`refuses a quiz with fewer than ${MIN_CREDITS} questions that credit the article`, () => {
    const quiz = copy();
    const credit = quiz.questions.find((q) => q.stance === 'credits')!;
    credit.stance = 'doubts';
    const problems = checkStances('t.json', quiz);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^3 question\(s\) credit the article/);
  });

  it('refuses credits that all practise one or two skills, like the first edition (two minor dates)', () => {
    const quiz = copy();
    for (const q of quiz.questions) if (q.stance === 'credits') q.skill = 'date-context';
    expect(checkStances('t.json', quiz).map((p) => p.message)).toEqual([
      'the questions that credit the article practise 1 skill(s) (date-context); at least 3 are needed so "holds up" is not confined to one kind of fact',
    ]);
  });

  it('refuses a quiz where nothing is doubted', () => {
    const quiz = copy();
    for (const q of quiz.questions) if (q.stance === 'doubts') q.stance = 'neutral';
    expect(checkStances('t.json', quiz).map((p) => p.message)).toEqual([
      'no question doubts the article (stance "doubts")',
    ]);
  });
});

describe('the skill-coverage rule', () => {
  it('lists the skills a quiz that declares coversAllSkills leaves out', () => {
    const quiz = structuredClone(trump);
    quiz.questions = quiz.questions.filter((q) => q.skill !== 'manipulation-technique' && q.skill !== 'stats-polls');
    expect(checkSkillCoverage('t.json', quiz).map(formatProblem)).toEqual([
      't.json › coversAllSkills: declared, but no question practises: stats-polls, manipulation-technique',
    ]);
  });

  it('leaves a quiz that does not declare it to practise the skills its article allows', () => {
    const quiz = structuredClone(trump);
    quiz.coversAllSkills = false;
    quiz.questions = quiz.questions.slice(0, 3);
    expect(checkSkillCoverage('t.json', quiz)).toEqual([]);
  });

  it("holds the first article's quiz to all of them", () => {
    expect(trump.coversAllSkills).toBe(true);
    expect(new Set(trump.questions.map((q) => q.skill))).toEqual(new Set(SKILLS));
  });
});
