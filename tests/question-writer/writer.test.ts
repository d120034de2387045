// The question writer (issue 19): complete bilingual drafts from the map, drawn from the article, marked for review.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../contract/article.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import { quizProblems } from '../../contract/rules/quiz-problems.ts';
import {
  anotherQuestion,
  draftQuiz,
  isTeachers,
  questionFromSelection,
  refreshDraft,
} from '../../question-writer/index.ts';
import { extractArticle, mapArticle } from '../../reading-map/index.ts';
import { blindStrategies, isComplete } from '../../bench/lib/draft-measures.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

async function load(path: string): Promise<Article> {
  const result = await extractArticle(readFileSync(ROOT + path, 'utf8'), { format: 'text' });
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

// An article the writer was never adjusted on (the map's held-out set), and the Spanish evaluation article.
const unseen = await load('tests/fixtures/articles/held-out/council-bus-lanes.txt');
const spanish = await load('bench/draft-eval/es-agua-monterrey.txt');
const wire = await load('tests/fixtures/articles/wire-report.txt');

describe('a draft from an article the writer never saw', () => {
  const quiz = draftQuiz(unseen, mapArticle(unseen), 'bus-lanes');

  it('has 8–10 complete questions over at least 4 skills, at most 2 per skill', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.length).toBeLessThanOrEqual(10);
    expect(quiz.questions.every((q) => isComplete(q, quiz))).toBe(true);
    const perSkill = new Map<string, number>();
    for (const q of quiz.questions) perSkill.set(q.skill, (perSkill.get(q.skill) ?? 0) + 1);
    expect(perSkill.size).toBeGreaterThanOrEqual(4);
    expect(Math.max(...perSkill.values())).toBeLessThanOrEqual(2);
  });

  it('writes the key and every choice explanation in English and Spanish, and quotes passages word for word', () => {
    expect(quiz.languages).toEqual(['en', 'es']);
    for (const q of quiz.questions) {
      expect(q.correct).toHaveLength(1);
      for (const c of q.choices)
        for (const lang of ['en', 'es'] as const) expect(c.explanation[lang].length).toBeGreaterThan(20);
      expect(q.explanation.es).not.toBe(q.explanation.en);
      expect(unseen.text).toContain(q.passage.text);
    }
  });

  it('gives no blind strategy an edge: the longest choice is right in at most half of the questions', () => {
    for (const lang of ['en', 'es'] as const) expect(blindStrategies(quiz, lang).longest).toBeLessThanOrEqual(0.5);
  });

  it('draws the names in its choices from the article itself, and never offers filler', () => {
    const who = quiz.questions.filter((q) =>
      ['who-said', 'figure-source', 'unnamed-source'].includes(q.needsReview?.pattern ?? ''),
    );
    expect(who.length).toBeGreaterThan(0);
    for (const q of who)
      for (const c of q.choices.filter(
        (c) => !q.correct.includes(c.id) && /^\p{Lu}/u.test(c.text.en) && !/^The article/.test(c.text.en),
      ))
        expect(unseen.text).toContain(c.text.en);
    const texts = quiz.questions.flatMap((q) => q.choices.map((c) => c.text.en));
    expect(texts.filter((t) => /\b(none|all) of the above\b/i.test(t))).toEqual([]);
  });

  it('ends with the question about who publishes the site', () => {
    expect(quiz.questions.at(-1)?.needsReview?.pattern).toBe('source-check');
    expect(quiz.questions.at(-1)?.prompt.en).toContain(unseen.site);
  });
});

describe('nothing unchecked is published', () => {
  const quiz = draftQuiz(wire, mapArticle(wire), 'strike-talks');

  it('marks every drafted question "needs review" with what the template may have got wrong', () => {
    for (const q of quiz.questions) {
      expect(q.needsReview?.check.en).toMatch(/^Check/);
      expect(q.needsReview?.check.es).toMatch(/^(Comprueba|Compara|Haz|La página)/);
    }
  });

  it('the rules refuse each still-marked question and name it; ticking them all leaves only checkedAt', () => {
    const errors = quizProblems(quiz, wire.text, { file: 'strike-talks.json' }).filter((p) => p.severity === 'error');
    const marked = errors.filter((p) => p.code === 'needs-review').map((p) => p.where.question);
    expect(marked).toEqual(quiz.questions.map((q) => q.id));
    const ticked: QuizFile = { ...quiz, questions: quiz.questions.map(({ needsReview: _, ...q }) => q) };
    const left = quizProblems(ticked, wire.text, { file: 'strike-talks.json' }).filter((p) => p.severity === 'error');
    expect(left.map((p) => p.where.field)).toEqual(['checkedAt']);
    const done = quizProblems({ ...ticked, checkedAt: '2026-12-07' }, wire.text, { file: 'strike-talks.json' });
    expect(done.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('the editor moves on a draft', () => {
  const map = mapArticle(wire);
  const quiz = draftQuiz(wire, map, 'strike-talks');

  it('keeps the questions the teacher edited or ticked when the draft is refreshed, and drafts the rest again', () => {
    const edited = structuredClone(quiz);
    edited.questions[1]!.prompt.en = 'My own wording of this question?';
    delete edited.questions[2]!.needsReview;
    expect(isTeachers(edited.questions[0]!)).toBe(false);
    expect(isTeachers(edited.questions[1]!)).toBe(true);
    const refreshed = refreshDraft(edited, wire, map);
    // Where she left them.
    expect(refreshed.questions[1]).toEqual(edited.questions[1]);
    expect(refreshed.questions[2]).toEqual(edited.questions[2]);
    expect(refreshed.questions.length).toBeLessThanOrEqual(10);
    expect(new Set(refreshed.questions.map((q) => q.id)).size).toBe(refreshed.questions.length);
    expect(new Set(refreshed.questions.map((q) => q.passage.text)).size).toBe(refreshed.questions.length);
  });

  it('"Another question" replaces one with a question on a passage no other question uses', () => {
    const next = anotherQuestion(quiz, 0, wire, map);
    expect(next).not.toBeNull();
    expect(quiz.questions.map((q) => q.passage.text)).not.toContain(next!.passage.text);
    expect(quiz.questions.map((q) => q.id)).not.toContain(next!.id);
    expect(next!.needsReview).toBeDefined();
  });

  it('drafts from a selected sentence with the chosen pattern, or says it cannot', () => {
    const sentence = 'Most Canadians support the dockworkers, polls show.';
    const start = wire.text.indexOf(sentence);
    const q = questionFromSelection(quiz, wire, map, { start, end: start + sentence.length }, 'poll-questions');
    expect(q?.passage.text).toBe(sentence);
    expect(q?.skill).toBe('stats-polls');
    expect(q?.choices).toHaveLength(3);
    // No date in that sentence: the date question cannot be written from it.
    expect(questionFromSelection(quiz, wire, map, { start, end: start + sentence.length }, 'date-gap')).toBeNull();
  });
});

describe('a Spanish article', () => {
  it('gets a complete bilingual draft whose passages stay in Spanish', () => {
    const quiz = draftQuiz(spanish, mapArticle(spanish), 'agua-monterrey');
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.every((q) => isComplete(q, quiz))).toBe(true);
    for (const q of quiz.questions) expect(spanish.text).toContain(q.passage.text);
    expect(quiz.questions.some((q) => q.prompt.es.startsWith('El artículo dice'))).toBe(true);
  });
});
