// Data-driven checks over every quiz file in questions/: format, both languages, answers, skills, passages and sources.

import { describe, expect, it } from 'vitest';
import { LANGS, type Localized, type QuestionFile, type QuizFile } from '../../contract/quiz.ts';
import { SKILLS, SKILL_LABELS } from '../../contract/skills.ts';
import { formatProblem, validateQuizFile } from '../../contract/validate-quiz.ts';
import { findMissingPassages, formatMissingPassage } from '../../scripts/passage-check.ts';
import { checkSourceRecords, sourcesFileName } from '../../scripts/source-records.ts';
import { ARTICLE_PATH, RESEARCH_PATH, quizSourcesFile, rawQuizFiles, readShared } from './content-files.ts';

const files = rawQuizFiles();
const article = readShared(ARTICLE_PATH);
const research = readShared(RESEARCH_PATH);

/** Every reader-facing bilingual field of a quiz, with a path that says where it is. */
function localizedFields(quiz: QuizFile): { path: string; value: Localized }[] {
  const fields = [
    { path: 'title', value: quiz.title },
    { path: 'intro', value: quiz.intro },
  ];
  for (const q of quiz.questions) {
    fields.push({ path: `${q.id}.prompt`, value: q.prompt }, { path: `${q.id}.explanation`, value: q.explanation });
    for (const c of q.choices) {
      fields.push({ path: `${q.id}.choices.${c.id}.text`, value: c.text });
      fields.push({ path: `${q.id}.choices.${c.id}.explanation`, value: c.explanation });
    }
  }
  return fields;
}

/** The outlet in a source's name: "BBC News: …" → "BBC News", "AP (via …)" → "AP". */
function outletOf(name: string): string {
  return name.split(/:|,| \(/)[0]?.trim() ?? name;
}

function allExplanations(q: QuestionFile, lang: 'en' | 'es'): string {
  return [q.explanation[lang], ...q.choices.map((c) => c.explanation[lang])].join('\n');
}

it('finds quiz files in questions/', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('$file', ({ file, data }) => {
  const quiz = data as QuizFile;

  it('passes the quiz-file validator', () => {
    expect(validateQuizFile(file, data).map(formatProblem)).toEqual([]);
  });

  it('has every reader-facing text in both languages', () => {
    const gaps = localizedFields(quiz).flatMap(({ path, value }) =>
      LANGS.filter((lang) => typeof value?.[lang] !== 'string' || value[lang].trim() === '').map(
        (lang) => `${path}.${lang}`,
      ),
    );
    expect(gaps).toEqual([]);
  });

  it('translates prompts and explanations instead of copying the English', () => {
    const untranslated = localizedFields(quiz)
      .filter(({ path }) => /\.(prompt|explanation)$/.test(path) || path === 'intro')
      .filter(({ value }) => value.en.trim() === value.es.trim())
      .map(({ path }) => path);
    expect(untranslated).toEqual([]);
  });

  it('addresses the reader as tú in Spanish, never usted', () => {
    const formal = localizedFields(quiz)
      .filter(({ value }) => /\b(usted|ustedes|elija|seleccione|marque)\b/i.test(value.es))
      .map(({ path }) => path);
    expect(formal).toEqual([]);
  });

  it('renders every quoted passage in the other language, marked as a translation', () => {
    const missing = quiz.questions
      .filter((q) => {
        const translations = Object.values(q.passage.translation ?? {}).filter(
          (t) => t && t.trim() !== q.passage.text.trim(),
        );
        // The passage itself is in the source's language; every other quiz language needs a rendering.
        return translations.length < quiz.languages.length - 1;
      })
      .map((q) => q.id);
    expect(missing).toEqual([]);
  });

  it('quotes every passage word for word from the source article', () => {
    expect(findMissingPassages([quiz], article).map((m) => formatMissingPassage(m, ARTICLE_PATH))).toEqual([]);
  });

  it('keeps question ids short enough for stored submissions', () => {
    expect(quiz.questions.filter((q) => q.id.length > 20).map((q) => q.id)).toEqual([]);
  });

  describe.each(quiz.questions.map((q) => ({ id: q.id, q })))('question $id', ({ q }) => {
    it('has unique choice ids', () => {
      const ids = q.choices.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has the right number of correct choices for its type', () => {
      if (q.type === 'multiple') {
        expect(q.correct.length).toBeGreaterThanOrEqual(1);
        // Ticking every box must not be a winning strategy.
        expect(q.correct.length).toBeLessThan(q.choices.length);
      } else {
        expect(q.correct).toHaveLength(1);
      }
      if (q.type === 'true-false') expect(q.choices).toHaveLength(2);
      expect(q.correct.every((id) => q.choices.some((c) => c.id === id))).toBe(true);
    });

    it('explains every choice, each in its own words', () => {
      for (const lang of LANGS) {
        const texts = q.choices.map((c) => c.explanation[lang]?.trim() ?? '');
        expect(texts.every((t) => t.length > 0)).toBe(true);
        expect(new Set(texts).size).toBe(texts.length);
      }
    });

    it('is tagged with a skill from the taxonomy that has a label in both languages', () => {
      expect(SKILLS).toContain(q.skill);
      for (const lang of LANGS) expect(SKILL_LABELS[q.skill][lang]).toBeTruthy();
    });

    it('names the outlet of every source it cites in an explanation', () => {
      const unnamed = (q.sources ?? [])
        .map((s) => outletOf(s.name))
        .filter((o) => !allExplanations(q, 'en').includes(o));
      expect(unnamed, `${q.id} cites these outlets without naming them`).toEqual([]);
    });
  });

  it(`cites only sources on record: in the research notes, or in ${sourcesFileName('<quiz-id>')} with the day each was checked`, () => {
    const problems = checkSourceRecords(file, quiz, research, quizSourcesFile(quiz.id));
    expect(problems.map(formatProblem), `research notes: ${RESEARCH_PATH}`).toEqual([]);
  });

  // Registered only where it can fail: with fewer than two true-false questions there is nothing to mix.
  const trueFalseAnswers = quiz.questions
    .filter((q) => q.type === 'true-false')
    .map((q) => q.choices.find((c) => c.id === q.correct[0])?.text.en.toLowerCase());
  if (trueFalseAnswers.length >= 2) {
    it('mixes true and false answers among its true-false questions (discernment, not blanket doubt)', () => {
      expect(new Set(trueFalseAnswers)).toEqual(new Set(['true', 'false']));
    });
  }
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
