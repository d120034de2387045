// Results of a quiz with two versions: page, JSON and CSV agree on every version, and reading any of them costs the same few KV operations.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptGrant, Results } from '../../contract/api.ts';
import { SKILL_LABELS, type Skill } from '../../contract/skills.ts';
import type { QuizVersion } from '../../contract/quiz-version.ts';
import { versionsOf } from '../../worker/quizzes/bundled.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { BUILT, QUIZ, VERSION, answersScoring, call, countingKv, postJson, quiz, testEnv, later } from './helpers.ts';
import { OFF, csvValue, figure, knownTakes, longDate, parseCsv, seed, tableRows } from './results-support.ts';
import { deploy, undeploy, withChangedAnswer, withNewQuestion } from './versions-support.ts';

const json = async (version: string) =>
  (await (await call(`/api/quizzes/${QUIZ}/results?version=${version}`)).json()) as Results;
const csv = async (version: string) =>
  parseCsv(await (await call(`/api/quizzes/${QUIZ}/results.csv?version=${version}`)).text());
const page = async (version: string) => (await call(`/results/${QUIZ}?version=${version}`)).text();

/** The two versions given takes below: the built one (12) and the one deployed (11). */
let versions: string[] = [];
/** The registry's versions before the deploy below: the built one, and any earlier edition's. */
let recorded: QuizVersion[] = [];

// One file, one isolate: the deploy below stays for every test here.
beforeAll(async () => {
  await seed(knownTakes(12));
  recorded = structuredClone(versionsOf(quiz));
  // The next edition: a question added, and question 1's correct answer changed.
  const b = deploy(withNewQuestion(withChangedAnswer()));
  await seed(knownTakes(11));
  versions = [VERSION, b.version];
});

afterAll(() => undeploy());

