/** @jsxImportSource hono/jsx */
// The sections of the results page: key figures, scores, takes per day, skills, questions and languages.

import { BarList } from './bar-list.tsx';
import { DailyChart, MAX_DAYS, daySeries } from './daily-chart.tsx';
import { DataTable } from './data-table.tsx';
import type { ResultFigures } from '../figures.ts';
import type { Format } from '../format.ts';
import { PendingQuestionView, QuestionFigureView } from './question-figure.tsx';
import { ScoreHistogram } from './score-histogram.tsx';
import { type Crowd, besideCrowd } from './crowd.ts';
import type { Strings } from '../strings.ts';

export type SectionProps = { f: ResultFigures; t: Strings; fmt: Format; crowd?: Crowd | undefined };

export function KeyFigures({ f, t, fmt, crowd }: SectionProps) {
  const of = <small> {t.ofTotal(fmt.count(f.total))}</small>;
  const score = (n: number | null) => (n === null ? '–' : fmt.decimal(n));
  const everyone = (value: string, name: string) =>
    crowd ? (
      <dd class="crowd" data-figure={`everyone:${name}`}>
        {crowd.g.everyoneValue(value)}
      </dd>
    ) : null;
  return (
    <dl class="key-figures">
      <div>
        <dt>{t.takes}</dt>
        <dd data-figure="takes">{fmt.count(f.takes)}</dd>
        {everyone(fmt.count(crowd?.f.takes ?? 0), 'takes')}
      </div>
      <div>
        <dt>{t.meanScore}</dt>
        <dd data-figure="mean_score">
          {score(f.meanScore)}
          {f.meanScore === null ? null : of}
        </dd>
        {everyone(score(crowd?.f.meanScore ?? null), 'mean_score')}
      </div>
      <div>
        <dt>{t.medianScore}</dt>
        <dd data-figure="median_score">
          {score(f.medianScore)}
          {f.medianScore === null ? null : of}
        </dd>
        {everyone(score(crowd?.f.medianScore ?? null), 'median_score')}
      </div>
    </dl>
  );
}

/** `heldBack`: why a group's scores are not shown yet (GroupResults.scoresHeldBack), said where they would be. */
export function ScoresSection({ f, t, fmt, crowd, heldBack }: SectionProps & { heldBack?: string | undefined }) {
  const score = (n: number | null) => (n === null ? '–' : fmt.decimal(n));
  const mean = score(f.meanScore);
  const median = score(f.medianScore);
  const everyone = crowd ? (
    <p class="note">
      {crowd.g.everyoneScores(
        fmt.count(crowd.f.takes),
        score(crowd.f.meanScore),
        score(crowd.f.medianScore),
        fmt.count(crowd.f.total),
      )}
    </p>
  ) : null;
  if (heldBack) {
    return (
      <section aria-labelledby="scores-title">
        <h2 id="scores-title">{t.scoresTitle}</h2>
        <p class="empty">{heldBack}</p>
        {everyone}
      </section>
    );
  }
  return (
    <section aria-labelledby="scores-title">
      <h2 id="scores-title">{t.scoresTitle}</h2>
      <p id="scores-desc" class="visually-hidden">
        {t.scoresDesc(fmt.count(f.takes), mean, median, fmt.count(f.total))}
      </p>
      <ScoreHistogram f={f} t={t} fmt={fmt} labelledBy="scores-title scores-desc" />
      {everyone}
      <DataTable
        summary={t.showTable}
        table={{
          id: 'table-scores',
          caption: t.scoresTitle,
          head: [t.score, t.takes],
          rows: f.scores.map((s) => [t.nOfM(fmt.count(s.score), fmt.count(f.total)), fmt.count(s.takes)]),
          numeric: [1],
        }}
      />
    </section>
  );
}

export function DailySection({ f, t, fmt }: SectionProps) {
  const series = daySeries(f.daily, f.updatedAt);
  const busiest = series.days.reduce((a, b) => (b.takes > a.takes ? b : a), {
    date: f.updatedAt.slice(0, 10),
    takes: 0,
  });
  return (
    <section aria-labelledby="daily-title">
      <h2 id="daily-title">{t.dailyTitle}</h2>
      <p id="daily-desc" class="visually-hidden">
        {t.dailyDesc(
          fmt.count(series.days.length),
          fmt.count(f.takes),
          fmt.day(busiest.date),
          fmt.count(busiest.takes),
        )}
      </p>
      <DailyChart series={series} fmt={fmt} labelledBy="daily-title daily-desc" />
      {series.truncated ? <p class="note">{t.dailyWindow(fmt.count(MAX_DAYS))}</p> : null}
      <DataTable
        summary={t.showTable}
        table={{
          id: 'table-daily',
          caption: t.dailyTitle,
          head: [t.day, t.takes],
          rows: f.daily.map((d) => [fmt.day(d.date), fmt.count(d.takes)]),
          numeric: [1],
        }}
      />
    </section>
  );
}

/** What the small-number rule puts where the per-question or per-skill figures would be, when none is shown yet. */
function SmallNumbers({ f, t, fmt, crowd }: SectionProps) {
  // A skill shows only through its shown questions, so the questions' answers say how far off the figures are.
  const soFar = Math.max(0, ...f.pendingQuestions.map((q) => q.answers));
  const say = crowd ? crowd.g.groupSmallNumbers : t.smallNumbers;
  return <p class="empty">{say(fmt.count(f.minAnswersForShares), fmt.count(soFar))}</p>;
}

