// quiz:draft end to end: a complete draft is written, the rules refuse each question until it is ticked, the build too.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { buildQuestions } from '../../scripts/build-questions.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/quiz-draft.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

function draftInto(article: string, id: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lateral-draft-'));
  const result = run(article, '--id', id, '--out', dir);
  return { dir, result, path: join(dir, `${id}.json`) };
}

describe('npm run quiz:draft', () => {
  it('writes a complete draft with the article beside it and lists what is left: the review ticks and checkedAt', () => {
    const { dir, result, path } = draftInto('tests/fixtures/articles/wire-report.txt', 'strike-talks');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const quiz = JSON.parse(readFileSync(path, 'utf8')) as QuizFile;
    expect(readFileSync(join(dir, 'strike-talks.article.txt'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'tests/fixtures/articles/wire-report.txt'), 'utf8'),
    );
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.every((q) => q.prompt.en && q.prompt.es && q.correct.length === 1 && q.needsReview)).toBe(
      true,
    );
    expect(result.stdout).toMatch(/complete question\(s\) in English and Spanish/);
    expect(result.stdout).toMatch(/\(quiz\): checkedAt\n/);
    expect(result.stdout).toContain(`${quiz.questions[0]!.id}: needsReview`);
  });

  it("refuses bad input with the reading map's message", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-draft-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = run(join(dir, 'empty.txt'), '--id', 'x', '--out', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\[quiz:draft\] .*The article is empty/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});

describe('the build and a drafted quiz', () => {
  it('refuses a question still marked "needs review", naming it', () => {
    const { dir, path } = draftInto('tests/fixtures/articles/wire-report.txt', 'strike-talks');
    const quiz = JSON.parse(readFileSync(path, 'utf8')) as QuizFile;
    const ticked = quiz.questions.map(({ needsReview: _, ...q }, i) => (i === 2 ? quiz.questions[i]! : q));
    writeFileSync(path, JSON.stringify({ ...quiz, checkedAt: '2026-12-07', questions: ticked }));
    const build = () => buildQuestions({ questionsDir: dir, outDir: join(dir, 'generated'), log: () => {} });
    expect(build).toThrow(new RegExp(`question "${quiz.questions[2]!.id}" › needsReview`));
    expect(build).toThrow(/1 problem\(s\)/);
  });

  it('builds it once every question is ticked and checkedAt is set', () => {
    const { dir, path } = draftInto('tests/fixtures/articles/wire-report.txt', 'strike-talks');
    const quiz = JSON.parse(readFileSync(path, 'utf8')) as QuizFile;
    const questions = quiz.questions.map(({ needsReview: _, ...q }) => q);
    writeFileSync(path, JSON.stringify({ ...quiz, checkedAt: '2026-12-07', questions }));
    expect(buildQuestions({ questionsDir: dir, outDir: join(dir, 'generated'), log: () => {} })).toBe(1);
  });
});
