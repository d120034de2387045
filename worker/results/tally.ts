// The aggregate of many submissions, per quiz version: folded by the rollup, extended live by results, shaped into `Results`.

import {
  MIN_ANSWERS_FOR_SHARES,
  type QuestionResults,
  type Results,
  type SkillScore,
  enoughAnswers,
} from '../../contract/api.ts';
import type { GradedQuestion, Lang, QuizView } from '../../contract/quiz.ts';
import { type QuizVersion, questionKey } from '../../contract/quiz-version.ts';
import type { Skill } from '../../contract/skills.ts';
import { type GradedQuiz, skillScores } from '../takes/grading.ts';
import { decodeAnswer, type SubmissionRecord } from '../store.ts';
import type { GroupFolds } from './group-fold.ts';

export type Tally = {
  takes: number;
  /** takes by score */
  scores: Record<string, number>;
  questions: Record<string, QuestionResults>;
  /** takes by UTC day */
  daily: Record<string, number>;
  languages: Record<Lang, number>;
};

/** One tally per quiz version: a version's scores are out of its own question count, never mixed. */
export type Tallies = Record<string, Tally>;

/**
 * Where the rollup stopped: the next hour to fold, a list cursor inside it when it stopped mid-hour,
 * and the last key it folded when it stopped mid-page (the page at `cursor` is then folded past `after`).
 */
export type FoldMarker = { bucket: number; cursor?: string; after?: string };

/** The one value the rollup writes per quiz: the marker lives beside the figures, so both change together. */
export type Summary = {
  v: 2;
  next: FoldMarker;
  tallies: Tallies;
  /** Each class group's tallies, folded with the quiz's (group-fold.ts). Absent in a summary from before: adopted. */
  groups?: GroupFolds;
  updatedAt: string;
};

/** A summary written before quiz versions: one tally, which belongs to the quiz's first version. */
type SummaryV1 = { v: 1; next: FoldMarker; tally: Tally; updatedAt: string };

/** What `v1:summary:<quiz>` may hold. */
export type StoredSummary = Summary | SummaryV1;

/** A stored summary in today's shape, whichever shape it was written in. */
export function upgradeSummary(stored: StoredSummary, legacyVersion: string): Summary {
  if (stored.v === 2) return stored;
  return { v: 2, next: stored.next, tallies: { [legacyVersion]: stored.tally }, updatedAt: stored.updatedAt };
}

export function emptyTally(): Tally {
  return { takes: 0, scores: {}, questions: {}, daily: {}, languages: { en: 0, es: 0 } };
}

/** Counts one record under the version it was graded against (`legacyVersion` for records from before versions). */
export function addRecord(tallies: Tallies, record: SubmissionRecord, legacyVersion: string): void {
  const version = record.q ?? legacyVersion;
  tallies[version] ??= emptyTally();
  addToTally(tallies[version], record);
}

export function addToTally(tally: Tally, record: SubmissionRecord): void {
  tally.takes++;
  tally.scores[record.s] = (tally.scores[record.s] ?? 0) + 1;
  tally.daily[record.d] = (tally.daily[record.d] ?? 0) + 1;
  tally.languages[record.l] = (tally.languages[record.l] ?? 0) + 1;
  for (const [questionId, text] of Object.entries(record.a)) {
    const { correct, choiceIds } = decodeAnswer(text);
    const q = tally.questions[questionId] ?? { answered: 0, correct: 0, choices: {} };
    tally.questions[questionId] = q;
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

/**
 * A question's figures: its answers in every version where its graded content is the same as in this one.
 * A question whose choices or correct answers changed starts again from zero.
 */
function mergedQuestion(q: GradedQuestion, versions: QuizVersion[], tallies: Tallies): QuestionResults {
  const key = questionKey(q);
  const merged: QuestionResults = {
    answered: 0,
    correct: 0,
    choices: Object.fromEntries(q.choices.map((c) => [c.id, 0])),
  };
  for (const v of versions) {
    const same = v.questions.find((x) => x.id === q.id);
    const counted = tallies[v.version]?.questions[q.id];
    if (!same || !counted || questionKey(same) !== key) continue;
    merged.answered += counted.answered;
    merged.correct += counted.correct;
    for (const c of q.choices) merged.choices[c.id] = (merged.choices[c.id] ?? 0) + (counted.choices[c.id] ?? 0);
  }
  return merged;
}

/**
 * The `Results` of one version. The small-number rule is applied here and nowhere else: the JSON, the
 * CSV and the page all read what this returns.
 */
export function toResults(
  quiz: QuizView,
  versions: QuizVersion[],
  tallies: Tallies,
  shown: QuizVersion,
  meta: { updatedAt: string; freshnessSeconds: number },
): Results {
  const view: GradedQuiz = { id: quiz.id, questions: shown.questions };
  const tally = tallies[shown.version] ?? emptyTally();
  const total = shown.questions.length;
  const distribution = scoreDistribution(tally, total);
  const scoreSum = distribution.reduce((sum, n, score) => sum + n * score, 0);
  // The small-number rule on scores and languages too (§5): below it, two reads a take apart give that take away.
  const scoresHeldBack = !enoughAnswers(tally.takes);
  const all = Object.fromEntries(shown.questions.map((q) => [q.id, mergedQuestion(q, versions, tallies)]));
  const questions: Record<string, QuestionResults> = {};
  const questionsPending: Record<string, number> = {};
  for (const [id, r] of Object.entries(all)) {
    if (enoughAnswers(r.answered)) questions[id] = r;
    else questionsPending[id] = r.answered;
  }
  // Skills sum the questions shown, never one held back: otherwise a skill's figure minus its shown
  // questions' would give away how a held-back question's few readers answered.
  const counts = (ids: Record<string, QuestionResults>) =>
    Object.fromEntries(Object.entries(ids).map(([id, r]) => [id, { correct: r.correct, total: r.answered }]));
  const skills: Results['skills'] = {};
  const skillsPending: Results['skillsPending'] = {};
  const answered = skillScores(view, counts(all));
  const shownSkills = skillScores(view, counts(questions));
  for (const [skill, s] of Object.entries(answered) as [Skill, SkillScore][]) {
    const fromShown = shownSkills[skill];
    if (fromShown && enoughAnswers(fromShown.total)) skills[skill] = fromShown;
    else skillsPending[skill] = s.total;
  }
  return {
    quizId: quiz.id,
    version: shown.version,
    currentVersion: versions[versions.length - 1]?.version ?? shown.version,
    versions: versions.map((v) => ({
      version: v.version,
      since: v.since,
      takes: tallies[v.version]?.takes ?? 0,
      questionCount: v.questions.length,
    })),
    checkedAt: quiz.checkedAt,
    takes: tally.takes,
    meanScore: scoresHeldBack ? null : Math.round((scoreSum / tally.takes) * 100) / 100,
    medianScore: scoresHeldBack ? null : median(distribution, tally.takes),
    total,
    scoreDistribution: scoresHeldBack ? [] : distribution,
    questions,
    questionsPending,
    skills,
    skillsPending,
    daily: Object.keys(tally.daily)
      .sort()
      .map((date) => ({ date, takes: tally.daily[date] ?? 0 })),
    languages: scoresHeldBack ? {} : { en: tally.languages.en ?? 0, es: tally.languages.es ?? 0 },
    scoresHeldBack,
    updatedAt: meta.updatedAt,
    freshnessSeconds: meta.freshnessSeconds,
    minAnswersForShares: MIN_ANSWERS_FOR_SHARES,
  };
}
