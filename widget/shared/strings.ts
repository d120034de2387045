// The widget's words by language, one table per bundle so each bundle carries only what it shows.

import type { Lang } from '../../contract/quiz.ts';
import * as en from './strings/en.ts';
import * as es from './strings/es.ts';

export type CoreStrings = typeof en.core;
export type LaterStrings = typeof en.later;
export type FrameStrings = typeof en.frames;

// A new language: its file in strings/, then one entry in each table below (the compiler lists them).
export const coreStrings: Record<Lang, CoreStrings> = { en: en.core, es: es.core };
export const laterStrings: Record<Lang, LaterStrings> = { en: en.later, es: es.later };
export const frameStrings: Record<Lang, FrameStrings> = { en: en.frames, es: es.frames };
