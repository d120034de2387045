// What the lazily loaded chunk provides: checking, saving, and the screens, styles and words that follow "Check answer".

import { check, submit } from './answer-actions.ts';
import { ChoiceNote } from './choice-note.tsx';
import { EndScreen } from './end-screen.tsx';
import { failureText } from './failure-text.ts';
import { FeedbackPanel } from './feedback-panel.tsx';
import css from './later.css?inline';
import { laterStrings } from './strings.ts';

export const laterModule = { check, submit, ChoiceNote, EndScreen, FeedbackPanel, failureText, t: laterStrings, css };

export type LaterModule = typeof laterModule;
