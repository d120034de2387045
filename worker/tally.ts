// The aggregate of many submissions: folded by the rollup, extended live by results, shaped into `Results`.

import { MIN_TAKES_FOR_SHARES, type QuestionResults, type Results } from '../contract/api.ts';
import type { Lang, QuizFile } from '../contract/quiz.ts';
import { skillScores } from './grading.ts';
import { decodeAnswer, type SubmissionRecord } from './store.ts';

export type Tally = {
  takes: number;
  /** takes by score */
  scores: Record<string, number>;
  questions: Record<string, QuestionResults>;
  /** takes by UTC day */
  daily: Record<string, number>;
  languages: Record<Lang, number>;
};

/**
 * Where the rollup stopped: the next hour to fold, a list cursor inside it when it stopped mid-hour,
 * and the last key it folded when it stopped mid-page (the page at `cursor` is then folded past `after`).
 */
export type FoldMarker = { bucket: number; cursor?: string; after?: string };

/** The one value the rollup writes per quiz: the marker lives beside the figures, so both change together. */
export type Summary = {
  v: 1;
  next: FoldMarker;
  tally: Tally;
  updatedAt: string;
};

export function emptyTally(): Tally {
  return { takes: 0, scores: {}, questions: {}, daily: {}, languages: { en: 0, es: 0 } };
}

export function addRecord(tally: Tally, record: SubmissionRecord): void {
  tally.takes++;
  tally.scores[record.s] = (tally.scores[record.s] ?? 0) + 1;
  tally.daily[record.d] = (tally.daily[record.d] ?? 0) + 1;
  tally.languages[record.l] = (tally.languages[record.l] ?? 0) + 1;
  for (const [questionId, text] of Object.entries(record.a)) {
    const { correct, choiceIds } = decodeAnswer(text);
    const q = (tally.questions[questionId] ??= { answered: 0, correct: 0, choices: {} });
    q.answered++;
    if (correct) q.correct++;
    for (const id of choiceIds) q.choices[id] = (q.choices[id] ?? 0) + 1;
  }
}

export function scoreDistribution(tally: Tally, total: number): number[] {
  const top = Math.max(total, ...Object.keys(tally.scores).map(Number));
  return Array.from({ length: top + 1 }, (_, score) => tally.scores[score] ?? 0);
}

function median(distribution: number[], takes: number): number | null {
  if (takes === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (let score = 0; score < distribution.length; score++) {
      seen += distribution[score] ?? 0;
      if (seen > rank) return score;
    }
    return distribution.length - 1;
  };
  return takes % 2 ? at((takes - 1) / 2) : (at(takes / 2 - 1) + at(takes / 2)) / 2;
}

/**
 * Share (0–100) of takes scoring at or below `score`: "you did as well as or better than P% of readers",
 * true with ties too. Null until there are at least two takes to compare with.
 */
export function percentileOf(distribution: number[], score: number): number | null {
  const takes = distribution.reduce((a, b) => a + b, 0);
  if (takes < 2) return null;
  const atOrBelow = distribution.slice(0, score + 1).reduce((a, b) => a + b, 0);
  return Math.round((atOrBelow / takes) * 100);
}

export function toResults(
  quiz: QuizFile,
  tally: Tally,
  meta: { updatedAt: string; freshnessSeconds: number },
): Results {
  const total = quiz.questions.length;
  const distribution = scoreDistribution(tally, total);
  const scoreSum = distribution.reduce((sum, n, score) => sum + n * score, 0);
  const questions: Record<string, QuestionResults> = {};
  for (const q of quiz.questions) {
    const found = tally.questions[q.id];
    questions[q.id] = {
      answered: found?.answered ?? 0,
      correct: found?.correct ?? 0,
      choices: Object.fromEntries(q.choices.map((c) => [c.id, found?.choices[c.id] ?? 0])),
    };
  }
  const perQuestion = Object.fromEntries(
    Object.entries(questions).map(([id, r]) => [id, { correct: r.correct, total: r.answered }]),
  );
  // The small-number rule: the JSON, the CSV and the page all hide these below the threshold.
  const sharesShown = tally.takes >= MIN_TAKES_FOR_SHARES;
  return {
    quizId: quiz.id,
    takes: tally.takes,
    meanScore: tally.takes ? Math.round((scoreSum / tally.takes) * 100) / 100 : null,
    medianScore: median(distribution, tally.takes),
    total,
    scoreDistribution: distribution,
    questions: sharesShown ? questions : {},
    skills: sharesShown ? skillScores(quiz, perQuestion) : {},
    daily: Object.keys(tally.daily)
      .sort()
      .map((date) => ({ date, takes: tally.daily[date] ?? 0 })),
    languages: { en: tally.languages.en ?? 0, es: tally.languages.es ?? 0 },
    updatedAt: meta.updatedAt,
    freshnessSeconds: meta.freshnessSeconds,
    minTakesForShares: MIN_TAKES_FOR_SHARES,
  };
}
