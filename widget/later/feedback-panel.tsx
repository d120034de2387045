// After "Check answer": the verdict in words and icon, why, the article's own words, and where to check further.

import type { ComponentChildren } from 'preact';
import type { CheckResult } from '../../contract/api.ts';
import type { Lang } from '../../contract/quiz.ts';
import { SKILL_LABELS } from '../../contract/skills.ts';
import { Mark } from './icons.tsx';
import { httpUrl } from '../shared/safe-url.ts';
import { laterStrings } from '../shared/strings.ts';

type Props = { result: CheckResult; lang: Lang; children?: ComponentChildren };

/** `children`: what follows the lesson itself ("why not the others"). */
export function FeedbackPanel({ result, lang, children }: Props) {
  const t = laterStrings[lang];
  const { correct, passage, sources } = result;
  const translation = passage.translation?.[lang];
  return (
    <div class={`fb ${correct ? 'ok' : 'bad'}`}>
      <p class="verdict">
        <Mark ok={correct} />
        {correct ? t.correct : t.wrong}
      </p>
      <p>{result.explanation}</p>
      {children}
      <figure class="quote">
        <figcaption>{t.fromArticle}</figcaption>
        {/* The passage stays in the article's language; a translation means it is not the reader's. */}
        <blockquote lang={translation ? (lang === 'es' ? 'en' : 'es') : undefined}>{passage.text}</blockquote>
        {translation && (
          <>
            <p class="tr-label">{t.translation}</p>
            <blockquote class="tr">{translation}</blockquote>
          </>
        )}
      </figure>
      {sources.length > 0 && (
        <div class="sources">
          <p class="label">{t.sources}</p>
          <ul>
            {sources.map((source) => {
              const href = httpUrl(source.url);
              const name = source.date ? `${source.name} (${source.date})` : source.name;
              return (
                <li key={source.url}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {name}
                      <span class="sr"> {t.newTab}</span>
                    </a>
                  ) : (
                    name
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <p class="skill">
        {t.skill}: <strong>{SKILL_LABELS[result.skill]?.[lang] ?? result.skill}</strong>
      </p>
    </div>
  );
}
