// The reader's way through a quiz as one pure function: reduce(state, event) → state. Effects only dispatch events.

import type { Answers, CheckResult, Results, SubmissionResult } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import type { Skill } from '../../contract/skills.ts';

export type Step = 'start' | 'question' | 'end';

/**
 * What went wrong, as the reader needs to know it: `offline`, `server` and `busy` can be retried as
 * is, `expired` needs a fresh attempt, `challenge` a fresh Turnstile check, `missing` will not get
 * better by retrying soon.
 */
export type Failure = 'offline' | 'server' | 'busy' | 'expired' | 'missing' | 'rejected' | 'challenge';

/** Why a finished take was not counted (issue 9): the reader still gets a score, worked out here. */
export type Refusal = 'too_fast' | 'daily_limit';

export type Shared = '' | 'copied' | 'manual';

export type State = {
  /** The questions known so far (just the first until Start fetched the rest); `questionCount` is the whole count. */
  quiz: Quiz | null;
  loadFailure: Failure | null;
  step: Step;
  /** Which take this is. Effects tag their answers with it, so those for an abandoned take are dropped. */
  take: number;
  index: number;
  chosen: string[];
  busy: boolean;
  feedback: CheckResult | null;
  /** Why the last check, step on or submission failed; cleared by the next try. */
  failure: Failure | null;
  /** The answers the server has checked, and what it said of each: a refused take is scored from these. */
  answers: Answers;
  verdicts: Record<string, { correct: boolean; skill: Skill }>;
  /** The attempt token; once the server has seen it with a submission, every retry sends it again. */
  attempt: string | null;
  result: SubmissionResult | null;
  refused: Refusal | null;
  crowd: Results | null;
  shared: Shared;
  /** The chunk with feedback and the end screen has arrived. */
  later: boolean;
  /** Counts screens the reader moved to; each new one puts focus on its heading. */
  focus: number;
};

export type Event =
  | { type: 'loading' }
  | { type: 'loaded'; quiz: Quiz }
  | { type: 'load-failed'; failure: Failure }
  | { type: 'later-arrived' }
  | { type: 'start' }
  | { type: 'restart' }
  | { type: 'choose'; choiceId: string }
  | { type: 'busy'; take: number }
  | { type: 'failed'; take: number; failure: Failure }
  | { type: 'checked'; take: number; result: CheckResult }
  | { type: 'next'; take: number }
  | { type: 'attempt'; take: number; token: string }
  | { type: 'submitted'; take: number; result: SubmissionResult }
  | { type: 'refused'; take: number; reason: Refusal; result: SubmissionResult }
  | { type: 'crowd'; take: number; results: Results }
  | { type: 'shared'; shared: Shared };

export const initialState: State = {
  quiz: null,
  loadFailure: null,
  step: 'start',
  take: 0,
  index: 0,
  chosen: [],
  busy: false,
  feedback: null,
  failure: null,
  answers: {},
  verdicts: {},
  attempt: null,
  result: null,
  refused: null,
  crowd: null,
  shared: '',
  later: false,
  focus: 0,
};

/** Everything one take shows, as it is when the reader starts or retakes the quiz. */
function freshTake(state: State, step: Step): State {
  const { quiz, loadFailure, later, focus } = state;
  return { ...initialState, quiz, loadFailure, later, focus, step, take: state.take + 1 };
}

export function reduce(state: State, event: Event): State {
  // An answer for a take the reader has left (Retake, Start again) changes nothing.
  if ('take' in event && event.take !== state.take) return state;
  switch (event.type) {
    case 'loading':
      return { ...state, loadFailure: null };
    case 'loaded': {
      // The whole quiz may already be here (it is fetched at Start): never trade it for fewer questions.
      const known = state.quiz?.questions.length ?? 0;
      return { ...state, loadFailure: null, quiz: known > event.quiz.questions.length ? state.quiz : event.quiz };
    }
    case 'load-failed':
      return { ...state, loadFailure: event.failure };
    case 'later-arrived':
      return { ...state, later: true };
    case 'start':
      return { ...freshTake(state, 'question'), focus: state.focus + 1 };
    case 'restart':
      return { ...freshTake(state, 'start'), quiz: null };
    case 'choose': {
      const question = state.quiz?.questions[state.index];
      if (!question || state.feedback || state.step !== 'question') return state;
      const { chosen } = state;
      const id = event.choiceId;
      const next =
        question.type !== 'multiple' ? [id] : chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
      return { ...state, chosen: next, failure: null };
    }
    case 'busy':
      return { ...state, busy: true, failure: null };
    case 'failed':
      return { ...state, busy: false, failure: event.failure };
    case 'checked': {
      const question = state.quiz?.questions[state.index];
      if (!question) return state;
      const { correct, skill } = event.result;
      return {
        ...state,
        busy: false,
        failure: null,
        feedback: event.result,
        answers: { ...state.answers, [question.id]: state.chosen },
        verdicts: { ...state.verdicts, [question.id]: { correct, skill } },
      };
    }
    case 'next':
      return {
        ...state,
        index: state.index + 1,
        chosen: [],
        busy: false,
        feedback: null,
        failure: null,
        focus: state.focus + 1,
      };
    case 'attempt':
      return { ...state, attempt: event.token };
    case 'submitted':
      return { ...state, busy: false, failure: null, step: 'end', result: event.result, focus: state.focus + 1 };
    case 'refused':
      return {
        ...state,
        busy: false,
        failure: null,
        step: 'end',
        refused: event.reason,
        result: event.result,
        focus: state.focus + 1,
      };
    case 'crowd':
      return { ...state, crowd: event.results };
    case 'shared':
      return { ...state, shared: event.shared };
  }
}
