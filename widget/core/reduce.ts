// The reader's way through a quiz as one pure function: reduce(state, event) → state. Effects only dispatch events.

import type { CheckResult, Results, SubmissionResult } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import type { Skill } from '../../contract/skills.ts';

export type Step = 'start' | 'question' | 'end';

/**
 * What went wrong, as the reader needs to know it: `offline`, `server` and `busy` can be retried as
 * is, `expired` needs a fresh attempt, `challenge` a fresh Turnstile check, `missing` will not get
 * better by retrying soon.
 */
export type Failure = 'offline' | 'server' | 'busy' | 'expired' | 'missing' | 'rejected' | 'challenge';

/** Why a finished take was not counted (issue 9): the reader still gets a score, from the widget's own verdicts. */
export type Refusal = 'too_fast' | 'daily_limit';

export type Shared = '' | 'copied' | 'manual';

export type Answered = { chosen: string[]; correct: boolean; skill: Skill };

/**
 * A class group (issue 15): the code field open (`typing`), a code being looked up (`checking`), one the
 * reader takes the quiz with (`joined`), one that is no group of this quiz or has ended (`unknown`), or
 * one that could not be looked up (`failed`). Looked up in the lazy chunk; only the state lives here.
 */
export type Group = {
  code: string;
  status: 'typing' | 'checking' | 'joined' | 'unknown' | 'failed';
  /** The reader opened the code field (rather than the site giving a code). */
  typed?: boolean;
};

export type State = {
  /** The questions known so far (just the first until Start fetched the rest); `questionCount` is the whole count. */
  quiz: Quiz | null;
  loadFailure: Failure | null;
  /** Question 1 has taken long enough that a skeleton helps (effects.ts); before that the widget draws nothing. */
  slow?: boolean;
  step: Step;
  /** Which take this is. Effects tag their answers with it, so those for an abandoned take are dropped. */
  take: number;
  index: number;
  chosen: string[];
  busy: boolean;
  feedback: CheckResult | null;
  /** Why the last check, step on or submission failed; cleared by the next try. */
  failure: Failure | null;
  /** Each answer the server has checked, by question id, with its verdict: a refused take is scored from these. */
  answers: Record<string, Answered>;
  /** The attempt token; every retry of the submission sends it again, so the take counts once. */
  attempt: string | null;
  result: SubmissionResult | null;
  refused: Refusal | null;
  crowd: Results | null;
  shared: Shared;
  /** Counts screens the reader moved to; each new one puts focus on its heading. */
  focus: number;
  /** The class group, kept across takes; absent without one. */
  group?: Group | null;
};

export type Event =
  | { type: 'loading' }
  | { type: 'slow' }
  | { type: 'loaded'; quiz: Quiz }
  | { type: 'load-failed'; failure: Failure }
  | { type: 'start' }
  | { type: 'restart' }
  | { type: 'choose'; choiceId: string }
  | { type: 'busy'; take: number }
  | { type: 'failed'; take: number; failure: Failure }
  | { type: 'checked'; take: number; result: CheckResult }
  | { type: 'next'; take: number }
  | { type: 'attempt'; take: number; token: string }
  /** The take is over: saved, or (`refused`) scored here because the server would not count it. */
  | { type: 'finished'; take: number; result: SubmissionResult; refused?: Refusal }
  | { type: 'crowd'; take: number; results: Results }
  | { type: 'shared'; shared: Shared }
  | { type: 'group'; group: Group | null };

/** Everything one take shows, as it is when the reader starts or retakes the quiz. */
const TAKE = {
  step: 'question' as Step,
  index: 0,
  chosen: [],
  busy: false,
  feedback: null,
  failure: null,
  answers: {},
  attempt: null,
  result: null,
  refused: null,
  crowd: null,
  shared: '' as Shared,
};

export const initialState: State = { ...TAKE, step: 'start', quiz: null, loadFailure: null, take: 0, focus: 0 };

/** What each event changes; the reducer copies the rest. */
export type On = { [T in Event['type']]: (s: State, e: Extract<Event, { type: T }>) => Partial<State> };
export type Handlers = Partial<On>;

/**
 * The events of the first screens. Those after the first check (verdicts, steps, the end) come with the
 * lazy chunk (widget/later/take-events.ts), which only ever dispatches them once it is here: embed.js
 * stays within its byte budget, and both halves stay plain data.
 */
const firstScreens: Handlers = {
  loading: () => ({ loadFailure: null, slow: false }),
  slow: () => ({ slow: true }),
  // The whole quiz may be here already (fetched at Start): never trade it for fewer questions.
  loaded: (s, e) => ({
    loadFailure: null,
    quiz: (s.quiz?.questions.length ?? 0) > e.quiz.questions.length ? s.quiz : e.quiz,
  }),
  'load-failed': (_, e) => ({ loadFailure: e.failure }),
  start: (s) => ({ ...TAKE, take: s.take + 1, focus: s.focus + 1 }),
  restart: (s) => ({ ...TAKE, step: 'start', take: s.take + 1, quiz: null }),
  choose: ({ quiz, index, chosen, feedback }, { choiceId: id }) => {
    const question = quiz?.questions[index];
    if (!question || feedback) return {};
    const picked = chosen.includes(id);
    return {
      chosen: question.type !== 'multiple' ? [id] : picked ? chosen.filter((c) => c !== id) : [...chosen, id],
      failure: null,
    };
  },
  busy: () => ({ busy: true, failure: null }),
  failed: (_, e) => ({ busy: false, failure: e.failure }),
};

/** The pure reducer for the first screens' events and `more` (the lazy chunk's); any other event changes nothing. */
export function reducer(more: Handlers = {}): (state: State, event: Event) => State {
  const on: Handlers = { ...firstScreens, ...more };
  return (state, event) => {
    // An answer for a take the reader has left (Retake, Start again) changes nothing.
    if ('take' in event && event.take !== state.take) return state;
    const change = on[event.type] as ((s: State, e: Event) => Partial<State>) | undefined;
    return change ? { ...state, ...change(state, event) } : state;
  };
}

/** The first screens' reducer, until the lazy chunk brings the rest. */
export const reduce = reducer();
