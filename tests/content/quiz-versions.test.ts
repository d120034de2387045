// The build's version registry, on a synthetic quiz: versions are recorded once, kept forever, and built the same everywhere.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuestionFile, QuizFile } from '../../contract/quiz.ts';
import { type QuizVersion, type VersionRegistry, gradedQuestion, versionOf } from '../../contract/quiz-version.ts';
import { formatProblem } from '../../contract/rules/problem.ts';
import { structureProblems } from '../../contract/rules/structure.ts';
import { buildQuestions } from '../../scripts/build-questions.ts';
import { QUESTIONS_DIR } from '../../scripts/load-quiz-files.ts';
import { ARTICLE_PATH, REPO_ROOT, rawQuizFiles } from './content-files.ts';

const both = (en: string, es: string) => ({ en, es });

function question(id: string, correct = 'a'): QuestionFile {
  return {
    id,
    type: 'single',
    skill: 'comprehension',
    prompt: both(`What about ${id}?`, `¿Qué hay de ${id}?`),
    choices: [
      { id: 'a', text: both('This', 'Esto'), explanation: both('Because.', 'Porque.') },
      { id: 'b', text: both('That', 'Aquello'), explanation: both('Because.', 'Porque.') },
    ],
    correct: [correct],
    explanation: both('Because.', 'Porque.'),
    passage: { text: 'It says this.', translation: { es: 'Dice esto.' } },
  };
}

function synthetic(questions: QuestionFile[]): QuizFile {
  return {
    id: 'synthetic',
    title: both('Synthetic', 'Sintético'),
    intro: both('A quiz for the build test.', 'Un cuestionario para la prueba.'),
    source: { title: 'An article', author: 'Someone', publisher: 'Somewhere' },
    languages: ['en', 'es'],
    results: 'public',
    checkedAt: '2026-11-24',
    questions,
  };
}

/** A checkout of its own: questions/ with one quiz file, and the build's output folder. */
function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'lateral-versions-'));
  const questionsDir = join(root, 'questions');
  const outDir = join(root, 'generated');
  mkdirSync(questionsDir);
  const lines: string[] = [];
  return {
    write: (quiz: QuizFile) => {
      writeFileSync(join(questionsDir, `${quiz.id}.json`), JSON.stringify(quiz, null, 2));
      // The article its passages quote, beside it as quiz:draft leaves it: the build checks passages too.
      writeFileSync(join(questionsDir, `${quiz.id}.article.txt`), 'It says this.');
    },
    build: (today: string) => buildQuestions({ questionsDir, outDir, today, log: (line) => lines.push(line) }),
    registryText: () => readFileSync(join(questionsDir, 'versions', 'synthetic.json'), 'utf8'),
    registry: () =>
      JSON.parse(readFileSync(join(questionsDir, 'versions', 'synthetic.json'), 'utf8')) as VersionRegistry,
    bundled: () =>
      JSON.parse(readFileSync(join(outDir, 'quiz-versions.json'), 'utf8')) as Record<string, QuizVersion[]>,
    lines,
  };
}

