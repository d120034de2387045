// What the reader sees while the quiz loads: the start screen's own layout in grey bars, so little moves when it arrives.

import type { CoreStrings } from '../shared/strings.ts';

/** Invisible stand-in words in the start screen's own classes: they wrap like a typical quiz's text would. */
const ghost = (words: number) => 'lorem '.repeat(words).trim();

export function LoadingSkeleton({ t }: { t: CoreStrings }) {
  return (
    <section class="start sk" aria-busy="true">
      <p class="sr" role="status">
        {t.loading}
      </p>
      <div aria-hidden="true">
        <p class="eyebrow">
          <span class="bone">{ghost(3)}</span>
        </p>
        <p class="title">
          <span class="bone">{ghost(10)}</span>
        </p>
        <p class="intro">
          <span class="bone">{ghost(46)}</span>
        </p>
        <p class="src">
          <span class="bone">{ghost(20)}</span>
        </p>
        <p class="meta">
          <span class="bone">{ghost(5)}</span>
        </p>
        <span class="btn bone">{t.start}</span>
      </div>
    </section>
  );
}
