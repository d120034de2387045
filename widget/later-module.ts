// What the lazily loaded chunk provides: checking, saving, and the screens, styles and words that follow "Check answer".

import { check, submit } from './answer-actions.ts';
import { answered } from './answered.tsx';
import { EndScreen } from './end-screen.tsx';
import { failureText } from './failure-text.ts';
import css from './later.css?inline';

export const laterModule = { check, submit, answered, EndScreen, failureText, css };

export type LaterModule = typeof laterModule;
