// A copy of unsaved edits on this device, so a lost connection or an ended session loses nothing when the tab closes.

import type { Draft } from '../contract/editor.ts';

const key = (id: string) => `lateral-editor:unsaved:${id}`;

/** `base` is the server copy these edits build on: a backup is restored only onto that same copy. */
export type Backup = { draft: Draft; base: number | undefined };

export function keepBackup(draft: Draft, base: number | undefined): void {
  try {
    localStorage.setItem(key(draft.quiz.id), JSON.stringify({ draft, base } satisfies Backup));
  } catch {
    // Storage full or off: the server copy, saved moments later, is the real safeguard.
  }
}

export function readBackup(id: string): Backup | null {
  try {
    const text = localStorage.getItem(key(id));
    return text ? (JSON.parse(text) as Backup) : null;
  } catch {
    return null;
  }
}

export function clearBackup(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing to clear.
  }
}
