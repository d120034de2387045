// The place in the widget where Turnstile draws its challenge: empty for most readers, a checkbox for a few.

import type { Ctx } from '../core/effects.ts';
import { boxes } from './turnstile.ts';

export function Challenge({ ctx }: { ctx: Ctx }) {
  return (
    <div
      class="cf"
      ref={(el) => {
        if (el) boxes.set(ctx, el);
      }}
    />
  );
}
