// Recording a graded submission: one KV write to a key derived from the attempt, so a retry counts once.

import type { Answers, SubmissionResult } from '../../contract/api.ts';
import type { Lang } from '../../contract/quiz.ts';
import type { Attempt } from './attempt-token.ts';
import { scoreOf } from '../../contract/score.ts';
import { submissionRecord } from '../../contract/submission-record.ts';
import { isoDay } from '../../contract/utc-day.ts';
import { fail } from '../http/errors.ts';
import { type GradedQuiz, grade } from './grading.ts';
import { type SubmissionRecord, bucketOf, decodeAnswer, readSubmission, writeSubmission } from '../store.ts';

/** A KV call that fails or hangs turns into a 503 the client can retry with the same attempt. */
export const STORAGE_TIMEOUT_MS = 5000;

async function storage<T>(operation: Promise<T>): Promise<T> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('KV operation timed out')), STORAGE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([operation, timeout]);
  } catch (err) {
    console.error('[lateral] storage failure on the submission path:', err);
    fail(503, 'storage_unavailable', 'Scores could not be saved just now. Please try again in a moment.', {
      'Retry-After': '2',
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Grades `answers` against `quiz` at `version` (the attempt's) and stores the record under that version,
 * once per attempt. `beforeWrite` runs only for a take not stored yet, so its brakes (too fast, daily
 * limit) can refuse it with nothing stored, while a retry of a stored take always gets its result back.
 */
export async function recordSubmission(
  kv: KVNamespace,
  quiz: GradedQuiz,
  version: string,
  attempt: Attempt,
  lang: Lang,
  answers: Answers,
  now: number,
  beforeWrite: () => Promise<void> = async () => {},
): Promise<{ record: SubmissionRecord; created: boolean }> {
  const bucket = bucketOf(attempt.issuedAt);
  const existing = await storage(readSubmission(kv, quiz.id, bucket, attempt.id));
  if (existing) return { record: existing, created: false };
  await beforeWrite();

  const graded = grade(quiz, answers);
  const record = submissionRecord({
    version,
    score: graded.score,
    total: graded.total,
    lang,
    day: isoDay(now),
    answers: Object.fromEntries(
      quiz.questions.map((q) => [
        q.id,
        { correct: graded.correctByQuestion[q.id] === true, choiceIds: answers[q.id] ?? [] },
      ]),
    ),
    ...(attempt.group ? { group: attempt.group } : {}),
  });
  await storage(writeSubmission(kv, quiz.id, bucket, attempt.id, record));
  return { record, created: true };
}

export function submissionResult(
  quiz: GradedQuiz,
  record: SubmissionRecord,
  percentile: number | null,
  stale = false,
): SubmissionResult {
  const verdicts = quiz.questions.flatMap((q) => {
    const answer = record.a[q.id];
    return answer === undefined ? [] : [{ correct: decodeAnswer(answer).correct, skill: q.skill }];
  });
  return { ...scoreOf(verdicts, record.t), percentile, stale };
}
