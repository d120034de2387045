// Quiz versions: an edit after launch never misgrades a take, never loses one, and never mixes figures across versions.

import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttemptGrant, QuizList, Results, SubmissionResult } from '../../contract/api.ts';
import type { QuestionFile, Quiz } from '../../contract/quiz.ts';
import { gradedQuestion, versionOf } from '../../contract/quiz-version.ts';
import { LOCAL_ATTEMPT_SECRET } from '../../worker/env.ts';
import { newAttemptId } from '../../worker/takes/attempt-token.ts';
import { versionsOf } from '../../worker/quizzes/bundled.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { type SubmissionRecord, keys, writeSubmission } from '../../worker/store.ts';
import type { Tally } from '../../worker/results/tally.ts';
import {
  BUILT,
  FIRST,
  QUIZ,
  VERSION,
  answersScoring,
  call,
  legacyRecord,
  newAttempt,
  postJson,
  quiz,
  testEnv,
  bucketAgo,
  later,
} from './helpers.ts';
import {
  OFF,
  csvValue,
  figure,
  knownTakes,
  longDate,
  parseCsv,
  seed,
  tableRows,
  visibleText,
} from './results-support.ts';
import {
  DEPLOY_DAY,
  NEW_QUESTION,
  builtEdition,
  deploy,
  undeploy,
  withChangedAnswer,
  withNewQuestion,
} from './versions-support.ts';

const submissions = `/api/quizzes/${QUIZ}/submissions`;
const json = async (query = '') => (await (await call(`/api/quizzes/${QUIZ}/results${query}`)).json()) as Results;
const csv = async (query = '') => parseCsv(await (await call(`/api/quizzes/${QUIZ}/results.csv${query}`)).text());
const page = async (query = '') => (await call(`/results/${QUIZ}${query}`)).text();
/** Questions in the edition as built; a deploy of `withNewQuestion` has one more. */
const BUILT_COUNT = BUILT.questions.length;

afterEach(async () => {
  undeploy();
  await reset();
});

