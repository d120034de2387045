// What the reader sees while the quiz loads: the start screen's own layout in grey bars, so little moves when it arrives.

import type { CoreStrings } from '../shared/strings.ts';

/** Stand-in words in the start screen's own classes, so the bars wrap like a typical quiz's text would. */
const LINES: [string, number][] = [
  ['eyebrow', 3],
  ['title', 10],
  ['intro', 46],
  ['src', 20],
  ['meta', 5],
];

export function LoadingSkeleton({ t }: { t: CoreStrings }) {
  return (
    <section class="start sk" aria-busy="true">
      <p class="sr" role="status">
        {t.loading}
      </p>
      <div aria-hidden="true">
        {LINES.map(([kind, words]) => (
          <p class={kind}>
            <span class="bone">{'lorem '.repeat(words).trim()}</span>
          </p>
        ))}
        <span class="btn bone">{t.start}</span>
      </div>
    </section>
  );
}
