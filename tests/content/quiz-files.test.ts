// Data-driven checks over every quiz file in questions/: format, both languages, answers, skills, passages and sources.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { formatProblem, isError } from '../../contract/rules/problem.ts';
import { SKILLS, SKILL_LABELS } from '../../contract/skills.ts';
import { loadQuizFiles } from '../../scripts/load-quiz-files.ts';
import { ARTICLE_PATH, rawQuizFiles } from './content-files.ts';

const files = rawQuizFiles();
// The build's and questions:check's own loader: the quiz rules with the article, the research notes and each sources file.
const { found } = loadQuizFiles(undefined, { articlePath: ARTICLE_PATH });

it('finds quiz files in questions/', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('$file', ({ file, data }) => {
  const quiz = data as QuizFile;

  it('has no error under the quiz rules: structure, passages, dated facts, sources on record, balance and house style', () => {
    const errors = found.filter((f) => f.file === file && isError(f.problem));
    expect(errors.map((f) => formatProblem(f.problem, f.file))).toEqual([]);
  });

  it('tags every question with a skill from the taxonomy that has a label in each of its languages', () => {
    for (const q of quiz.questions) {
      expect(SKILLS).toContain(q.skill);
      for (const lang of quiz.languages) expect(SKILL_LABELS[q.skill][lang]).toBeTruthy();
    }
  });
});

describe('trump-mexico-troops', () => {
  const quiz = files.find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;

  it('has 12 to 16 questions with public results', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(12);
    expect(quiz.questions.length).toBeLessThanOrEqual(16);
    expect(quiz.results).toBe('public');
  });

  it('uses every question type, with at least two multiple-answer questions', () => {
    const count = (type: string) => quiz.questions.filter((q) => q.type === type).length;
    expect(count('single')).toBeGreaterThanOrEqual(1);
    expect(count('true-false')).toBeGreaterThanOrEqual(1);
    expect(count('multiple')).toBeGreaterThanOrEqual(2);
  });

  it('practises at least 8 distinct skills', () => {
    expect(new Set(quiz.questions.map((q) => q.skill)).size).toBeGreaterThanOrEqual(8);
  });

  it('starts with what the article says and ends with what the reader does next', () => {
    expect(quiz.questions[0]?.skill).toBe('comprehension');
    expect(quiz.questions.at(-1)?.skill).toBe('lateral-reading');
  });
});
