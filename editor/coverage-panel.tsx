// The coverage panel: which skills the quiz practises, which parts of the article it asks about, credits vs doubts.

import type { Article } from '../contract/article.ts';
import type { QuizFile } from '../contract/quiz.ts';
import { SKILL_LABELS } from '../contract/skills.ts';
import { useEditor } from './context.ts';
import { coverage } from './coverage.ts';
import type { ArticlePart, Mark } from './reading-map.ts';

type Props = { quiz: QuizFile; article: Article | null; marks: Mark[]; parts: ArticlePart[] };

/** One line above the questions, so the picture is in sight while writing. */
export function CoverageSummary({ quiz, article, marks, parts }: Props) {
  const { t } = useEditor();
  const c = coverage(quiz, article, marks, parts);
  const covered = c.parts.filter((p) => p.questions.length > 0).length;
  return (
    <p class="coverage-summary">
      <strong>{t.coverage}:</strong> {t.skillsCovered(c.skills.length)} · {t.partsCovered(covered, c.parts.length)} ·{' '}
      {t.stanceCounts(c.credits, c.doubts, c.neutral, c.unset)}
    </p>
  );
}

export function CoveragePanel({ quiz, article, marks, parts }: Props) {
  const { t, lang } = useEditor();
  const c = coverage(quiz, article, marks, parts);
  const covered = c.parts.filter((p) => p.questions.length > 0).length;
  const excerpt = (p: ArticlePart) => {
    const text = article?.text.slice(p.start, p.end).trim() ?? '';
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  };
  return (
    <section class="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t.coverage}</h2>
      <div class="coverage-grid">
        <div>
          <h3>{t.skillsHeading}</h3>
          {c.skills.length ? (
            <ul class="plain">
              {c.skills.map((s) => (
                <li key={s.skill}>{`${SKILL_LABELS[s.skill][lang]}: ${t.questionCount(s.questions)}`}</li>
              ))}
            </ul>
          ) : (
            <p class="note">{t.noSkillsYet}</p>
          )}
          {c.suggested.length ? (
            <p class="hint">{`${t.mapAlsoFound} ${c.suggested.map((s) => SKILL_LABELS[s][lang]).join(', ')}.`}</p>
          ) : null}
        </div>
        <div>
          <h3>{t.stanceHeading}</h3>
          <p>{t.stanceCounts(c.credits, c.doubts, c.neutral, c.unset)}</p>
          <p class="hint">{t.stanceWhy}</p>
        </div>
        <div>
          <h3>{t.partsHeading}</h3>
          <p>{t.partsCovered(covered, c.parts.length)}</p>
          <details>
            <summary>{t.showParts}</summary>
            <ol class="parts">
              {c.parts.map((p) => (
                <li key={p.number} class={p.questions.length ? 'covered' : 'uncovered'}>
                  <span class="part-status">
                    {p.questions.length ? t.askedIn(p.questions.join(', ')) : t.noQuestion}
                  </span>{' '}
                  <span class="part-text" lang="en">
                    {excerpt(p.part)}
                  </span>
                </li>
              ))}
            </ol>
          </details>
        </div>
      </div>
      {c.advice.length ? (
        <div>
          <h3>{t.adviceHeading}</h3>
          <ul>
            {c.advice.map((a) => (
              <li key={a}>{t.advice[a]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
