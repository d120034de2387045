// Checking an answer, going on to the next question and saving the score (lazy chunk): the attempt token is reused on every retry.

import type { CheckResult, Results, SubmissionResult } from '../contract/api.ts';
import type { QuizFlow } from './quiz-flow.ts';

/** Sends the chosen answer for feedback; the answer is kept only once the server has checked it. */
export async function check(flow: QuizFlow): Promise<void> {
  const { state, session, set, deps } = flow;
  const { quizId, lang } = deps.config;
  const question = state.quiz?.questions[state.index];
  if (!question || !state.chosen.length) return set({ busy: false });
  const r = await deps.api<CheckResult>(`/check?lang=${lang}`, { questionId: question.id, choiceIds: state.chosen });
  if (session !== flow.session) return;
  if (!r.ok) return set({ busy: false, failure: r.failure });
  session.answers[question.id] = state.chosen;
  set({ busy: false, feedback: r.data });
  deps.emit('lateral:answer', { quizId, questionId: question.id, correct: r.data.correct });
}

/**
 * On to the next question. The first screens came with question 1 only; if the rest of the quiz,
 * fetched since Start, is not here yet, the Next button waits busy (and keeps focus), and a failure
 * leaves the reader on the answered question with a Retry: the answers given so far stay in the session.
 */
export async function advance(flow: QuizFlow): Promise<void> {
  const { session, set } = flow;
  const index = flow.state.index + 1;
  if (!flow.state.quiz?.questions[index]) {
    set({ busy: true, failure: null });
    const r = await flow.whole();
    if (session !== flow.session) return;
    if (!r.ok) return set({ busy: false, failure: r.failure });
  }
  set({ busy: false, index, chosen: [], feedback: null, failure: null }, true);
}

/** Saves the score. Retries send the same token, so the server counts the attempt once. */
export async function submit(flow: QuizFlow): Promise<void> {
  const { session, set, deps } = flow;
  const { quizId, lang } = deps.config;
  const stale = () => session !== flow.session;
  if (!session.token) {
    let grant = await session.attempt;
    // The attempt asked for at Start may have failed (offline, busy): ask again now.
    if (!grant.ok && grant.failure !== 'expired') grant = await flow.requestAttempt();
    if (stale()) return;
    if (!grant.ok) return set({ busy: false, failure: grant.failure });
    session.token = grant.data;
  }
  const r = await deps.api<SubmissionResult>('/submissions', {
    attempt: session.token,
    lang,
    answers: session.answers,
  });
  if (stale()) return;
  if (!r.ok) return set({ busy: false, failure: r.failure });
  set({ busy: false, step: 'end', result: r.data }, true);
  deps.emit('lateral:complete', { quizId, score: r.data.score, total: r.data.total });
  if (r.data.percentile !== null) {
    deps.api<Results>('/results').then((c) => stale() || !c.ok || set({ crowd: c.data }));
  }
}