describe('the version registry the build keeps', () => {
  it('records a first version, and a fresh build of the same files changes nothing', () => {
    const c = checkout();
    c.write(synthetic([question('q1'), question('q2')]));
    c.build('2026-11-24');
    const first = c.registry();
    expect(first.versions).toHaveLength(1);
    expect(first.versions[0]).toMatchObject({ since: '2026-11-24' });
    expect(first.versions[0]?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(c.bundled().synthetic).toEqual(first.versions);
    const text = c.registryText();
    // Another day, another machine (CI): the committed registry is read, not rewritten.
    c.build('2027-03-01');
    expect(c.registryText()).toBe(text);
  });

  it('keeps the version and its date when only wording changes, refreshing the labels the results show', () => {
    const c = checkout();
    c.write(synthetic([question('q1'), question('q2')]));
    c.build('2026-11-24');
    const reworded = synthetic([question('q1'), question('q2')]);
    (reworded.questions[0] as QuestionFile).prompt.en = 'Reworded: what about q1?';
    (reworded.questions[1] as QuestionFile).explanation.es = 'Otra explicación.';
    c.write(reworded);
    c.build('2026-12-05');
    const { versions } = c.registry();
    expect(versions).toHaveLength(1);
    expect(versions[0]?.since).toBe('2026-11-24');
    expect(versions[0]?.questions[0]?.prompt.en).toBe('Reworded: what about q1?');
    expect(c.lines.filter((l) => l.includes('graded content changed'))).toHaveLength(1);
  });

  it('appends a second edition as the current version and keeps the first, graded key and labels unchanged', () => {
    const c = checkout();
    c.write(synthetic([question('q1'), question('q2')]));
    c.build('2026-11-24');
    const [firstVersion] = c.registry().versions;
    // The second edition: q2's answer changes and a question is added.
    c.write(synthetic([question('q1'), question('q2', 'b'), question('q3')]));
    c.build('2026-12-10');
    const { versions } = c.registry();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toEqual(firstVersion);
    expect(versions[1]).toMatchObject({ since: '2026-12-10' });
    expect(versions[1]?.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(versions[1]?.version).not.toBe(versions[0]?.version);
    expect(c.bundled().synthetic?.map((v) => v.version)).toEqual(versions.map((v) => v.version));
    expect(c.lines.at(-1)).toMatch(/synthetic: graded content changed, version [0-9a-f]{12} recorded .*2 version/);
  });

  it('changes the version for ids, types, choices, correct answers and order, and not for wording or sources', () => {
    const base = [question('q1'), question('q2')];
    const v = (qs: QuestionFile[]) => versionOf(qs.map(gradedQuestion));
    const reordered = [question('q2'), question('q1')];
    const renamed = [question('q1'), question('q9')];
    const retyped = [question('q1'), { ...question('q2'), type: 'true-false' as const }];
    const moreChoices = [question('q1'), question('q2')];
    moreChoices[1]?.choices.push({ id: 'c', text: both('Other', 'Otra'), explanation: both('No.', 'No.') });
    const reworded = [question('q1'), question('q2')];
    for (const q of reworded) {
      q.prompt.es = 'Otra redacción';
      q.sources = [{ name: 'Outlet: page', url: 'https://example.org/', accessed: '2026-11-24' }];
      q.choices.reverse();
      q.fixedOrder = 'A scale, from least to most';
    }
    for (const changed of [reordered, renamed, retyped, moreChoices, [question('q1'), question('q2', 'b')]]) {
      expect(v(changed)).not.toBe(v(base));
    }
    expect(v(reworded)).toBe(v(base));
  });

  it('holds, for every quiz in questions/, a registry whose current version is the quiz as written', () => {
    for (const { data } of rawQuizFiles()) {
      const quiz = data as QuizFile;
      const path = join(QUESTIONS_DIR, 'versions', `${quiz.id}.json`);
      expect(existsSync(path), `${path} is missing: run npm run build and commit it`).toBe(true);
      const { versions } = JSON.parse(readFileSync(path, 'utf8')) as VersionRegistry;
      expect(versions.at(-1)?.version).toBe(versionOf(quiz.questions.map(gradedQuestion)));
      expect(new Set(versions.map((x) => x.version)).size).toBe(versions.length);
    }
  });
});

describe('dated facts in quiz files', () => {
  const problems = (change: (quiz: QuizFile) => void) => {
    const quiz = synthetic([question('q1')]);
    change(quiz);
    return structureProblems(JSON.parse(JSON.stringify(quiz)), 'synthetic.json').map((p) =>
      formatProblem(p, 'synthetic.json'),
    );
  };

  it('requires checkedAt as a real date and accessed on every citation, and keeps reviewBy after checkedAt', () => {
    expect(problems(() => {})).toEqual([]);
    expect(
      problems((q) => {
        delete (q as Partial<QuizFile>).checkedAt;
      }),
    ).toEqual(['synthetic.json › checkedAt: Enter the day you last checked the outside facts (YYYY-MM-DD).']);
    expect(
      problems((q) => {
        q.checkedAt = '2026-02-30';
      }),
    ).toHaveLength(1);
    expect(
      problems((q) => {
        q.reviewBy = '2026-01-01';
      }),
    ).toEqual(['synthetic.json › reviewBy: The review date must not be before the date the facts were checked.']);
    expect(
      problems((q) => {
        (q.questions[0] as QuestionFile).sources = [{ name: 'Outlet: page', url: 'https://example.org/' } as never];
      }),
    ).toEqual([
      'synthetic.json › question "q1" › sources[0].accessed: Enter the day you last read source 1 (YYYY-MM-DD).',
    ]);
  });
});

describe('npm run questions:check and the review date', () => {
  const real = rawQuizFiles().find((f) => f.file === 'trump-mexico-troops.json')?.data as QuizFile;
  // The checks run on a fixed day, a week after the facts were checked: a clock-dependent test on a fake clock.
  const today = new Date(Date.parse(`${real.checkedAt}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const run = (reviewBy: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-review-'));
    writeFileSync(join(dir, 'trump-mexico-troops.json'), JSON.stringify({ ...real, reviewBy }));
    copyFileSync(join(QUESTIONS_DIR, 'trump-mexico-troops.sources.md'), join(dir, 'trump-mexico-troops.sources.md'));
    return spawnSync(
      process.execPath,
      ['scripts/check-questions.ts', ARTICLE_PATH, `--questions=${dir}`, `--today=${today}`],
      {
        cwd: REPO_ROOT.pathname,
        encoding: 'utf8',
      },
    );
  };

  it('prints a prominent warning once reviewBy has passed, and still passes', () => {
    const result = run(real.checkedAt);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `!! REVIEW DUE: trump-mexico-troops.json: Its facts were checked ${real.checkedAt}, to be reviewed by ${real.checkedAt}:`,
    );
    expect(result.stdout).toMatch(/every passage found/);
  });

  it('says nothing about review before the date', () => {
    // The latest review date the rules allow for current facts: a year after the check.
    const latest = new Date(Date.parse(`${real.checkedAt}T00:00:00Z`) + 366 * 86_400_000).toISOString().slice(0, 10);
    const result = run(latest);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('REVIEW DUE');
  });
});
