import { describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import { csvCell, resultsCsv } from '../../worker/results/csv.ts';
import { VERSION, quiz } from './helpers.ts';
import { parseCsv } from './results-support.ts';

describe('CSV cells', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Claim vs. denial')).toBe('Claim vs. denial');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });
});

describe('the results CSV', () => {
  it('keeps an answer text that starts like a formula inert, and the file still parses', () => {
    const first = quiz.questions[0];
    if (!first) throw new Error('quiz has no question');
    const hostile: QuizFile = structuredClone(quiz);
    const choice = hostile.questions[0]?.choices[0];
    if (!choice) throw new Error('question has no choice');
    choice.text.en = '=1+1, "quoted"';
    const results: Results = {
      quizId: quiz.id,
      version: VERSION,
      currentVersion: VERSION,
      versions: [{ version: VERSION, since: '2026-01-01', takes: 10, questionCount: quiz.questions.length }],
      checkedAt: '2026-01-01',
      takes: 10,
      meanScore: 1,
      medianScore: 1,
      total: quiz.questions.length,
      scoreDistribution: [0, 10],
      questions: { [first.id]: { answered: 10, correct: 10, choices: { [choice.id]: 10 } } },
      questionsPending: {},
      skills: { [first.skill]: { correct: 10, total: 10 } },
      skillsPending: {},
      daily: [{ date: '2026-01-02', takes: 10 }],
      languages: { en: 10, es: 0 },
      scoresHeldBack: false,
      updatedAt: '2026-01-02T10:00:00.000Z',
      freshnessSeconds: 90,
      minAnswersForShares: 10,
    };
    const rows = parseCsv(resultsCsv(hostile, results, 'en'));
    const row = rows.find(
      (r) => r.section === 'choice' && r.key === `${first.id}/${choice.id}` && r.measure === 'chosen',
    );
    expect(row?.label).toBe(`'=1+1, "quoted"`);
    expect(row?.value).toBe('10');
    expect(rows.every((r) => !/^[=+\-@]/.test(r.label))).toBe(true);
  });
});
