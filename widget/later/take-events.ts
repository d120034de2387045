// What the events after the first check change in the state: verdicts, steps on, the attempt, the end screen.

import type { Handlers } from '../core/reduce.ts';

/** Joined to the first screens' events by core's `reducer()` once the lazy chunk is here (it dispatches them). */
export const takeEvents: Handlers = {
  checked: ({ quiz, index, chosen, answers }, { result }) => ({
    busy: false,
    feedback: result,
    answers: {
      ...answers,
      [quiz?.questions[index]?.id ?? '']: { chosen, correct: result.correct, skill: result.skill },
    },
  }),
  next: (s) => ({ index: s.index + 1, chosen: [], busy: false, feedback: null, failure: null, focus: s.focus + 1 }),
  attempt: (_, e) => ({ attempt: e.token }),
  finished: (s, e) => ({
    busy: false,
    failure: null,
    step: 'end',
    result: e.result,
    refused: e.refused ?? null,
    focus: s.focus + 1,
  }),
  crowd: (_, e) => ({ crowd: e.results }),
  shared: (_, e) => ({ shared: e.shared }),
  group: (_, e) => ({ group: e.group }),
};