describe('a quiz with two versions', () => {
  it('page, JSON and CSV agree on every version, figure by figure', async () => {
    // Earlier editions in the registry too: they have no takes of their own here, but their questions
    // whose graded content is unchanged show the merged figures.
    const every = versionsOf(quiz).map((v) => v.version);
    expect(every).toEqual([...recorded.map((v) => v.version), versions[1]]);
    for (const version of every) {
      const r = await json(version);
      const rows = await csv(version);
      const html = await page(version);
      expect(r.version).toBe(version);
      // Every row says which version its figure belongs to.
      for (const row of rows) expect(row.version).toBe(row.section === 'version' ? row.key : version);

      expect(csvValue(rows, 'quiz', QUIZ, 'takes')).toBe(String(r.takes));
      expect(figure(html, 'takes')).toBe(String(r.takes));
      expect(csvValue(rows, 'quiz', QUIZ, 'questions')).toBe(String(r.total));
      if (r.takes > 0) {
        expect(tableRows(html, 'table-scores')).toEqual(
          r.scoreDistribution.map((n, s) => [`${s} of ${r.total}`, String(n)]),
        );
      } else {
        // No take of this version: an empty histogram in the JSON and CSV, none on the page, which says so.
        expect(r.scoreDistribution.every((n) => n === 0)).toBe(true);
        expect(html).not.toContain('id="table-scores"');
        expect(html).toContain('Nobody has taken this version of the quiz yet.');
      }
      expect(rows.filter((row) => row.section === 'score').map((row) => Number(row.value))).toEqual(
        r.scoreDistribution,
      );
      expect(csvValue(rows, 'quiz', QUIZ, 'checked_at')).toBe(r.checkedAt);
      expect(r.checkedAt).toBe(quiz.checkedAt);
      expect(figure(html, 'checked_at')).toBe(`Facts checked ${longDate(quiz.checkedAt)}.`);

      // The same list of versions, with the same takes, in all three.
      for (const v of r.versions) {
        expect(csvValue(rows, 'version', v.version, 'takes')).toBe(String(v.takes));
        expect(csvValue(rows, 'version', v.version, 'since')).toBe(v.since);
        expect(csvValue(rows, 'version', v.version, 'questions')).toBe(String(v.questionCount));
        if (v.version !== r.currentVersion && version === r.currentVersion) {
          expect(html).toContain(`data-version="${v.version}">version of ${longDate(v.since)} (${v.takes} takes`);
        }
      }

      // Questions: those shown agree everywhere; those held back have no row and no share anywhere.
      const shown = Object.entries(r.questions);
      if (versions.includes(version)) expect(shown.length).toBeGreaterThan(0);
      for (const [id, q] of shown) {
        const pct = String(Math.round((q.correct / q.answered) * 100));
        expect(csvValue(rows, 'question', id, 'answered')).toBe(String(q.answered));
        expect(csvValue(rows, 'question', id, 'correct')).toBe(String(q.correct));
        expect(csvValue(rows, 'question', id, 'percent_correct')).toBe(pct);
        expect(figure(html, `question:${id}:percent_correct`)).toBe(
          `${pct}% answered correctly (${q.correct} of ${q.answered})`,
        );
      }
      for (const [id, answers] of Object.entries(r.questionsPending)) {
        expect(rows.filter((row) => row.key === id || row.key.startsWith(`${id}/`))).toEqual([]);
        expect(figure(html, `question:${id}:pending`)).toBe(
          `Figures for this question appear once it has 10 answers (so far: ${answers}).`,
        );
      }
      const skillRows = tableRows(html, 'table-skills');
      expect(skillRows).toHaveLength(Object.keys(r.skills).length);
      for (const [skill, s] of Object.entries(r.skills)) {
        const label = SKILL_LABELS[skill as Skill].en;
        expect(csvValue(rows, 'skill', skill, 'answers')).toBe(String(s?.total));
        expect(skillRows).toContainEqual([
          label,
          String(s?.correct),
          String(s?.total),
          `${csvValue(rows, 'skill', skill, 'percent_correct')}%`,
        ]);
      }
    }
  });

  it('keeps each version to its own histogram and merges only questions whose graded content is unchanged', async () => {
    const [a, b] = await Promise.all(versions.map(json));
    if (!a || !b) throw new Error('two versions expected');
    expect([a.takes, b.takes]).toEqual([12, 11]);
    const n = BUILT.questions.length;
    expect([a.scoreDistribution.length, b.scoreDistribution.length]).toEqual([n + 1, n + 2]);
    const [changed, unchanged] = quiz.questions;
    // Question 1's answer changed: version B counts its own 11 answers, version A its own 12.
    expect(b.questions[changed?.id ?? '']?.answered).toBe(11);
    expect(a.questions[changed?.id ?? '']?.answered).toBe(12);
    expect(b.questions[unchanged?.id ?? '']?.answered).toBe(23);
    expect(a.questions[unchanged?.id ?? '']?.answered).toBe(23);
    // Every version the registry held, the 12 takes under the built one; then the deployed one's 11.
    expect(b.versions.map((v) => [v.version, v.takes])).toEqual([
      ...recorded.map((v) => [v.version, v.version === VERSION ? 12 : 0]),
      [versions[1], 11],
    ]);
  });

  it('reads any version in at most 5 KV operations after the rollup, and a submission costs 1 write', async () => {
    await rollup(testEnv, later());
    for (const { version } of versionsOf(quiz)) {
      const counted = countingKv(testEnv.SCORES);
      const res = await call(`/api/quizzes/${QUIZ}/results?version=${version}`, {}, { SCORES: counted.kv });
      expect(res.status).toBe(200);
      expect(counted.total()).toBeLessThanOrEqual(5);
      expect(counted.counts.put).toBe(0);
    }
    // One take of each version, through HTTP: exactly 1 write each, whichever version it is graded by.
    for (const [version, questions] of [
      [VERSION, BUILT.questions],
      [versions[1], quiz.questions],
    ] as const) {
      const grant = await call(`/api/quizzes/${QUIZ}/attempts?version=${version}`, { method: 'POST' }, OFF);
      const { attempt: token } = (await grant.json()) as AttemptGrant;
      const counted = countingKv(testEnv.SCORES);
      const body = { attempt: token, lang: 'en', answers: answersScoring(5, { questions }) };
      const res = await postJson(`/api/quizzes/${QUIZ}/submissions`, body, { ...OFF, SCORES: counted.kv });
      expect(res.status).toBe(201);
      expect(counted.counts.put).toBe(1);
    }
  });
});
