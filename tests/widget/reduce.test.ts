// The widget's whole flow as plain data: reduce(state, event) → state, with no DOM, network or chunk involved.

import { describe, expect, it } from 'vitest';
import { type Event, initialState, reduce as firstScreens, reducer, type State } from '../../widget/core/reduce.ts';
import { ownScore } from '../../widget/later/finish-take.ts';
import { takeEvents } from '../../widget/later/take-events.ts';
import { checkResult, quizFixture, resultsFixture } from './fake-api.ts';

/** The reducer as it is once the lazy chunk has brought the events after the first check. */
const reduce = reducer(takeEvents);
const run = (...events: Event[]) => events.reduce(reduce, initialState);
const first = { ...quizFixture('en'), questions: quizFixture('en').questions.slice(0, 1) };
const whole = quizFixture('en');

/** A reader who has loaded the quiz and pressed Start (take 1). */
const started = () => run({ type: 'loaded', quiz: first }, { type: 'loaded', quiz: whole }, { type: 'start' });

describe('the two halves of the reducer', () => {
  it('changes nothing for an event of the lazy chunk before the chunk is here', () => {
    const state = ([{ type: 'loaded', quiz: first }, { type: 'start' }] as Event[]).reduce(firstScreens, initialState);
    expect(firstScreens(state, { type: 'checked', take: 1, result: checkResult('q1', ['b'], 'en') })).toBe(state);
    expect(firstScreens(state, { type: 'shared', shared: 'copied' })).toBe(state);
  });

  it('gives the same first screens with or without the chunk', () => {
    const events: Event[] = [{ type: 'loaded', quiz: first }, { type: 'start' }, { type: 'choose', choiceId: 'a' }];
    expect(events.reduce(firstScreens, initialState)).toEqual(events.reduce(reduce, initialState));
  });
});

describe('loading', () => {
  it('starts on the start screen with nothing known, and keeps the quiz that arrives', () => {
    expect(initialState).toMatchObject({ quiz: null, step: 'start', take: 0, loadFailure: null });
    expect(run({ type: 'loaded', quiz: first }).quiz).toBe(first);
  });

  it('records a failed load and clears it when the reader retries', () => {
    const failed = run({ type: 'load-failed', failure: 'offline' });
    expect(failed.loadFailure).toBe('offline');
    expect(reduce(failed, { type: 'loading' }).loadFailure).toBeNull();
  });

  it('never trades the whole quiz for the first question when the answers arrive out of order', () => {
    const state = run({ type: 'loaded', quiz: whole }, { type: 'loaded', quiz: first });
    expect(state.quiz).toBe(whole);
  });
});

