// The words for a failed check, step on or save, once the chunk that does the checking and saving is here.

import type { Lang } from '../../contract/quiz.ts';
import type { Failure } from '../core/reduce.ts';
import { laterStrings } from '../shared/strings.ts';

/**
 * Busy, expired, a failed challenge, or (on the way from an answered question: to the next one, or
 * saving after the last) anything but a missing quiz; `undefined` leaves the message to the app chunk,
 * which words a missing quiz and a failed check itself (it must, when this chunk cannot load).
 */
export function failureText(lang: Lang, failure: Failure, after?: 'next' | 'save'): string | undefined {
  const t = laterStrings[lang];
  if (failure === 'busy') return t.busy;
  if (failure === 'expired') return t.expired;
  if (failure === 'challenge') return t.challengeFailed;
  if (!after || failure === 'missing') return undefined;
  return after === 'save' ? t.saveFailed : t.nextFailed;
}
