// The last screen: the score, how each skill went, how the reader compares with everyone, Retake and Share.

import type { Results } from '../../contract/api.ts';
import type { Lang, Quiz } from '../../contract/quiz.ts';
import { SKILL_LABELS, type Skill } from '../../contract/skills.ts';
import type { Ctx } from '../core/effects.ts';
import type { State } from '../core/reduce.ts';
import { fill, formatNumber, formatPercent, plural } from '../shared/format.ts';
import { laterStrings } from '../shared/strings.ts';
import { ScoreHistogram } from './score-histogram.tsx';
import { ShareButton } from './share-button.tsx';

export function FinishScreen({ state, ctx }: { state: State; ctx: Ctx }) {
  const { quiz, result, crowd, shared, refused } = state;
  if (!quiz || !result) return null;
  const { lang } = quiz;
  const t = laterStrings[lang];
  const n = (v: number) => formatNumber(lang, v);
  const ratio = result.total ? result.score / result.total : 0;
  const score = fill(t.score, { score: n(result.score), total: n(result.total) });
  const skills = Object.entries(result.skills) as SkillEntry[];

  return (
    <section class="end">
      <p class="eyebrow">{t.yourScore}</p>
      <h2 class="score" tabIndex={-1}>
        {score}
      </h2>
      <p class="lead">{ratio >= 0.8 ? t.great : ratio >= 0.5 ? t.good : t.low}</p>
      {/* Not counted, and nothing to compare with: the reader is told plainly, once. */}
      {refused && <p class="note refused">{refused === 'too_fast' ? t.tooFast : t.dailyLimit}</p>}

      <h3>{t.bySkill}</h3>
      <SkillList title={t.strong} skills={skills.filter(([, s]) => s.correct === s.total)} lang={lang} />
      <SkillList title={t.practise} skills={skills.filter(([, s]) => s.correct < s.total)} lang={lang} />

      {!refused && (
        <>
          <h3>{t.compare}</h3>
          {quiz.results === 'private' ? (
            <p class="note">{t.private}</p>
          ) : result.percentile === null ? (
            <p class="note">{t.noCrowd}</p>
          ) : (
            <>
              <p>{fill(t.percentile, { p: formatPercent(lang, result.percentile) })}</p>
              {crowd && crowd.takes > 0 && !crowd.scoresHeldBack && (
                <>
                  <ScoreHistogram
                    distribution={crowd.scoreDistribution}
                    mine={result.score}
                    caption={plural(lang, crowd.takes, t.takes)}
                    lang={lang}
                  />
                  <Delayed crowd={crowd} lang={lang} />
                  <MostMissed quiz={quiz} crowd={crowd} />
                </>
              )}
            </>
          )}
        </>
      )}

      <div class="act">
        <button type="button" class="btn" onClick={ctx.begin}>
          {t.retake}
        </button>
        <ShareButton
          url={ctx.config.frame ? location.href.replace(/#.*/, '') : location.href}
          title={quiz.title}
          text={fill(t.shareText, { score: n(result.score), total: n(result.total), title: quiz.title })}
          lang={lang}
          shared={shared}
          onShared={(s) => ctx.dispatch({ type: 'shared', shared: s })}
        />
      </div>
    </section>
  );
}

type SkillEntry = [Skill, { correct: number; total: number }];

/** Skills as compact chips, in two groups (all right / worth practising): a 16-question quiz has many. */
function SkillList({ title, skills, lang }: { title: string; skills: SkillEntry[]; lang: Lang }) {
  const t = laterStrings[lang];
  if (!skills.length) return null;
  const n = (v: number) => formatNumber(lang, v);
  return (
    <>
      <p class="label">{title}</p>
      <ul class="chips">
        {skills.map(([skill, s]) => (
          <li key={skill}>
            {SKILL_LABELS[skill]?.[lang] ?? skill}
            {s.total > 1 && <span class="n"> · {fill(t.score, { score: n(s.correct), total: n(s.total) })}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** When the rollup runs late (issue 9), the crowd's figures say so: they may lack the latest takes. */
function Delayed({ crowd, lang }: { crowd: Results; lang: Lang }) {
  if (!crowd.stale) return null;
  const t = laterStrings[lang];
  const minutes = Math.round((crowd.rollupLagSeconds ?? 0) / 60);
  return <p class="note delayed">{minutes > 0 ? plural(lang, minutes, t.delayedBy) : t.delayed}</p>;
}

/** The questions fewest readers got right (at most three, only those someone missed). */
function MostMissed({ quiz, crowd }: { quiz: Quiz; crowd: Results }) {
  const { lang } = quiz;
  const t = laterStrings[lang];
  const rate = (id: string) => {
    const q = crowd.questions[id];
    return q?.answered ? q.correct / q.answered : 1;
  };
  const missed = quiz.questions
    .filter((q) => rate(q.id) < 1)
    .sort((a, b) => rate(a.id) - rate(b.id))
    .slice(0, 3);
  if (!missed.length) return null;
  return (
    <>
      <h3>{t.mostMissed}</h3>
      <ol class="missed">
        {missed.map((q) => (
          <li key={q.id}>
            <span>{q.prompt}</span>
            <span class="muted">{fill(t.gotRight, { p: formatPercent(lang, rate(q.id) * 100) })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
