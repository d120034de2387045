// Everyone's scores as columns, the reader's own highlighted; screen readers get each column as a sentence.

import type { Lang } from '../../contract/quiz.ts';
import { fill, formatNumber } from '../shared/format.ts';
import { laterStrings } from '../shared/strings.ts';

type Props = { distribution: number[]; mine: number; caption: string; lang: Lang };

export function ScoreHistogram({ distribution, mine, caption, lang }: Props) {
  const t = laterStrings[lang];
  const most = Math.max(1, ...distribution);
  // Every score labelled up to 10 columns; beyond that every other one (and the reader's), so labels never collide.
  const step = Math.ceil(distribution.length / 10);
  return (
    <figure class="histo">
      <figcaption>{caption}</figcaption>
      <ol>
        {distribution.map((count, score) => (
          <li key={score} class={score === mine ? 'me' : undefined}>
            <span class="col" aria-hidden="true">
              {score === mine && <b class="you">{t.you}</b>}
              <i style={{ height: `${count ? Math.max(4, (count / most) * 100) : 0}%` }} />
            </span>
            <span class="x" aria-hidden="true">
              {score % step === 0 || score === mine ? formatNumber(lang, score) : ''}
            </span>
            <span class="sr">
              {fill(t.scoreBar, { score: formatNumber(lang, score), count: formatNumber(lang, count) })}
              {score === mine ? ` (${t.you})` : ''}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
