// The record every cited source must have: the research notes, or the quiz's own sources file with the day it was checked.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { formatProblem } from '../../contract/rules/problem.ts';
import { sourceRecordProblems } from '../../contract/rules/source-records.ts';
import { RESEARCH_PATH, quizSourcesFile, rawQuizFiles, readShared } from './content-files.ts';

/** The element a test relies on, or a clear failure. */
const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing test data');
  return value;
};

const trump = rawQuizFiles().find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;
const research = readShared(RESEARCH_PATH);
const record = quizSourcesFile('trump-mexico-troops');

describe('the source-records rule', () => {
  it('accepts a source that only the quiz sources file records, with its check date', () => {
    const url =
      'https://www.proceso.com.mx/nacional/2026/2/11/el-senado-autoriza-el-ingreso-mexico-de-navy-seals-de-la-marina-de-eu-368267.html';
    expect(research).not.toContain(url);
    expect(record).toContain(url);
    expect(sourceRecordProblems(trump, { research, sourcesFile: record })).toEqual([]);
  });

  it('names a source found in neither record', () => {
    const quiz = structuredClone(trump);
    must(must(quiz.questions[2]).sources?.[0]).url = 'https://example.org/not-checked';
    expect(
      sourceRecordProblems(quiz, { research, sourcesFile: record }).map((p) => formatProblem(p, 't.json')),
    ).toEqual([
      't.json › question "platform" › sources[0].url: https://example.org/not-checked is in neither the research notes nor trump-mexico-troops.sources.md.',
    ]);
  });

  it('asks the sources file to carry the day each source it adds was checked', () => {
    const stale = record.replaceAll('2026-11-29', '2026-11-01');
    const problems = sourceRecordProblems(trump, { research, sourcesFile: stale });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'source-record-undated' && p.where.field.endsWith('.accessed'))).toBe(true);
    expect(must(problems[0]).message.en).toMatch(/records .+ without the day it was checked \(2026-11-29\)\.$/);
  });
});
