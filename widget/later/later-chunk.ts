// Entry of w/later.<hash>.js, fetched at Start: checking and finishing a take, and the screens, styles and words after "Check answer".

import { check } from './check-answer.ts';
import { Challenge } from './challenge.tsx';
import { explainAnswer } from './explain-answer.tsx';
import { failureText } from './failure-text.ts';
import { begin } from './finish-take.ts';
import { FinishScreen } from './finish-screen.tsx';
import { GroupStart } from './group-start.tsx';
import { joinGroup } from './join-group.ts';
import { takeEvents } from './take-events.ts';
import { choices } from './take-order.ts';
import css from './later.css?inline';

export const laterChunk = {
  choices,
  begin,
  check,
  explainAnswer,
  FinishScreen,
  Challenge,
  GroupStart,
  joinGroup,
  failureText,
  takeEvents,
  css,
};

export type LaterChunk = typeof laterChunk;

window.Lateral?._define?.('later', laterChunk);
