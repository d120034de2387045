// The record every cited source must have: the research notes, or the quiz's own sources file with the day it was checked.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { formatProblem } from '../../contract/validate-quiz.ts';
import { checkSourceRecords } from '../../scripts/source-records.ts';
import { RESEARCH_PATH, quizSourcesFile, rawQuizFiles, readShared } from './content-files.ts';

const trump = rawQuizFiles().find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;
const research = readShared(RESEARCH_PATH);
const record = quizSourcesFile('trump-mexico-troops');

describe('checkSourceRecords', () => {
  it('accepts a source that only the quiz sources file records, with its check date', () => {
    const url =
      'https://www.proceso.com.mx/nacional/2026/2/11/el-senado-autoriza-el-ingreso-mexico-de-navy-seals-de-la-marina-de-eu-368267.html';
    expect(research).not.toContain(url);
    expect(record).toContain(url);
    expect(checkSourceRecords('t.json', trump, research, record)).toEqual([]);
  });

  it('names a source found in neither record', () => {
    const quiz = structuredClone(trump);
    quiz.questions[2]!.sources![0]!.url = 'https://example.org/not-checked';
    expect(checkSourceRecords('t.json', quiz, research, record).map(formatProblem)).toEqual([
      't.json › question "platform" › sources[0].url: https://example.org/not-checked is in neither the research notes nor trump-mexico-troops.sources.md',
    ]);
  });

  it('asks the sources file to carry the day each source it adds was checked', () => {
    const stale = record.replaceAll('2026-11-29', '2026-11-01');
    const problems = checkSourceRecords('t.json', trump, research, stale);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.field.endsWith('.accessed'))).toBe(true);
    expect(formatProblem(problems[0]!)).toMatch(/records .+ without the day it was checked \(2026-11-29\)$/);
  });
});
