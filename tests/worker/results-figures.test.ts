import { describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import { MAX_DAYS, MIN_DAYS, daySeries } from '../../worker/results/page/daily-chart.tsx';
import { resultFigures } from '../../worker/results/figures.ts';
import { VERSION, quiz } from './helpers.ts';

function results(partial: Partial<Results>): Results {
  return {
    quizId: quiz.id,
    version: VERSION,
    currentVersion: VERSION,
    versions: [{ version: VERSION, since: '2026-03-01', takes: 0, questionCount: quiz.questions.length }],
    checkedAt: '2026-03-01',
    takes: 0,
    meanScore: null,
    medianScore: null,
    total: quiz.questions.length,
    scoreDistribution: [],
    questions: {},
    questionsPending: {},
    skills: {},
    skillsPending: {},
    daily: [],
    languages: { en: 0, es: 0 },
    scoresHeldBack: false,
    updatedAt: '2026-03-10T12:00:00.000Z',
    freshnessSeconds: 90,
    minAnswersForShares: 10,
    ...partial,
  };
}

describe('takes per day', () => {
  it('shows at least a week, quiet days as zeros, ending on the day of the figures', () => {
    const s = daySeries([{ date: '2026-03-08', takes: 4 }], '2026-03-10T12:00:00.000Z');
    expect(s.days).toHaveLength(MIN_DAYS);
    expect(s.days[0]?.date).toBe('2026-03-04');
    expect(s.days.at(-1)).toEqual({ date: '2026-03-10', takes: 0 });
    expect(s.days.find((d) => d.date === '2026-03-08')?.takes).toBe(4);
    expect(s.truncated).toBe(false);
  });

  it(`keeps the chart to the last ${MAX_DAYS} days and says so`, () => {
    const s = daySeries(
      [
        { date: '2025-01-01', takes: 1 },
        { date: '2026-03-10', takes: 2 },
      ],
      '2026-03-10T12:00:00.000Z',
    );
    expect(s.days).toHaveLength(MAX_DAYS);
    expect(s.truncated).toBe(true);
  });
});

describe('the figures behind the page', () => {
  it('names every wrong answer that ties for most chosen, and none when nobody chose wrong', () => {
    const [q1, q2] = quiz.questions;
    if (!q1 || !q2) throw new Error('quiz needs two questions');
    const wrong1 = q1.choices.filter((c) => !q1.correct.includes(c.id));
    const all = (q: typeof q1, pick: (id: string) => number) => ({
      answered: 10,
      correct: 10 - q.choices.filter((c) => !q.correct.includes(c.id)).reduce((n, c) => n + pick(c.id), 0),
      choices: Object.fromEntries(q.choices.map((c) => [c.id, q.correct.includes(c.id) ? 6 : pick(c.id)])),
    });
    const tied = (id: string) => (wrong1.slice(0, 2).some((c) => c.id === id) ? 2 : 0);
    const f = resultFigures(
      quiz,
      results({ takes: 10, questions: { [q1.id]: all(q1, tied), [q2.id]: all(q2, () => 0) } }),
      'en',
    );
    expect(f.questions[0]?.mostChosenWrong.map((c) => c.id)).toEqual(wrong1.slice(0, 2).map((c) => c.id));
    expect(f.questions[1]?.mostChosenWrong).toEqual([]);
    expect(f.questions[0]?.choices.find((c) => c.correct)?.percent).toBe(60);
  });

  it('orders skills strongest first and rounds the mean to one decimal, as the page shows it', () => {
    const f = resultFigures(
      quiz,
      results({
        takes: 10,
        meanScore: 7.46,
        questions: { x: { answered: 10, correct: 1, choices: {} } },
        skills: { comprehension: { correct: 3, total: 10 }, 'stats-polls': { correct: 9, total: 10 } },
      }),
      'es',
    );
    expect(f.meanScore).toBe(7.5);
    expect(f.skills.map((s) => [s.label, s.percent])).toEqual([
      ['Encuestas y estadísticas', 90],
      ['Comprensión de lectura', 30],
    ]);
  });
});
