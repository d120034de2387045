// What every part of the editor reads: the words in the editor's language, the problems by field, and dispatch.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../contract/quiz.ts';
import type { Event } from './state.ts';
import type { Strings } from './strings.ts';

export type EditorContext = {
  lang: Lang;
  t: Strings;
  dispatch: (event: Event) => void;
  /** Problems in words, by field key (problem-text.ts). */
  problems: Map<string, string[]>;
  /** The rules' warnings in words, by field key: reviewer advice shown beside the field, never blocking. */
  advice: Map<string, string[]>;
  /** Whether a field's problems are shown yet: after it was left once, or after "Check" / a publish attempt. */
  shown: (key: string) => boolean;
  touch: (key: string) => void;
  /** Says what just happened to screen-reader users (a polite live region). */
  announce: (text: string) => void;
};

export const Editor = createContext<EditorContext | null>(null);

export function useEditor(): EditorContext {
  const context = useContext(Editor);
  if (!context) throw new Error('[lateral editor] used outside <Editor.Provider>');
  return context;
}