export function SkillsSection({ f, t, fmt, crowd }: SectionProps) {
  const everyone = (skill: string) => crowd?.f.skills.find((s) => s.skill === skill)?.percent;
  const best = f.skills[0];
  const worst = f.skills[f.skills.length - 1];
  const pending = f.pendingSkills.map((s) => `${s.label} (${fmt.count(s.answers)})`).join(', ');
  return (
    <section aria-labelledby="skills-title">
      <h2 id="skills-title">{t.skillsTitle}</h2>
      <p class="intro">{t.skillsIntro}</p>
      {best && worst ? (
        <>
          <p id="skills-desc" class="visually-hidden">
            {t.skillsDesc(best.label, fmt.percent(best.percent ?? 0), worst.label, fmt.percent(worst.percent ?? 0))}
          </p>
          <BarList
            compact
            labelledBy="skills-title skills-desc"
            bars={f.skills.map((s) => ({
              label: s.label,
              fraction: s.total ? s.correct / s.total : 0,
              value: crowd ? besideCrowd(s.percent, everyone(s.skill), fmt, crowd) : fmt.percent(s.percent ?? 0),
              detail: t.nOfM(fmt.count(s.correct), fmt.count(s.total)),
              ...(crowd ? { mark: (everyone(s.skill) ?? 0) / 100 } : {}),
            }))}
          />
          <DataTable
            summary={t.showTable}
            table={{
              id: 'table-skills',
              caption: t.skillsTitle,
              head: [t.skill, t.correct, t.answers, t.shareCorrect, ...(crowd ? [crowd.g.everyone] : [])],
              rows: f.skills.map((s) => [
                s.label,
                fmt.count(s.correct),
                fmt.count(s.total),
                fmt.percent(s.percent ?? 0),
                ...(crowd ? [fmt.percent(everyone(s.skill) ?? 0)] : []),
              ]),
              numeric: crowd ? [1, 2, 3, 4] : [1, 2, 3],
            }}
          />
          {pending ? <p class="note">{t.skillsPending(fmt.count(f.minAnswersForShares), pending)}</p> : null}
        </>
      ) : (
        <SmallNumbers f={f} t={t} fmt={fmt} crowd={crowd} />
      )}
    </section>
  );
}

export function QuestionsSection({ f, t, fmt, crowd }: SectionProps) {
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">{t.questionsTitle}</h2>
      <p class="intro">{t.questionsIntro}</p>
      {f.sharesShown ? (
        [...f.questions, ...f.pendingQuestions]
          .sort((a, b) => a.number - b.number)
          .map((q) =>
            'answers' in q ? (
              <PendingQuestionView q={q} f={f} t={t} fmt={fmt} />
            ) : (
              <QuestionFigureView q={q} f={f} t={t} fmt={fmt} crowd={crowd} />
            ),
          )
      ) : (
        <SmallNumbers f={f} t={t} fmt={fmt} crowd={crowd} />
      )}
    </section>
  );
}

export function LanguagesSection({ f, t, fmt, crowd }: SectionProps) {
  const everyone = (lang: string) => crowd?.f.languages.find((l) => l.lang === lang)?.percent;
  const share = (n: number, p: number | null) => (p === null ? fmt.count(n) : `${fmt.count(n)}, ${fmt.percent(p)}`);
  const parts = f.languages.map((l) => `${t.languageName[l.lang]} ${share(l.takes, l.percent)}`).join('; ');
  return (
    <section aria-labelledby="languages-title">
      <h2 id="languages-title">{t.languagesTitle}</h2>
      <p id="languages-desc" class="visually-hidden">
        {t.languagesDesc(parts)}
      </p>
      <BarList
        compact
        labelledBy="languages-title languages-desc"
        bars={f.languages.map((l) => ({
          label: t.languageName[l.lang],
          fraction: f.takes ? l.takes / f.takes : 0,
          // Below the threshold, counts only: "100%" of one take says nothing.
          value:
            l.percent === null
              ? fmt.count(l.takes)
              : crowd
                ? besideCrowd(l.percent, everyone(l.lang), fmt, crowd)
                : fmt.percent(l.percent),
          ...(l.percent === null ? {} : { detail: fmt.count(l.takes) }),
          ...(crowd && l.percent !== null ? { mark: (everyone(l.lang) ?? 0) / 100 } : {}),
        }))}
      />
      <DataTable
        summary={t.showTable}
        table={{
          id: 'table-languages',
          caption: t.languagesTitle,
          head: f.languages.some((l) => l.percent !== null)
            ? [t.language, t.takes, t.shareOfTakes, ...(crowd ? [crowd.g.everyone] : [])]
            : [t.language, t.takes],
          rows: f.languages.map((l) =>
            l.percent === null
              ? [t.languageName[l.lang], fmt.count(l.takes)]
              : [
                  t.languageName[l.lang],
                  fmt.count(l.takes),
                  fmt.percent(l.percent),
                  ...(crowd ? [fmt.percent(everyone(l.lang) ?? 0)] : []),
                ],
          ),
          numeric: [1, 2, 3],
        }}
      />
    </section>
  );
}
