// A stored submission, as KV metadata: its shape, the one function that builds it, and the largest one a quiz can make.

import { GROUP_CODE_LENGTH } from './group-code.ts';
import { LANGS, type Lang, type QuizFile } from './quiz.ts';

export type SubmissionRecord = {
  /** 2 since quiz versions; a v1 record has no `q` and belongs to the quiz's first recorded version. */
  v: 1 | 2;
  /** the quiz version the submission was graded against */
  q?: string;
  /** score */
  s: number;
  /** total questions when graded */
  t: number;
  l: Lang;
  /** UTC day of the submission, YYYY-MM-DD */
  d: string;
  a: Record<string, string>;
  /** The class group's join code, when the take was made in one. */
  g?: string;
};

export function encodeAnswer(correct: boolean, choiceIds: string[]): string {
  return `${correct ? 1 : 0}:${choiceIds.join(',')}`;
}

export function decodeAnswer(text: string): { correct: boolean; choiceIds: string[] } {
  const [flag = '0', ids = ''] = text.split(':');
  return { correct: flag === '1', choiceIds: ids ? ids.split(',') : [] };
}

export type Take = {
  version: string;
  score: number;
  total: number;
  lang: Lang;
  day: string;
  /** Per question id: whether it was right, and the choices picked. */
  answers: Record<string, { correct: boolean; choiceIds: string[] }>;
  group?: string;
};

/** The record of a graded take: the only way one is made, so its size below follows any new field. */
export function submissionRecord(take: Take): SubmissionRecord {
  return {
    v: 2,
    q: take.version,
    s: take.score,
    t: take.total,
    l: take.lang,
    d: take.day,
    a: Object.fromEntries(Object.entries(take.answers).map(([id, a]) => [id, encodeAnswer(a.correct, a.choiceIds)])),
    // The join code, from the signed attempt: the only thing a group adds to what is stored about a take.
    ...(take.group ? { g: take.group } : {}),
  };
}

/** The bytes of the largest record `quiz` can make: every choice of every question picked, in a group. */
export function worstCaseRecordBytes(quiz: Pick<QuizFile, 'questions'>): number {
  const n = quiz.questions.length;
  const record = submissionRecord({
    version: '0'.repeat(12),
    score: n,
    total: n,
    lang: LANGS.reduce((a, b) => (b.length > a.length ? b : a)),
    day: '2026-12-31',
    answers: Object.fromEntries(
      quiz.questions.map((q) => [q.id, { correct: true, choiceIds: q.choices.map((c) => c.id) }]),
    ),
    group: 'X'.repeat(GROUP_CODE_LENGTH),
  });
  return new TextEncoder().encode(JSON.stringify(record)).byteLength;
}
