// A draft quiz from an article and its marks: one empty question per top-ranked mark, verbatim passages, marked as a draft.

import type { Article, ArticlePartKind } from '../contract/article.ts';
import type { Localized, QuestionFile, QuizFile } from '../contract/quiz.ts';
import type { Mark, SignalKind } from '../contract/reading-map.ts';
import type { Skill } from '../contract/skills.ts';
import { type RankedMark, rankMarks } from './rank-marks.ts';

export type DraftOptions = {
  maxQuestions?: number;
  maxPerSkill?: number;
  minStrength?: number;
  /** The article's length, so the ranking can spread questions across it (defaults to the last mark's end). */
  textLength?: number;
};

/** What the map saw in a draft question's passage; the validator refuses the question while it is there. */
export type QuestionDraftNote = { signal: SignalKind; reason: Localized; strength: number; score: number };

export type QuestionDraft = QuestionFile & { draft: QuestionDraftNote };

/** A quiz file still being written: the validator refuses it while `draft` is present or any field is empty. */
export type QuizDraft = Omit<QuizFile, 'questions'> & {
  draft: { by: 'quiz:draft'; articleSha256: string; note: string };
  questions: QuestionDraft[];
};

/** Question ids stay short: stored submissions must fit KV metadata. */
const SHORT: Record<SignalKind, string> = {
  attribution: 'attrib',
  'unnamed-source': 'unnamed',
  'unsourced-number': 'number',
  date: 'date',
  'timeline-conflict': 'timeline',
  opinion: 'opinion',
  quote: 'quote',
  'headline-mismatch': 'headline',
  'image-credit': 'image',
  'uncited-document': 'document',
};

const empty = (): Localized => ({ en: '', es: '' });

/**
 * The marks to draft questions from: the map's ranking (`rankMarks`: score, one per passage, spread across the
 * article), with the draft's own caps. Unlike the map's short list, the caps are never relaxed to fill the draft:
 * a draft of six varied questions beats ten on one skill.
 */
export function pickMarks(
  marks: readonly Mark[],
  { maxQuestions = 16, maxPerSkill = 2, minStrength = 0.45, textLength }: DraftOptions = {},
): RankedMark[] {
  return rankMarks(
    marks.filter((m) => m.strength >= minStrength),
    { size: maxQuestions, minSize: 0, maxPerSkill, ...(textLength ? { textLength } : {}) },
  ).top;
}

export function draftQuiz(article: Article, marks: readonly Mark[], id: string, options: DraftOptions = {}): QuizDraft {
  const questions = pickMarks(marks, { textLength: article.text.length, ...options }).map(
    (m, i): QuestionDraft => ({
      id: `q${String(i + 1).padStart(2, '0')}-${SHORT[m.kind]}`,
      type: 'single',
      skill: m.skill,
      prompt: empty(),
      choices: ['a', 'b', 'c'].map((cid) => ({ id: cid, text: empty(), explanation: empty() })),
      correct: [],
      explanation: empty(),
      passage: { text: article.text.slice(m.start, m.end), translation: { es: '' } },
      draft: { signal: m.kind, reason: m.reason, strength: m.strength, score: m.score },
    }),
  );
  return {
    id,
    title: empty(),
    intro: empty(),
    source: {
      title: article.title,
      author: article.byline ?? '',
      publisher: article.site ?? '',
      ...(article.published ? { published: article.published } : {}),
    },
    languages: ['en', 'es'],
    results: 'public',
    // Left empty on purpose: only the author can say when the outside facts were verified.
    checkedAt: '',
    draft: {
      by: 'quiz:draft',
      articleSha256: article.sha256,
      note: 'Write every empty field (prompts, choices, explanations, the correct answer, the Spanish passage, checkedAt), choose each question type, then delete every "draft" entry.',
    },
    questions,
  };
}

export type DraftSummary = {
  skills: Skill[];
  /** Parts of the article (headline, byline, paragraphs, captions…) that no draft question quotes. */
  uncovered: { kind: ArticlePartKind; start: number; end: number; preview: string }[];
};

export function summarizeDraft(article: Article, draft: QuizDraft): DraftSummary {
  const quoted = draft.questions.map((q) => {
    const start = article.text.indexOf(q.passage.text);
    return { start, end: start + q.passage.text.length };
  });
  const uncovered = article.parts
    .filter(
      (p) => p.kind !== 'chrome' && p.kind !== 'heading' && !quoted.some((q) => q.start < p.end && p.start < q.end),
    )
    .map((p) => {
      const text = article.text.slice(p.start, p.end);
      return { ...p, preview: text.length > 60 ? `${text.slice(0, 57)}…` : text };
    });
  return { skills: [...new Set(draft.questions.map((q) => q.skill))], uncovered };
}
