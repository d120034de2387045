// A failure the reader can act on: what happened in plain words, and the one button that fixes it.

import type { Failure } from './api-client.ts';
import type { CoreStrings } from './strings.ts';

type Props = { message: string; action: string; onAction: () => void };

export function ErrorNote({ message, action, onAction }: Props) {
  return (
    <div class="err" role="alert">
      <p>{message}</p>
      <button type="button" class="btn sec" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}

/** The message for a failure, where `fallback` says what was being done (loading, checking, saving). */
export function failureText(t: CoreStrings, failure: Failure, fallback: string): string {
  if (failure === 'busy') return t.busy;
  if (failure === 'expired') return t.expired;
  if (failure === 'missing') return t.missing;
  return fallback;
}