describe('the version of a quiz', () => {
  it('is given with the quiz and in the quiz list, with the date its facts were checked', async () => {
    const served = (await (await call(`/api/quizzes/${QUIZ}?questions=1`)).json()) as Quiz;
    expect(served.version).toBe(VERSION);
    expect(served.version).toMatch(/^[0-9a-f]{12}$/);
    // The registry's current version is the one the served questions hash to.
    expect(served.version).toBe(versionOf(quiz.questions.map(gradedQuestion)));
    expect(served.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(served.checkedAt).toBe(quiz.checkedAt);
    const list = (await (await call('/api/quizzes?lang=es')).json()) as QuizList;
    expect(list.quizzes.find((q) => q.id === QUIZ)).toMatchObject({ version: VERSION, checkedAt: quiz.checkedAt });
  });

  it('writes the checked date out in the language asked for, so the widget runs no Intl on its first screens', async () => {
    const en = (await (await call(`/api/quizzes/${QUIZ}?lang=en&questions=1`)).json()) as Quiz;
    const es = (await (await call(`/api/quizzes/${QUIZ}?lang=es&questions=1`)).json()) as Quiz;
    const day = new Date(`${quiz.checkedAt}T00:00:00Z`);
    const written = (locale: string) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
    expect(en.checkedOn).toBe(written('en-GB'));
    expect(es.checkedOn).toBe(written('es-MX'));
    expect(es.checkedOn).toContain(' de ');
  });

  it('changes with a deploy that changes what is graded, and the quiz served changes with it', async () => {
    const b = deploy(withNewQuestion());
    expect(b.version).not.toBe(VERSION);
    const served = (await (await call(`/api/quizzes/${QUIZ}`)).json()) as Quiz;
    expect(served.version).toBe(b.version);
    expect(served.questionCount).toBe(BUILT_COUNT + 1);
  });

  it('stays the same when only wording, explanations, translations or sources change', async () => {
    const edited = builtEdition();
    for (const q of edited) {
      q.prompt.en = `${q.prompt.en} (reworded)`;
      q.explanation.es = `${q.explanation.es} (corregido)`;
      q.sources = [{ name: 'Somewhere: new source', url: 'https://example.org/x', accessed: '2026-12-01' }];
    }
    expect(deploy(edited).version).toBe(VERSION);
  });

  it('marks a quiz in the list as due for review once its reviewBy date has passed, and only then', async () => {
    const due = async () =>
      ((await (await call('/api/quizzes')).json()) as QuizList).quizzes.find((q) => q.id === QUIZ)?.reviewDue;
    const reviewBy = quiz.reviewBy;
    try {
      quiz.reviewBy = '2026-01-01';
      expect(await due()).toBe(true);
      quiz.reviewBy = '2999-12-31';
      expect(await due()).toBe(false);
      delete quiz.reviewBy;
      expect(await due()).toBe(false);
    } finally {
      if (reviewBy === undefined) delete quiz.reviewBy;
      else quiz.reviewBy = reviewBy;
    }
  });
});

describe('the reproduction of issue 10: 10 takes, a question added, 1 more take', () => {
  it('shows no figure for the new question until it has 10 answers, and one histogram per version', async () => {
    const skill = NEW_QUESTION.skill;
    await seed(knownTakes(10));
    // The versions the registry held before the deploy, with the 10 takes under the built one.
    const before = versionsOf(quiz).map((v) => ({
      version: v.version,
      since: v.since,
      takes: v.version === VERSION ? 10 : 0,
      questionCount: v.questions.length,
    }));
    const b = deploy(withNewQuestion());
    await seed(knownTakes(1));

    const current = await json();
    expect(current.version).toBe(b.version);
    expect(current.takes).toBe(1);
    expect(current.total).toBe(BUILT_COUNT + 1);
    // One take of this version: its histogram is held back (issue 22 §5); the earlier version's 10 are shown.
    expect(current).toMatchObject({ scoresHeldBack: true, scoreDistribution: [] });
    expect(current.questions[NEW_QUESTION.id]).toBeUndefined();
    expect(current.questionsPending).toEqual({ [NEW_QUESTION.id]: 1 });
    expect(current.skills[skill]).toBeUndefined();
    expect(current.skillsPending).toEqual({ [skill]: 1 });
    // The unchanged questions count their answers in both versions.
    for (const q of builtEdition()) expect(current.questions[q.id]?.answered).toBe(11);
    expect(current.versions).toEqual([
      ...before,
      { version: b.version, since: DEPLOY_DAY, takes: 1, questionCount: BUILT_COUNT + 1 },
    ]);

    const first = await json(`?version=${VERSION}`);
    expect(first.takes).toBe(10);
    expect(first.total).toBe(BUILT_COUNT);
    expect(first.scoreDistribution).toHaveLength(BUILT_COUNT + 1);
    expect(first.scoreDistribution.reduce((x, y) => x + y, 0)).toBe(10);
    expect(first.questions[NEW_QUESTION.id]).toBeUndefined();

    const rows = await csv();
    expect(rows.filter((r) => r.key === NEW_QUESTION.id || r.key.startsWith(`${NEW_QUESTION.id}/`))).toEqual([]);
    expect(rows.filter((r) => r.section === 'skill' && r.key === skill)).toEqual([]);
    // The CSV holds the one take's score back too (issue 22 §5).
    expect(rows.filter((r) => r.section === 'score')).toHaveLength(0);

    const html = await page();
    const text = visibleText(html);
    expect(html).not.toContain(`id="table-q${BUILT_COUNT + 1}"`);
    expect(figure(html, `question:${NEW_QUESTION.id}:pending`)).toBe(
      'Figures for this question appear once it has 10 answers (so far: 1).',
    );
    expect(text).not.toContain(NEW_QUESTION.choices[1]?.text.en);
    expect(text).toContain(`This quiz was updated on ${longDate(DEPLOY_DAY)}.`);
    expect(html).toContain(`href="?lang=en&amp;version=${VERSION}"`);

    // Nine more readers of the new version: the new question and its skill now have their 10 answers.
    await seed(knownTakes(9));
    const later = await json();
    expect(later.questions[NEW_QUESTION.id]?.answered).toBe(10);
    expect(later.questionsPending).toEqual({});
    expect(later.skills[skill]?.total).toBe(10);
    expect(later.scoreDistribution.reduce((x, y) => x + y, 0)).toBe(10);
    expect((await json(`?version=${VERSION}`)).takes).toBe(10);
  });
});

describe('a take in progress during a deploy', () => {
  it('is graded by the version its attempt was issued for, and counted under that version', async () => {
    const attempt = await newAttempt(OFF);
    const answers = answersScoring(quiz.questions.length);
    // Version B: question 1 has another correct answer, and a question is added.
    const b = deploy(withNewQuestion(withChangedAnswer()));
    const res = await postJson(submissions, { attempt, lang: 'en', answers }, OFF);
    expect(res.status).toBe(201);
    const result = (await res.json()) as SubmissionResult;
    // Graded by A: every answer right, out of A's questions.
    expect(result.score).toBe(BUILT_COUNT);
    expect(result.total).toBe(BUILT_COUNT);
    const stored = await testEnv.SCORES.list<SubmissionRecord>({ prefix: keys.submissions(QUIZ) });
    expect(stored.keys.map((k) => k.metadata?.q)).toEqual([VERSION]);

    expect((await json(`?version=${VERSION}`)).takes).toBe(1);
    expect((await json(`?version=${VERSION}`)).scoresHeldBack).toBe(true);
    expect((await json()).version).toBe(b.version);
    expect((await json()).takes).toBe(0);

    // Counted once and under A again after the rollup has folded its hour.
    await rollup(testEnv, later());
    const folded = await testEnv.SCORES.get<{ tallies: Record<string, Tally> }>(keys.summary(QUIZ), 'json');
    expect(Object.fromEntries(Object.entries(folded?.tallies ?? {}).map(([v, t]) => [v, t.takes]))).toEqual({
      [VERSION]: 1,
    });
  });

  it('cannot be submitted with the new version answers it was not issued for, and stores nothing', async () => {
    const attempt = await newAttempt(OFF);
    deploy(withNewQuestion());
    const res = await postJson(
      submissions,
      { attempt, lang: 'en', answers: answersScoring(quiz.questions.length) },
      OFF,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(NEW_QUESTION.id);
    expect((await testEnv.SCORES.list()).keys).toHaveLength(0);
  });

  it('gets an attempt for the version the reader already holds, and a clear 404 for one the quiz never had', async () => {
    deploy(withNewQuestion());
    const res = await call(`/api/quizzes/${QUIZ}/attempts?version=${VERSION}`, { method: 'POST' }, OFF);
    expect(res.status).toBe(201);
    const { attempt } = (await res.json()) as AttemptGrant;
    expect(attempt.split('.')[3]).toBe(VERSION);
    const answers = answersScoring(BUILT_COUNT, BUILT);
    expect((await postJson(submissions, { attempt, lang: 'es', answers }, OFF)).status).toBe(201);
    expect((await json(`?version=${VERSION}`)).takes).toBe(1);

    const unknown = await call(`/api/quizzes/${QUIZ}/attempts?version=0123456789ab`, { method: 'POST' }, OFF);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining(VERSION) },
    });
  });

  it('gives no new attempt of a version replaced more than a day ago (M3), and still counts those already out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    deploy(withNewQuestion());
    const grant = await call(`/api/quizzes/${QUIZ}/attempts?version=${VERSION}`, { method: 'POST' }, OFF);
    expect(grant.status).toBe(201);
    const { attempt } = (await grant.json()) as AttemptGrant;
    // Two days on, the replaced version takes no new attempt; the current one still does.
    vi.setSystemTime(Date.parse(`${DEPLOY_DAY}T00:00:00Z`) + 2 * 86_400_000 + 60_000);
    const retired = await call(`/api/quizzes/${QUIZ}/attempts?version=${VERSION}`, { method: 'POST' }, OFF);
    expect(retired.status).toBe(410);
    expect(((await retired.json()) as { error: { code: string } }).error.code).toBe('version_retired');
    expect((await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' }, OFF)).status).toBe(201);
    vi.useRealTimers();
    // The attempt issued while it was open is still graded and counted by it.
    const answers = answersScoring(BUILT_COUNT, BUILT);
    expect((await postJson(submissions, { attempt, lang: 'en', answers }, OFF)).status).toBe(201);
  });

  it('still counts a token issued before versions existed (a1), for the first version', async () => {
    const now = Date.now();
    const id = newAttemptId(now);
    const exp = Math.floor(now / 1000) + 3600;
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(LOCAL_ATTEMPT_SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`a1|${QUIZ}|${id}|${exp}`));
    const b64 = btoa(String.fromCharCode(...new Uint8Array(sig)))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '');
    deploy(withNewQuestion());
    // Answers to the first recorded version, the content that was live when a1 tokens were issued.
    const answers = answersScoring(3, FIRST);
    const res = await postJson(submissions, { attempt: `a1.${id}.${exp}.${b64}`, lang: 'en', answers }, OFF);
    expect(res.status).toBe(201);
    const result = (await res.json()) as SubmissionResult;
    expect(result.total).toBe(FIRST.questions.length);
    expect(result.score).toBe(3);
    expect((await json(`?version=${FIRST.version}`)).takes).toBe(1);
    // Under that version and no other.
    expect((await json()).versions.map((v) => v.takes)).toEqual(
      versionsOf(quiz).map((v) => (v.version === FIRST.version ? 1 : 0)),
    );
  });
});

