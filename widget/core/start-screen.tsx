// The quiz's cover: what it is, the article it is drawn from, how long it takes, when its facts were checked, Start.

import type { Quiz } from '../../contract/quiz.ts';
import { fill, pluralSmall } from '../shared/format.ts';
import { httpUrl } from '../shared/safe-url.ts';
import type { CoreStrings } from '../shared/strings.ts';

type Props = { quiz: Quiz; t: CoreStrings; onStart: () => void };

export function StartScreen({ quiz, t, onStart }: Props) {
  const { source } = quiz;
  const href = httpUrl(source.url);
  // Facts carry the date they were checked, written out by the Worker; a quiz served without it leaves it out.
  const checked = quiz.checkedOn;
  return (
    <section class="start">
      <p class="eyebrow">{t.eyebrow}</p>
      {/* The quiz's text may be in another language than the interface: screen readers switch voice on lang. */}
      <h2 class="title" lang={quiz.lang}>
        {quiz.title}
      </h2>
      <p class="intro" lang={quiz.lang}>
        {quiz.intro}
      </p>
      <p class="src">
        <span class="muted">{t.basedOn} </span>
        <cite>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span class="sr"> {t.newTab}</span>
            </a>
          ) : (
            source.title
          )}
        </cite>
        <span class="muted">
          {' '}
          {t.by} {source.author} · {source.publisher}
        </span>
      </p>
      <p class="meta">
        {pluralSmall(quiz.questionCount, t.questions)} · {pluralSmall(quiz.estimatedMinutes, t.minutes)}
        {checked && [<br />, fill(t.checked, { date: checked })]}
      </p>
      <button type="button" class="btn" onClick={onStart}>
        {t.start}
      </button>
    </section>
  );
}
