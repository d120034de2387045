// Dated-facts rules over every quiz file: checkedAt, reviewBy, every citation's accessed date, and no source older than the current fact it supports.

import { describe, expect, it } from 'vitest';
import type { Citation, QuizFile } from '../../contract/quiz.ts';
import { formatProblem, validateQuizFile } from '../../contract/validate-quiz.ts';
import { checkDatedFacts } from '../../scripts/dated-facts-check.ts';
import { rawQuizFiles } from './content-files.ts';

const files = rawQuizFiles();
const trump = files.find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;
const today = new Date().toISOString().slice(0, 10);

describe.each(files)('$file', ({ file, data }) => {
  it('says when its facts were checked, when each source was read, and cites no source older than a current fact it supports', () => {
    expect(checkDatedFacts(file, data as QuizFile, today).map(formatProblem)).toEqual([]);
  });
});

describe('the dated-facts rules', () => {
  const copy = () => structuredClone(trump);
  const question = (quiz: QuizFile, id: string) => quiz.questions.find((q) => q.id === id)!;
  const messages = (quiz: QuizFile) => checkDatedFacts('t.json', quiz, today).map(formatProblem);

  // The format (checkedAt present, accessed on every citation) is the validator's: the build refuses without it.
  it('asks for checkedAt', () => {
    const quiz = copy() as Partial<QuizFile>;
    delete quiz.checkedAt;
    expect(validateQuizFile('trump-mexico-troops.json', quiz).map(formatProblem)).toEqual([
      'trump-mexico-troops.json › checkedAt: must be the date the facts were last verified, as YYYY-MM-DD',
    ]);
  });

  it('names a citation with no accessed date', () => {
    const quiz = copy();
    delete (question(quiz, 'polls').sources![0] as Partial<Citation>).accessed;
    expect(validateQuizFile('trump-mexico-troops.json', quiz).map(formatProblem)).toEqual([
      'trump-mexico-troops.json › question "polls" › sources[0].accessed: must be the date the page was checked, as YYYY-MM-DD',
    ]);
  });

  it('refuses a source read after the quiz was checked, or published after it was read', () => {
    const quiz = copy();
    const [first, second] = question(quiz, 'polls').sources!;
    first!.accessed = '2099-01-01';
    second!.date = '2099-01';
    expect(messages(quiz)).toEqual([
      `t.json › question "polls" › sources[0].accessed: is after the quiz's checkedAt (${quiz.checkedAt})`,
      `t.json › question "polls" › sources[1].date: is after the day it was read (${second!.accessed})`,
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
      `t.json › question "senate-consent" › sources[0].date: 2002-10-06 is older than the fact it supports (asOf ${q.asOf}): a current claim needs a source from on or after that day`,
    ]);
  });

  it('reads a source known only by its month as the first day of that month', () => {
    const quiz = copy();
    const q = question(quiz, 'senate-consent');
    q.asOf = '2025-12-10';
    q.sources![0]!.date = '2025-12';
    expect(messages(quiz)).toContain(
      't.json › question "senate-consent" › sources[0].date: 2025-12 is older than the fact it supports (asOf 2025-12-10): a current claim needs a source from on or after that day',
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
      't.json › question "senate-consent" › asOf: declares a current claim, but no source is marked "current": true to support it',
    ]);
  });

  it('asks a quiz that states current facts for a reviewBy date within a year', () => {
    const quiz = copy();
    delete quiz.reviewBy;
    expect(messages(quiz)).toEqual(['t.json › reviewBy: is needed: the quiz states current facts, which go stale']);
    quiz.reviewBy = '2028-01-01';
    expect(messages(quiz)).toEqual([
      't.json › reviewBy: is more than 366 days after checkedAt, too late for current facts',
    ]);
  });
});
