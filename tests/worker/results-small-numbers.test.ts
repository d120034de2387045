import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import { QUIZ, call, quiz } from './helpers.ts';
import { csvValue, figure, knownTakes, parseCsv, seed, tableRows, visibleText } from './results-support.ts';

afterEach(() => reset());

const json = async () => (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
const csv = async () => parseCsv(await (await call(`/api/quizzes/${QUIZ}/results.csv`)).text());
const page = async () => (await call(`/results/${QUIZ}`)).text();

describe('the small-number rule', () => {
  it('at 9 takes, gives no per-question figure anywhere, and a skill only once it has 10 answers', async () => {
    await seed(knownTakes(9));
    const r = await json();
    expect(r.takes).toBe(9);
    expect(r.minAnswersForShares).toBe(10);
    expect(r.questions).toEqual({});
    expect(r.questionsPending).toEqual(Object.fromEntries(quiz.questions.map((q) => [q.id, 9])));
    // Since issue 10 the rule counts a skill's answers: a skill two questions practise has 18 of them.
    const perSkill = new Map<string, number>();
    for (const q of quiz.questions) perSkill.set(q.skill, (perSkill.get(q.skill) ?? 0) + 9);
    const enough = [...perSkill].filter(([, n]) => n >= 10).map(([skill]) => skill);
    expect(Object.keys(r.skills).sort()).toEqual(enough.sort());
    expect(r.skillsPending).toEqual(Object.fromEntries([...perSkill].filter(([, n]) => n < 10)));

    const rows = await csv();
    expect(csvValue(rows, 'quiz', QUIZ, 'takes')).toBe('9');
    expect(rows.filter((row) => ['question', 'choice'].includes(row.section))).toEqual([]);
    expect(rows.filter((row) => row.section === 'skill').map((row) => row.key)).toEqual(expect.arrayContaining(enough));
    expect(rows.filter((row) => row.section === 'skill' && !enough.includes(row.key))).toEqual([]);
    expect(rows.filter((row) => row.measure.startsWith('percent') && row.section !== 'skill')).toEqual([]);

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
    expect(tableRows(html, 'table-skills')).toHaveLength(enough.length);
  });

  it('still shows takes, the score histogram and the language counts below the threshold', async () => {
    await seed(knownTakes(3));
    const html = await page();
    expect(figure(html, 'takes')).toBe('3');
    expect(html).toContain('id="table-scores"');
    expect(html).toContain('id="table-languages"');
    // Counts only: "67%" of three takes would claim more than three takes can tell.
    expect(tableRows(html, 'table-languages')).toEqual([
      ['English', '2'],
      ['Spanish', '1'],
    ]);
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
