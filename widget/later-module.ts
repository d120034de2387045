// What the lazily loaded chunk provides: checking, saving, and the screens and styles that follow "Check answer".

import { check, submit } from './answer-actions.ts';
import { ChoiceNote } from './choice-note.tsx';
import { EndScreen } from './end-screen.tsx';
import { FeedbackPanel } from './feedback-panel.tsx';
import css from './later.css?inline';

export const laterModule = { check, submit, ChoiceNote, EndScreen, FeedbackPanel, css };

export type LaterModule = typeof laterModule;
