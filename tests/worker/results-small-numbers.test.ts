import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import { versionsOf } from '../../worker/quizzes/bundled.ts';
import { emptyTally, toResults } from '../../worker/results/tally.ts';
import { BUILT, QUIZ, call, quiz } from './helpers.ts';
import { csvValue, figure, knownTakes, parseCsv, seed, visibleText } from './results-support.ts';

afterEach(() => reset());

const json = async () => (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
const csv = async () => parseCsv(await (await call(`/api/quizzes/${QUIZ}/results.csv`)).text());
const page = async () => (await call(`/results/${QUIZ}`)).text();

describe('the small-number rule', () => {
  it('at 9 takes, gives no per-question and no per-skill figure anywhere, though some skills have 18 answers', async () => {
    await seed(knownTakes(9));
    const r = await json();
    expect(r.takes).toBe(9);
    expect(r.minAnswersForShares).toBe(10);
    expect(r.questions).toEqual({});
    expect(r.questionsPending).toEqual(Object.fromEntries(quiz.questions.map((q) => [q.id, 9])));
    // A skill two questions practise has 18 answers, but a skill sums only questions that are shown:
    // its figure minus a shown question's would otherwise give away a held-back one's few answers.
    const perSkill = new Map<string, number>();
    for (const q of quiz.questions) perSkill.set(q.skill, (perSkill.get(q.skill) ?? 0) + 9);
    expect([...perSkill.values()].some((n) => n >= 10)).toBe(true);
    expect(r.skills).toEqual({});
    expect(r.skillsPending).toEqual(Object.fromEntries(perSkill));

    const rows = await csv();
    expect(csvValue(rows, 'quiz', QUIZ, 'takes')).toBe('9');
    expect(rows.filter((row) => ['question', 'choice'].includes(row.section))).toEqual([]);
    expect(rows.filter((row) => row.section === 'skill')).toEqual([]);
    expect(rows.filter((row) => row.measure.startsWith('percent'))).toEqual([]);

    const html = await page();
    const text = visibleText(html);
    expect(figure(html, 'takes')).toBe('9');
    // No question's share or answer split a reader could read.
    expect(text).not.toMatch(/answered correctly/);
    expect(html).not.toContain('table-q1');
    expect(text).not.toContain(quiz.questions[0]?.choices[0]?.text.en);
    expect(text).toContain(
      'Per-question and per-skill figures appear once a question or skill has 10 answers (so far: 9).',
    );
    expect(html).not.toContain('id="table-skills"');
  });

  it('sums a skill over its shown questions only, so a held-back question cannot be worked out by subtraction', async () => {
    const shared = quiz.questions.find((q) => quiz.questions.some((o) => o !== q && o.skill === q.skill));
    expect(shared).toBeDefined();
    const other = quiz.questions.find((q) => q !== shared && q.skill === shared!.skill)!;
    const tally = emptyTally();
    tally.takes = 12;
    tally.questions[shared!.id] = { answered: 12, correct: 6, choices: {} };
    tally.questions[other.id] = { answered: 1, correct: 1, choices: {} };
    const results = toResults(quiz, versionsOf(quiz), { [BUILT.version]: tally }, BUILT, {
      updatedAt: new Date().toISOString(),
      freshnessSeconds: 0,
    });
    // One question of the skill has 12 answers (shown), the other 1 answer (held back).
    expect(results.questions[shared!.id]?.answered).toBe(12);
    expect(results.skills[shared!.skill]).toEqual({ correct: 6, total: 12 });
  });

  it('holds back the score histogram, mean, median and languages below the threshold: page, JSON and CSV (§5, I2)', async () => {
    // A version with one take published that take's score on the public page; three are no better.
    await seed(knownTakes(3));
    const html = await page();
    expect(figure(html, 'takes')).toBe('3');
    expect(html).not.toContain('id="table-scores"');
    expect(html).not.toContain('id="table-languages"');
    expect(visibleText(html)).toContain(
      'Scores and languages appear once 10 people have taken this version (so far: 3)',
    );
    const r = await json();
    expect(r).toMatchObject({ takes: 3, scoresHeldBack: true, scoreDistribution: [], meanScore: null, languages: {} });
    expect(r.medianScore).toBeNull();
    const rows = await csv();
    expect(rows.filter((row) => row.section === 'score' || row.section === 'language')).toEqual([]);
    expect(csvValue(rows, 'quiz', quiz.id, 'mean_score')).toBe('');
  });

  it('at 10 takes, shows the shares everywhere', async () => {
    await seed(knownTakes(10));
    const r = await json();
    expect(Object.keys(r.questions)).toHaveLength(quiz.questions.length);
    expect(Object.keys(r.skills).length).toBeGreaterThan(0);
    const rows = await csv();
    const first = quiz.questions[0]?.id ?? '';
    expect(csvValue(rows, 'question', first, 'percent_correct')).toMatch(/^\d+$/);
    const html = await page();
    expect(html).toContain('id="table-q1"');
    expect(html).toContain('id="table-skills"');
    expect(visibleText(html)).toMatch(/\d+% answered correctly/);
    expect(visibleText(html)).not.toContain('Per-question and per-skill figures appear');
  });

  it('shows an empty page honestly before the first take', async () => {
    const r = await json();
    expect(r.takes).toBe(0);
    const text = visibleText(await page());
    expect(text).toContain('Nobody has taken this quiz yet.');
    expect(text).not.toMatch(/%/);
  });
});