describe('a take', () => {
  it('starts a new take on question 1 and asks for focus on the new screen', () => {
    const state = started();
    expect(state).toMatchObject({ step: 'question', take: 1, index: 0, chosen: [], focus: 1 });
  });

  it('chooses one answer for a single-choice question, and toggles answers for a multiple-choice one', () => {
    let state = started();
    state = reduce(state, { type: 'choose', choiceId: 'a' });
    state = reduce(state, { type: 'choose', choiceId: 'b' });
    expect(state.chosen).toEqual(['b']);
    state = reduce(state, { type: 'checked', take: 1, result: checkResult('q1', ['b'], 'en') });
    state = reduce(state, { type: 'next', take: 1 });
    for (const id of ['a', 'c', 'a']) state = reduce(state, { type: 'choose', choiceId: id });
    expect(state.chosen).toEqual(['c']);
  });

  it('keeps a checked answer with its verdict and locks the choices', () => {
    let state = reduce(started(), { type: 'choose', choiceId: 'b' });
    state = reduce(state, { type: 'busy', take: 1 });
    expect(state.busy).toBe(true);
    state = reduce(state, { type: 'checked', take: 1, result: checkResult('q1', ['b'], 'en') });
    expect(state.busy).toBe(false);
    expect(state.answers).toEqual({ q1: { chosen: ['b'], correct: false, skill: 'comprehension' } });
    expect(reduce(state, { type: 'choose', choiceId: 'a' }).chosen).toEqual(['b']);
  });

  it('moves to the next question with a clean slate and focus on it', () => {
    let state = reduce(started(), { type: 'choose', choiceId: 'a' });
    state = reduce(state, { type: 'checked', take: 1, result: checkResult('q1', ['a'], 'en') });
    state = reduce(state, { type: 'next', take: 1 });
    expect(state).toMatchObject({ index: 1, chosen: [], feedback: null, failure: null, focus: 2 });
  });

  it('shows a failure until the next try, which clears it', () => {
    let state = reduce(started(), { type: 'failed', take: 1, failure: 'busy' });
    expect(state).toMatchObject({ busy: false, failure: 'busy' });
    state = reduce(state, { type: 'busy', take: 1 });
    expect(state).toMatchObject({ busy: true, failure: null });
  });

  it('ends on the end screen with the saved result, or with its own score when the take was refused', () => {
    const saved = { score: 2, total: 3, skills: {}, percentile: 60 };
    expect(reduce(started(), { type: 'finished', take: 1, result: saved })).toMatchObject({
      step: 'end',
      result: saved,
      refused: null,
      focus: 2,
    });
    const own = { score: 1, total: 3, skills: {}, percentile: null };
    expect(reduce(started(), { type: 'finished', take: 1, result: own, refused: 'too_fast' })).toMatchObject({
      step: 'end',
      result: own,
      refused: 'too_fast',
    });
  });

  it('drops what arrives for a take the reader has left', () => {
    const retaken = reduce(started(), { type: 'start' });
    expect(retaken.take).toBe(2);
    for (const event of [
      { type: 'checked', take: 1, result: checkResult('q1', ['a'], 'en') },
      { type: 'failed', take: 1, failure: 'offline' },
      { type: 'attempt', take: 1, token: 'old' },
      { type: 'crowd', take: 1, results: resultsFixture() },
      { type: 'finished', take: 1, result: { score: 3, total: 3, skills: {}, percentile: 1 } },
    ] satisfies Event[]) {
      expect(reduce(retaken, event), event.type).toBe(retaken);
    }
  });

  it('retakes with no answers, token or result carried over, keeping the whole quiz', () => {
    let state: State = reduce(started(), { type: 'attempt', take: 1, token: 't1' });
    state = reduce(state, { type: 'choose', choiceId: 'a' });
    state = reduce(state, { type: 'checked', take: 1, result: checkResult('q1', ['a'], 'en') });
    state = reduce(state, { type: 'finished', take: 1, result: { score: 1, total: 3, skills: {}, percentile: 5 } });
    state = reduce(state, { type: 'shared', shared: 'copied' });
    state = reduce(state, { type: 'start' });
    expect(state).toMatchObject({ quiz: whole, take: 2, answers: {}, attempt: null, result: null, shared: '' });
  });

  it('after a crash, starts over from a fresh load', () => {
    const state = reduce(started(), { type: 'restart' });
    expect(state).toMatchObject({ step: 'start', quiz: null, take: 2 });
  });
});

describe('the score of a refused take', () => {
  it('adds up the verdicts the server gave along the way, by skill, out of the whole quiz', () => {
    let state = started();
    for (const [i, [id, chosen]] of (
      [
        ['q1', ['a']],
        ['q2', ['b']],
        ['q3', ['t']],
      ] as const
    ).entries()) {
      for (const c of chosen) state = reduce(state, { type: 'choose', choiceId: c });
      state = reduce(state, { type: 'checked', take: 1, result: checkResult(id, [...chosen], 'en') });
      if (i < 2) state = reduce(state, { type: 'next', take: 1 });
    }
    expect(ownScore(state)).toEqual({
      score: 2,
      total: 3,
      skills: { comprehension: { correct: 2, total: 2 }, 'lateral-reading': { correct: 0, total: 1 } },
      percentile: null,
    });
  });
});
