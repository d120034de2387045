// The reader's way through a quiz as plain state plus actions; checking and saving live in the lazy chunk.

import type { Answers, AttemptGrant, CheckResult, Results, SubmissionResult } from '../contract/api.ts';
import type { WidgetEventDetail, WidgetEventName } from '../contract/messages.ts';
import type { Quiz } from '../contract/quiz.ts';
import type { ApiClient, ApiResult, Failure } from './api-client.ts';
import type { WidgetConfig } from './config.ts';
import type { LaterModule } from './later-module.ts';
import type { Shared } from './share-button.tsx';

export type Step = 'start' | 'question' | 'end';

export type FlowState = {
  /**
   * The questions known so far (just the first until Start fetched the rest) and, in `questionCount`,
   * how many there are in all.
   */
  quiz: Quiz | null;
  loadFailure: Failure | null;
  step: Step;
  index: number;
  chosen: string[];
  busy: boolean;
  feedback: CheckResult | null;
  /** Why the last check or submission failed; cleared by the next try. */
  failure: Failure | null;
  result: SubmissionResult | null;
  crowd: Results | null;
  shared: Shared;
  later: LaterModule | null;
};

export type FlowDeps = {
  config: WidgetConfig;
  api: ApiClient;
  loadLater: () => Promise<LaterModule>;
  emit: (name: WidgetEventName, detail: WidgetEventDetail) => void;
};

/** One attempt at the quiz, from Start (or Retake) to the saved score. */
export type Session = {
  answers: Answers;
  attempt: Promise<ApiResult<string>>;
  /** Once the server accepted a token, every retry of the submission reuses it: counted once. */
  token: string | null;
};

export type QuizFlow = {
  state: FlowState;
  session: Session;
  /** Set when the new screen's heading should take focus after the next render. */
  focus: boolean;
  deps: FlowDeps;
  set: (patch: Partial<FlowState>, focus?: boolean) => void;
  load: () => void;
  /** The whole quiz, asked for once at Start (again after a failure); it replaces `state.quiz` when it comes. */
  whole: () => Promise<ApiResult<Quiz>>;
  requestAttempt: () => Promise<ApiResult<string>>;
  begin: () => void;
  choose: (chosen: string[]) => void;
  check: () => Promise<void>;
  submit: () => Promise<void>;
  /** After a crash: back to a freshly loaded start screen. */
  restart: () => void;
};

/** A new session on every (re)start: late answers for an abandoned one are recognised and dropped. */
const newSession = (): Session => ({
  answers: {},
  attempt: Promise.resolve({ ok: false, failure: 'offline' }),
  token: null,
});

/** Everything one attempt shows, as it is when the reader starts or retakes the quiz. */
const fresh = (): Omit<FlowState, 'quiz' | 'loadFailure' | 'later'> => ({
  step: 'question',
  index: 0,
  chosen: [],
  busy: false,
  feedback: null,
  failure: null,
  result: null,
  crowd: null,
  shared: '',
});

/**
 * State lives here, not in components: `onChange` re-renders the whole (small) tree, so screens are
 * plain functions of the state and the widget needs no hooks runtime (a smaller first download).
 */
export function createQuizFlow(deps: FlowDeps, onChange: () => void): QuizFlow {
  const { config, api, loadLater, emit } = deps;
  const { quizId, lang } = config;

  const set = (patch: Partial<FlowState>, focus = false) => {
    flow.state = { ...flow.state, ...patch };
    // A new screen takes focus; it only ever appears after the reader pressed a button.
    if (focus) flow.focus = true;
    onChange();
  };

  const requestAttempt = () =>
    (flow.session.attempt = api<AttemptGrant>('/attempts', undefined, 'POST').then((r) =>
      r.ok ? { ok: true, data: r.data.attempt } : r,
    ));

  const withLater = () =>
    loadLater().then(
      (later) => (flow.state.later || set({ later }), later),
      () => null,
    );

  /** Check and submit run in the chunk; if it cannot be fetched, the reader gets a Retry. */
  const inLater = (action: (later: LaterModule) => Promise<void>) => async () => {
    set({ busy: true, failure: null });
    const later = await withLater();
    return later ? action(later) : set({ busy: false, failure: 'offline' });
  };

  // The start screen and question 1 need only the first question: the rest comes while it is read.
  const load = () => {
    set({ loadFailure: null });
    api<Quiz>(`?lang=${lang}&questions=1`).then((r) => set(r.ok ? { quiz: r.data } : { loadFailure: r.failure }));
  };

  let rest: Promise<ApiResult<Quiz>> | undefined;
  const whole = () =>
    (rest ??= api<Quiz>(`?lang=${lang}`).then((r) => {
      // A failed load is forgotten, so the next call asks again.
      if (r.ok) set({ quiz: r.data });
      else rest = undefined;
      return r;
    }));

  const flow: QuizFlow = {
    state: { ...fresh(), step: 'start', quiz: null, loadFailure: null, later: null },
    session: newSession(),
    focus: false,
    deps,
    set,
    load,
    whole,
    requestAttempt,
    begin: () => {
      flow.session = newSession();
      requestAttempt();
      // Fetched while the reader reads question 1: the other questions, and the chunk with checking,
      // feedback and the end screen.
      whole();
      withLater();
      set(fresh(), true);
      emit('lateral:start', { quizId });
    },
    choose: (chosen: string[]) => set({ chosen, failure: null }),
    check: inLater((later) => later.check(flow)),
    submit: inLater((later) => later.submit(flow)),
    restart: () => {
      flow.session = newSession();
      rest = undefined;
      set({ ...fresh(), step: 'start', quiz: null });
      load();
    },
  };
  return flow;
}
