// Lazy chunk: the words for a failed check or save, once the chunk that does the checking and saving is here.

import type { Lang } from '../contract/quiz.ts';
import type { Failure } from './api-client.ts';
import { laterStrings } from './strings.ts';

/**
 * Busy, expired, or (on the way from an answered question: to the next one, or saving after the last)
 * anything but a missing quiz; `undefined` leaves the message to embed.js, which words a missing quiz
 * and a failed check itself (it must, when the chunk cannot load).
 */
export function failureText(lang: Lang, failure: Failure, after?: 'next' | 'save'): string | undefined {
  const t = laterStrings[lang];
  if (failure === 'busy') return t.busy;
  if (failure === 'expired') return t.expired;
  if (!after || failure === 'missing') return undefined;
  return after === 'save' ? t.saveFailed : t.nextFailed;
}