describe('figures across versions', () => {
  it('starts a question again from zero when its correct answer changes, and merges the unchanged ones', async () => {
    await seed(knownTakes(12));
    deploy(withChangedAnswer());
    await seed(knownTakes(2));
    const r = await json();
    const [changed, unchanged] = quiz.questions;
    expect(r.questions[changed?.id ?? '']).toBeUndefined();
    expect(r.questionsPending[changed?.id ?? '']).toBe(2);
    expect(r.questions[unchanged?.id ?? '']?.answered).toBe(14);
    expect(r.takes).toBe(2);
    // The first version still shows its own figures for the question, 12 answers graded by its own key.
    expect((await json(`?version=${VERSION}`)).questions[changed?.id ?? '']?.answered).toBe(12);
  });

  it('shows on the page, as in the JSON and CSV, what a version carries over before its own first take', async () => {
    await seed(knownTakes(12));
    deploy(withChangedAnswer());
    const [changed, unchanged] = quiz.questions as [QuestionFile, QuestionFile];
    const r = await json();
    expect(r.takes).toBe(0);
    // The unchanged questions keep their 12 answers from the version before; the changed one starts from zero.
    const carried = r.questions[unchanged.id];
    expect(carried?.answered).toBe(12);
    expect(r.questionsPending[changed.id]).toBe(0);
    expect(Object.keys(r.skills).length).toBeGreaterThan(0);
    expect(csvValue(await csv(), 'question', unchanged.id, 'answered')).toBe('12');

    const html = await page();
    const text = visibleText(html);
    expect(text).not.toContain('Nobody has taken this quiz yet.');
    expect(text).toContain('Nobody has taken this version of the quiz yet.');
    const pct = Math.round(((carried?.correct ?? 0) / 12) * 100);
    expect(figure(html, `question:${unchanged.id}:percent_correct`)).toBe(
      `${pct}% answered correctly (${carried?.correct} of 12)`,
    );
    expect(figure(html, `question:${changed.id}:pending`)).toBe(
      'Figures for this question appear once it has 10 answers (so far: 0).',
    );
    expect(tableRows(html, 'table-skills')).toHaveLength(Object.keys(r.skills).length);
    // This version's own take-level figures: none yet, and no empty histogram pretending otherwise.
    expect(html).not.toContain('id="table-scores"');
    expect(visibleText(await page('?lang=es'))).toContain('Nadie ha hecho todavía esta versión del cuestionario.');
  });

  it('reads records and a summary written before versions as the first version', async () => {
    const bucket = bucketAgo(5);
    for (let i = 0; i < 4; i++) await writeSubmission(testEnv.SCORES, QUIZ, bucket, `legacy${i}`, legacyRecord(i));
    const folded: Tally = {
      takes: 2,
      scores: { 5: 2 },
      questions: {},
      daily: { '2026-11-19': 2 },
      languages: { en: 2, es: 0 },
    };
    await testEnv.SCORES.put(
      keys.summary(QUIZ),
      JSON.stringify({ v: 1, next: { bucket }, tally: folded, updatedAt: new Date().toISOString() }),
    );
    deploy(withNewQuestion());
    // All six under the first recorded version, none under any later one (the built one included).
    const byVersion = async () => (await json()).versions.map((v) => [v.version, v.takes]);
    const expected = versionsOf(quiz).map((v) => [v.version, v.version === FIRST.version ? 6 : 0]);
    expect((await json(`?version=${FIRST.version}`)).takes).toBe(6);
    expect(await byVersion()).toEqual(expected);
    await rollup(testEnv, Date.now());
    expect((await json(`?version=${FIRST.version}`)).takes).toBe(6);
    expect(await byVersion()).toEqual(expected);
    expect((await json()).takes).toBe(0);
  });

  it('answers a version the quiz never had with a JSON 404, and a malformed one with a 400, in JSON and CSV', async () => {
    for (const path of ['results', 'results.csv']) {
      const missing = await call(`/api/quizzes/${QUIZ}/${path}?version=0123456789ab`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({
        error: {
          code: 'not_found',
          message: expect.stringContaining(
            `Its versions: ${versionsOf(quiz)
              .map((v) => v.version)
              .join(', ')}.`,
          ),
        },
      });
      const malformed = await call(`/api/quizzes/${QUIZ}/${path}?version=<b>`);
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    }
  });

  it('shows the current version on a page asked for a version the quiz never had, and says so', async () => {
    const text = visibleText(await page('?version=0123456789ab'));
    expect(text).toContain('This quiz has no version “0123456789ab”; these are the figures for its current version.');
  });

  it('says on the page when the facts were checked, in English and Spanish', async () => {
    expect(figure(await page(), 'checked_at')).toBe(`Facts checked ${longDate(quiz.checkedAt)}.`);
    expect(figure(await page('?lang=es'), 'checked_at')).toBe(
      `Datos verificados el ${longDate(quiz.checkedAt, 'es')}.`,
    );
    expect(csvValue(await csv(), 'quiz', QUIZ, 'checked_at')).toBe(quiz.checkedAt);
    expect((await json()).checkedAt).toBe(quiz.checkedAt);
  });

  it('shows an earlier version as such, linking back to the current one', async () => {
    await seed(knownTakes(10));
    deploy(withNewQuestion());
    const html = await page(`?version=${VERSION}&lang=es`);
    const text = visibleText(html);
    const [from, to] = [longDate(BUILT.since, 'es'), longDate(DEPLOY_DAY, 'es')];
    expect(text).toContain(
      `Estas cifras son de una versión anterior de este cuestionario, usada del ${from} al ${to}, con ${BUILT_COUNT} preguntas.`,
    );
    expect(html).toContain('href="?lang=es"');
    expect(figure(html, 'takes')).toBe('10');
    expect(tableRows(html, 'table-scores')).toHaveLength(BUILT_COUNT + 1);
    // The language switch stays on the same version.
    expect(html).toContain(`href="?lang=en&amp;version=${VERSION}"`);
  });
});
