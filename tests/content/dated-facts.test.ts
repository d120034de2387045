// Dated-facts rules over every quiz file: checkedAt, reviewBy, every citation's accessed date, and no source older than the current fact it supports.

import { describe, expect, it } from 'vitest';
import type { Citation, QuizFile } from '../../contract/quiz.ts';
import { datedFactProblems } from '../../contract/rules/dated-facts.ts';
import { formatProblem, isError } from '../../contract/rules/problem.ts';
import { structureProblems } from '../../contract/rules/structure.ts';
import { rawQuizFiles } from './content-files.ts';

const files = rawQuizFiles();
const trump = files.find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;
const today = new Date().toISOString().slice(0, 10);

describe.each(files)('$file', ({ file, data }) => {
  it('says when its facts were checked, when each source was read, and cites no source older than a current fact it supports', () => {
    const errors = datedFactProblems(data as QuizFile, today).filter(isError);
    expect(errors.map((p) => formatProblem(p, file))).toEqual([]);
  });
});

describe('the dated-facts rules', () => {
  const copy = () => structuredClone(trump);
  const question = (quiz: QuizFile, id: string) => quiz.questions.find((q) => q.id === id)!;
  const messages = (quiz: QuizFile) =>
    datedFactProblems(quiz, today)
      .filter(isError)
      .map((p) => formatProblem(p, 't.json'));
  const validateQuizFile = (file: string, quiz: unknown) => structureProblems(quiz, file);
  const lines = (file: string, quiz: unknown) => validateQuizFile(file, quiz).map((p) => formatProblem(p, file));

  // The format (checkedAt present, accessed on every citation) is the validator's: the build refuses without it.
  it('asks for checkedAt', () => {
    const quiz = copy() as Partial<QuizFile>;
    delete quiz.checkedAt;
    expect(lines('trump-mexico-troops.json', quiz)).toEqual([
      'trump-mexico-troops.json › checkedAt: Enter the day you last checked the outside facts (YYYY-MM-DD).',
    ]);
  });

  it('names a citation with no accessed date', () => {
    const quiz = copy();
    delete (question(quiz, 'polls').sources![0] as Partial<Citation>).accessed;
    expect(lines('trump-mexico-troops.json', quiz)).toEqual([
      'trump-mexico-troops.json › question "polls" › sources[0].accessed: Enter the day you last read source 1 (YYYY-MM-DD).',
    ]);
  });

  it('refuses a source read after the quiz was checked, or published after it was read', () => {
    const quiz = copy();
    const [first, second] = question(quiz, 'polls').sources!;
    first!.accessed = '2099-01-01';
    second!.date = '2099-01';
    expect(messages(quiz)).toEqual([
      `t.json › question "polls" › sources[0].accessed: Source 1 was read after the quiz's checkedAt (${quiz.checkedAt}).`,
      `t.json › question "polls" › sources[1].date: Source 2 is dated after the day it was read (${second!.accessed}).`,
    ]);
  });

  it('refuses a 2002 newspaper as the source for what the constitution says now (the first edition did this)', () => {
    const quiz = copy();
    const q = question(quiz, 'senate-consent');
    q.sources![0] = {
      name: 'La Jornada: text of Article 76',
      date: '2002-10-06',
      url: 'https://aniversario.jornada.com.mx/2002/10/06/013n2pol.php?printver=1',
      current: true,
      accessed: '2026-11-29',
    };
    expect(messages(quiz)).toEqual([
      `t.json › question "senate-consent" › sources[0].date: 2002-10-06 is older than the fact it supports (asOf ${q.asOf}): a current claim needs a source from on or after that day.`,
    ]);
  });

  it('reads a source known only by its month as the first day of that month', () => {
    const quiz = copy();
    const q = question(quiz, 'senate-consent');
    q.asOf = '2025-12-10';
    q.sources![0]!.date = '2025-12';
    expect(messages(quiz)).toContain(
      't.json › question "senate-consent" › sources[0].date: 2025-12 is older than the fact it supports (asOf 2025-12-10): a current claim needs a source from on or after that day.',
    );
  });

  it('counts a living page with no date of its own from the day it was read', () => {
    const quiz = copy();
    const source = question(quiz, 'senate-consent').sources![0]!;
    delete source.date;
    expect(messages(quiz)).toEqual([]);
    source.accessed = '2025-01-01';
    expect(messages(quiz)[0]).toMatch(/sources\[0\]\.date: 2025-01-01 is older than the fact it supports/);
  });

  it('asks a question that declares asOf to mark the sources of its current claim', () => {
    const quiz = copy();
    const q = question(quiz, 'senate-consent');
    for (const s of q.sources!) delete s.current;
    expect(messages(quiz)).toEqual([
      't.json › question "senate-consent" › asOf: Declares a current claim, but no source is marked "current": true to support it.',
    ]);
  });

  it('asks a quiz that states current facts for a reviewBy date within a year', () => {
    const quiz = copy();
    delete quiz.reviewBy;
    expect(messages(quiz)).toEqual([
      't.json › reviewBy: A review date is needed: the quiz states current facts, which go stale.',
    ]);
    quiz.reviewBy = '2028-01-01';
    expect(messages(quiz)).toEqual([
      't.json › reviewBy: The review date is more than 366 days after checkedAt, too late for current facts.',
    ]);
  });

  it('refuses facts checked after today, and warns, without failing, once the review date has passed', () => {
    const quiz = copy();
    quiz.checkedAt = '2999-01-01';
    expect(datedFactProblems(quiz, today).map((p) => [p.code, p.severity])).toContainEqual([
      'checked-in-future',
      'error',
    ]);
    const due = copy();
    due.reviewBy = '2000-01-01';
    expect(
      datedFactProblems(due, today)
        .filter((p) => p.code === 'review-due')
        .map((p) => p.severity),
    ).toEqual(['warning']);
  });
});
