// The verbatim-passage check: what it tolerates (quote styles, whitespace), what it reports, and the CLI around it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { containsPassage, normalizeForMatch, passageProblems } from '../../contract/rules/passages.ts';
import { formatProblem } from '../../contract/rules/problem.ts';
import { ARTICLE_PATH, REPO_ROOT, rawQuizFiles, readShared } from './content-files.ts';

const article = readShared(ARTICLE_PATH);
const trump = rawQuizFiles().find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;

/** The id of the question quoting a given sentence, so these tests follow the quiz across editions. */
function quoting(fragment: string): string {
  const question = trump.questions.find((q) => q.passage.text.includes(fragment));
  if (!question) throw new Error(`no question quotes "${fragment}"`);
  return question.id;
}
const denialId = quoting('firmly denied');
const rallyId = quoting('campaign rally in June 2024');

/** A copy of the real quiz with one question's passage replaced. */
function withPassage(questionId: string, text: string): QuizFile {
  const copy = structuredClone(trump);
  const question = copy.questions.find((q) => q.id === questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  question.passage = { ...question.passage, text };
  return copy;
}

describe('normalizeForMatch', () => {
  it('turns curly quotes straight and collapses whitespace', () => {
    expect(normalizeForMatch('  Mexico’s “plan”\n\n\tand  ‘this’ ')).toBe(`Mexico's "plan" and 'this'`);
  });
});

describe('containsPassage', () => {
  const source = 'Trump’s claim:\n\nhe said it had been "approved."   Then  more.';

  it('accepts straight quotes where the source has curly ones, and the reverse', () => {
    expect(containsPassage(source, "Trump's claim")).toBe(true);
    expect(containsPassage(source, 'it had been “approved.”')).toBe(true);
  });

  it('accepts any whitespace between the same words, line breaks included', () => {
    expect(containsPassage(source, 'claim: he said it had been "approved." Then more.')).toBe(true);
  });

  it('rejects a passage with one word changed', () => {
    expect(containsPassage(source, 'he said it had been "agreed."')).toBe(false);
  });

  it('rejects a passage that starts or ends inside a word', () => {
    expect(containsPassage(source, 'rump’s claim')).toBe(false);
    expect(containsPassage(source, 'he sai')).toBe(false);
  });

  it('rejects an empty passage', () => {
    expect(containsPassage(source, '  ')).toBe(false);
  });
});

describe('the passage rule', () => {
  it('finds every passage of the real quiz in the real article', () => {
    expect(passageProblems(trump, article)).toEqual([]);
  });

  it('reports a passage with an altered word, naming the question and quoting the passage', () => {
    const altered =
      'However, President Sheinbaum has strongly denied this assertion, stating that no such agreement was ever made.';
    const missing = passageProblems(withPassage(denialId, altered), article);
    expect(missing.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['passage-not-verbatim', 'error', { question: denialId, field: 'passage.text' }],
    ]);
    expect(formatProblem(missing[0]!, 'trump-mexico-troops.json')).toBe(
      `trump-mexico-troops.json › question "${denialId}" › passage.text: This passage is not in the article word for word: quote it again from the article ("${altered}").`,
    );
  });

  it('asks for the article when none was given', () => {
    expect(passageProblems(trump, null).map((p) => p.code)).toEqual(['article-missing']);
  });

  it('tolerates a passage retyped with other quote characters and line breaks', () => {
    const retyped =
      'Donald Trump stated at a campaign rally in June 2024\nthat a plan to allow U.S. troops to enter Mexico and confront drug cartels had been “approved.”';
    expect(passageProblems(withPassage(rallyId, retyped), article)).toEqual([]);
  });
});

describe('npm run questions:check', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/check-questions.ts', ...args], { cwd: REPO_ROOT.pathname, encoding: 'utf8' });

  it('passes against the source article', () => {
    const result = run(ARTICLE_PATH);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/every passage found/);
  });

  it('exits 1 and names file, question and passage when the article lacks a quoted sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-passages-'));
    const edited = join(dir, 'article.txt');
    writeFileSync(edited, article.replace('firmly denied', 'strongly denied'));
    const result = run(edited);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `trump-mexico-troops.json › question "${denialId}" › passage.text: This passage is not in the article word for word`,
    );
    expect(result.stderr).toContain('"However, President Sheinbaum has firmly denied this assertion');
  });

  it('exits 2 with a usage line when no article is given', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run questions:check -- /);
  });
});
