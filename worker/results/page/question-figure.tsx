/** @jsxImportSource hono/jsx */
// One question's results: the share who got it right, how the answers split, and the wrong answer that drew people in.

import { SKILL_LABELS } from '../../../contract/skills.ts';
import { BarList } from './bar-list.tsx';
import { DataTable } from './data-table.tsx';
import type { ChoiceFigure, PendingQuestion, QuestionFigure, ResultFigures } from '../figures.ts';
import type { Format } from '../format.ts';
import { type Crowd, besideCrowd } from './crowd.ts';
import type { Strings } from '../strings.ts';

/** "“text” (2 of 12, 17%)", the way the callout and the chart description name a wrong answer. */
function wrongAnswerText(q: QuestionFigure, t: Strings, fmt: Format): string {
  if (q.mostChosenWrong.length === 0) return t.noWrongAnswers;
  const one = (c: ChoiceFigure) =>
    `“${c.text}” (${t.nOfM(fmt.count(c.chosen), fmt.count(q.answered))}, ${fmt.percent(c.percent ?? 0)})`;
  const lead = q.mostChosenWrong.length > 1 ? t.mostChosenWrongTied : t.mostChosenWrong;
  return `${lead} ${q.mostChosenWrong.map(one).join('; ')}`;
}

export function QuestionFigureView({
  q,
  f,
  t,
  fmt,
  crowd,
}: {
  q: QuestionFigure;
  f: ResultFigures;
  t: Strings;
  fmt: Format;
  crowd?: Crowd | undefined;
}) {
  const id = `q${q.number}`;
  const pctCorrect = fmt.percent(q.percentCorrect ?? 0);
  const wrongText = wrongAnswerText(q, t, fmt);
  const all = crowd?.f.questions.find((other) => other.id === q.id);
  const everyone = (choiceId: string) => all?.choices.find((c) => c.id === choiceId)?.percent;
  return (
    <article class="question" aria-labelledby={`${id}-title`}>
      <p class="eyebrow">
        {t.questionNumber(q.number, f.total)} · {SKILL_LABELS[q.skill][f.lang]}
      </p>
      <h3 id={`${id}-title`}>{q.prompt}</h3>
      <p class="headline" data-figure={`question:${q.id}:percent_correct`}>
        <strong>{pctCorrect}</strong> {t.answeredCorrectly(fmt.count(q.correct), fmt.count(q.answered))}
      </p>
      {crowd ? (
        <p class="crowd" data-figure={`everyone:question:${q.id}:percent_correct`}>
          {besideCrowd(q.percentCorrect, all?.percentCorrect, fmt, crowd)}
        </p>
      ) : null}
      <p id={`${id}-desc`} class="visually-hidden">
        {t.questionDesc(pctCorrect, wrongText)}
      </p>
      <BarList
        labelledBy={`${id}-title ${id}-desc`}
        bars={q.choices.map((c) => ({
          label: (
            <>
              {c.text}
              {c.correct ? <span class="tag tag-correct">✓ {t.correctAnswer}</span> : null}
              {q.mostChosenWrong.includes(c) ? <span class="tag tag-wrong">{t.topWrongTag}</span> : null}
            </>
          ),
          fraction: q.answered ? c.chosen / q.answered : 0,
          value: crowd ? besideCrowd(c.percent, everyone(c.id), fmt, crowd) : fmt.percent(c.percent ?? 0),
          detail: fmt.count(c.chosen),
          ...(crowd ? { mark: (everyone(c.id) ?? 0) / 100 } : {}),
          tone: c.correct ? 'correct' : q.mostChosenWrong.includes(c) ? 'top-wrong' : 'other',
        }))}
      />
      {q.mostChosenWrong.length ? <p class="callout">{wrongText}</p> : <p class="note">{wrongText}</p>}
      {q.multiple ? <p class="note">{t.multipleNote}</p> : null}
      <DataTable
        summary={t.showTable}
        table={{
          id: `table-${id}`,
          caption: `${t.questionNumber(q.number, f.total)}: ${q.prompt}`,
          head: [t.choice, t.isCorrect, t.chosenBy, t.shareChosen, ...(crowd ? [crowd.g.everyone] : [])],
          rows: q.choices.map((c) => [
            c.text,
            c.correct ? t.yes : t.no,
            fmt.count(c.chosen),
            fmt.percent(c.percent ?? 0),
            ...(crowd ? [fmt.percent(everyone(c.id) ?? 0)] : []),
          ]),
          numeric: crowd ? [2, 3, 4] : [2, 3],
        }}
      />
    </article>
  );
}

/** A question the small-number rule still holds back: its prompt and how many answers it has, nothing else. */
export function PendingQuestionView({
  q,
  f,
  t,
  fmt,
}: {
  q: PendingQuestion;
  f: ResultFigures;
  t: Strings;
  fmt: Format;
}) {
  return (
    <article class="question" aria-labelledby={`q${q.number}-title`}>
      <p class="eyebrow">
        {t.questionNumber(q.number, f.total)} · {SKILL_LABELS[q.skill][f.lang]}
      </p>
      <h3 id={`q${q.number}-title`}>{q.prompt}</h3>
      <p class="note" data-figure={`question:${q.id}:pending`}>
        {t.questionPending(fmt.count(f.minAnswersForShares), fmt.count(q.answers))}
      </p>
    </article>
  );
}
