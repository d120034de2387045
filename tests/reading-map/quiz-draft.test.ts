// quiz:draft end to end: a draft is written, the validator refuses it with what is left, a completed copy passes, the build refuses drafts.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { formatProblem, isError } from '../../contract/rules/problem.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';
import type { QuizDraft } from '../../reading-map/index.ts';
import { buildQuestions } from '../../scripts/build-questions.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8' });

function draftInto(article: string, id: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lateral-draft-'));
  const result = run('scripts/quiz-draft.ts', article, '--id', id, '--out', dir);
  return { dir, result, path: join(dir, `${id}.json`) };
}

/** Fills every empty field the way an author would, and deletes the draft notes. */
function complete(draft: QuizDraft): QuizFile {
  const { draft: _quizNote, questions, ...rest } = structuredClone(draft);
  return {
    ...rest,
    title: { en: 'Reading a health story', es: 'Cómo leer una noticia de salud' },
    intro: { en: 'Check what the study found.', es: 'Revisa qué encontró el estudio.' },
    checkedAt: '2026-11-29',
    source: { ...rest.source, publisher: rest.source.publisher || 'Fixture health desk' }, // the page named none
    questions: questions.map(({ draft: _note, ...q }) => ({
      ...q,
      prompt: { en: 'What does this passage rest on?', es: '¿En qué se apoya este pasaje?' },
      explanation: { en: 'Look for who says it.', es: 'Busca quién lo dice.' },
      passage: { ...q.passage, translation: { es: 'Traducción del pasaje.' } },
      choices: q.choices.map((c, i) => ({
        ...c,
        text: { en: `Choice ${i + 1}`, es: `Opción ${i + 1}` },
        explanation: { en: `Because of ${i + 1}.`, es: `Por ${i + 1}.` },
      })),
      correct: ['a'],
    })),
  };
}

describe('npm run quiz:draft', () => {
  const article = 'tests/fixtures/articles/health-study.txt';

  it('writes a draft with the source from the metadata, verbatim passages, ranked first, at most 2 per skill', () => {
    const { dir, result, path } = draftInto(article, 'walk-study');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const draft = JSON.parse(readFileSync(path, 'utf8')) as QuizDraft;
    const text = readFileSync(join(dir, 'walk-study.article.txt'), 'utf8');
    expect(text).toBe(readFileSync(join(ROOT, article), 'utf8'));
    expect(draft.source).toEqual({
      title: 'Daily walk halves your risk of dementia, study finds',
      author: 'Naomi Achterberg',
      publisher: '',
      published: '2025-09-18',
    });
    expect(draft.questions.length).toBeGreaterThan(4);
    expect(draft.questions.length).toBeLessThanOrEqual(16);
    for (const q of draft.questions) {
      expect(text).toContain(q.passage.text);
      expect(q.draft.reason.en).toBeTruthy();
      expect(q.prompt).toEqual({ en: '', es: '' });
    }
    // Drafted from the map's ranking (rankMarks): best score first.
    const scores = draft.questions.map((q) => q.draft.score);
    expect(scores.every((s) => s > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const perSkill = new Map<string, number>();
    for (const q of draft.questions) perSkill.set(q.skill, (perSkill.get(q.skill) ?? 0) + 1);
    expect(Math.max(...perSkill.values())).toBeLessThanOrEqual(2);
    expect(draft.questions[0]?.skill).toBe('claim-precision'); // the headline's "halves" against the body's 18 percent
    expect(result.stdout).toMatch(/skills covered \(\d+\):/);
    expect(result.stdout).toMatch(/parts with no question/);
  });

  it('is refused by the validator, which lists what is left question by question', () => {
    const { path } = draftInto(article, 'walk-study');
    const draft = JSON.parse(readFileSync(path, 'utf8')) as QuizDraft;
    const problems = quizProblems(draft, undefined, { file: 'walk-study.json' }).map((p) =>
      formatProblem(p, 'walk-study.json'),
    );
    expect(problems).toContain(
      'walk-study.json › draft: This is a draft: write every field it lists, then delete its "draft" note.',
    );
    const first = draft.questions[0]!.id;
    expect(problems).toContain(
      `walk-study.json › question "${first}" › draft: Still a draft: write the fields its "draft" note lists, then delete the note.`,
    );
    expect(problems).toContain(`walk-study.json › question "${first}" › prompt.es: Write the question in Spanish.`);
    expect(problems).toContain(
      `walk-study.json › question "${first}" › choices[2].explanation.en: Write why answer C is right or wrong in English.`,
    );
    expect(problems).toContain(`walk-study.json › question "${first}" › correct: Mark the one right answer.`);
  });

  it('passes the validator and questions:check once every field is completed', () => {
    const { path } = draftInto(article, 'walk-study');
    const quiz = complete(JSON.parse(readFileSync(path, 'utf8')) as QuizDraft);
    const text = readFileSync(path.replace(/\.json$/, '.article.txt'), 'utf8');
    const errors = quizProblems(quiz, text, { file: 'walk-study.json' }).filter(isError);
    expect(errors.map((p) => formatProblem(p, 'walk-study.json'))).toEqual([]);
  });

  it("refuses bad input with the reading map's message", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-draft-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = run('scripts/quiz-draft.ts', join(dir, 'empty.txt'), '--id', 'x', '--out', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\[quiz:draft\] .*The article is empty/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});

describe('a draft never ships', () => {
  it('the build refuses a folder holding a draft', () => {
    const { dir } = draftInto('tests/fixtures/articles/careful-report.txt', 'library-budget');
    expect(() => buildQuestions({ questionsDir: dir, outDir: join(dir, 'generated'), log: () => {} })).toThrow(
      /library-budget\.json › draft: This is a draft/,
    );
  });

  it('the build accepts the completed copy', () => {
    const { dir, path } = draftInto('tests/fixtures/articles/health-study.txt', 'walk-study');
    writeFileSync(path, JSON.stringify(complete(JSON.parse(readFileSync(path, 'utf8')) as QuizDraft)));
    expect(buildQuestions({ questionsDir: dir, outDir: join(dir, 'generated'), log: () => {} })).toBe(1);
  });
});

describe('questions:check with an article beside the quiz', () => {
  it('checks a quiz against its own <quiz-id>.article.txt and the others against the given article', () => {
    // Run against a copy of questions/ so the real folder is untouched.
    const { dir, path } = draftInto('tests/fixtures/articles/health-study.txt', 'walk-study');
    writeFileSync(path, JSON.stringify(complete(JSON.parse(readFileSync(path, 'utf8')) as QuizDraft)));
    const { articlePathFor, loadQuizFiles } = require_();
    expect(articlePathFor('walk-study', dir)).toBe(join(dir, 'walk-study.article.txt'));
    expect(articlePathFor('trump-mexico-troops', dir)).toBeUndefined();
    expect(loadQuizFiles(dir).found.filter((f) => isError(f.problem))).toEqual([]);
    copyFileSync(join(ROOT, 'questions/trump-mexico-troops.json'), join(dir, 'trump-mexico-troops.json'));
    copyFileSync(join(ROOT, 'questions/trump-mexico-troops.sources.md'), join(dir, 'trump-mexico-troops.sources.md'));
    expect(loadQuizFiles(dir).quizzes).toHaveLength(2);
  });
});

import * as loader from '../../scripts/load-quiz-files.ts';
function require_() {
  return loader;
}
