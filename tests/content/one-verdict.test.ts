// One verdict per file: the build, questions:check and the editor (the call the Worker's Publish makes too) report the same problems.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, isError } from '../../contract/rules/problem.ts';
import { draftProblems } from '../../contract/rules/quiz-problems.ts';
import { buildQuestions } from '../../scripts/build-questions.ts';
import { REPO_ROOT } from './content-files.ts';

const FIXTURES = new URL('../fixtures/quizzes/', import.meta.url).pathname;
const FILE = 'flawed-quiz.json';
const today = new Date().toISOString().slice(0, 10);

/** A questions/ folder holding the flawed quiz and its article, as quiz:draft leaves them. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lateral-verdict-'));
  for (const name of [FILE, 'flawed-quiz.article.txt']) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

function editorSees() {
  const quiz = JSON.parse(readFileSync(join(FIXTURES, FILE), 'utf8')) as unknown;
  const text = readFileSync(join(FIXTURES, 'flawed-quiz.article.txt'), 'utf8');
  return draftProblems({ quiz, article: { text } }, today);
}

describe('the same file, everywhere it is checked', () => {
  const seen = editorSees();
  const errors = seen.filter(isError).map((p) => formatProblem(p, FILE));
  const warnings = seen.filter((p) => !isError(p)).map((p) => formatProblem(p, FILE));

  it('is a file with errors and warnings of several kinds (so agreeing means something)', () => {
    expect(new Set(seen.filter(isError).map((p) => p.code))).toEqual(
      new Set(['choices-duplicate', 'passage-not-verbatim']),
    );
    expect(seen.filter((p) => !isError(p)).map((p) => p.code)).toEqual(
      expect.arrayContaining(['key-longest', 'key-much-longer', 'unseen-reference', 'absolute-words', 'few-credits']),
    );
  });

  it('gets the same errors from the build as the editor shows', () => {
    const dir = folder();
    let message = '';
    try {
      buildQuestions({ questionsDir: dir, outDir: join(dir, 'generated'), today, log: () => {} });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n').slice(1)).toEqual(errors);
  });

  it('gets the same errors and warnings from questions:check as the editor shows', () => {
    const result = spawnSync(process.execPath, ['scripts/check-questions.ts', `--questions=${folder()}`], {
      cwd: REPO_ROOT.pathname,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').slice(0, -1)).toEqual(errors);
    expect(result.stdout.trim().split('\n')).toEqual(warnings);
  });

  it('counts the same warnings in the build once the errors are fixed', () => {
    const fixed = JSON.parse(readFileSync(join(FIXTURES, FILE), 'utf8'));
    fixed.questions[2].choices[2].text.en = 'It does not say';
    fixed.questions[2].passage.text = 'Two million pounds would come from the regional transport fund.';
    const text = readFileSync(join(FIXTURES, 'flawed-quiz.article.txt'), 'utf8');
    const expected = draftProblems({ quiz: fixed, article: { text } }, today);
    expect(expected.filter(isError)).toEqual([]);
    const dir = folder();
    writeFileSync(join(dir, FILE), JSON.stringify(fixed));
    const lines: string[] = [];
    expect(
      buildQuestions({ questionsDir: dir, outDir: join(dir, 'generated'), today, log: (l) => lines.push(l) }),
    ).toBe(1);
    expect(lines).toContain(`[build] ${FILE}: ${expected.length} warning(s): npm run questions:check lists them`);
  });
});
