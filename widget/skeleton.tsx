// What the reader sees while the quiz loads: the start screen's shape in grey, so nothing jumps when it arrives.

import type { CoreStrings } from './strings.ts';

export function Skeleton({ t }: { t: CoreStrings }) {
  return (
    <section class="start sk" aria-busy="true">
      <p class="sr" role="status">
        {t.loading}
      </p>
      <span class="bone eyebrow-bone" />
      <span class="bone title-bone" />
      <span class="bone title-bone short" />
      <span class="bone line-bone" />
      <span class="bone line-bone" />
      <span class="bone line-bone short" />
      <span class="bone src-bone" />
      <span class="bone btn-bone" />
    </section>
  );
}
