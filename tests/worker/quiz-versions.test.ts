// Quiz versions: an edit after launch never misgrades a take, never loses one, and never mixes figures across versions.

import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttemptGrant, QuizList, Results, SubmissionResult } from '../../contract/api.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { LOCAL_ATTEMPT_SECRET } from '../../worker/env.ts';
import { newAttemptId } from '../../worker/attempt-token.ts';
import { rollup } from '../../worker/rollup.ts';
import { HOUR_MS, type SubmissionRecord, bucketOf, encodeAnswer, keys, writeSubmission } from '../../worker/store.ts';
import type { Tally } from '../../worker/tally.ts';
import { QUIZ, VERSION, answersScoring, call, newAttempt, postJson, quiz, testEnv } from './helpers.ts';
import { OFF, csvValue, figure, knownTakes, parseCsv, seed, tableRows, visibleText } from './results-support.ts';
import {
  NEW_QUESTION,
  deploy,
  firstEdition,
  undeploy,
  withChangedAnswer,
  withNewQuestion,
} from './versions-support.ts';

const submissions = `/api/quizzes/${QUIZ}/submissions`;
const json = async (query = '') => (await (await call(`/api/quizzes/${QUIZ}/results${query}`)).json()) as Results;
const csv = async (query = '') => parseCsv(await (await call(`/api/quizzes/${QUIZ}/results.csv${query}`)).text());
const page = async (query = '') => (await call(`/results/${QUIZ}${query}`)).text();

afterEach(async () => {
  undeploy();
  await reset();
});

describe('the version of a quiz', () => {
  it('is given with the quiz and in the quiz list, with the date its facts were checked', async () => {
    const served = (await (await call(`/api/quizzes/${QUIZ}?questions=1`)).json()) as Quiz;
    expect(served.version).toBe(VERSION);
    expect(served.version).toMatch(/^[0-9a-f]{12}$/);
    expect(served.checkedAt).toBe('2026-11-24');
    const list = (await (await call('/api/quizzes?lang=es')).json()) as QuizList;
    expect(list.quizzes.find((q) => q.id === QUIZ)).toMatchObject({ version: VERSION, checkedAt: '2026-11-24' });
  });

  it('changes with a deploy that changes what is graded, and the quiz served changes with it', async () => {
    const b = deploy(withNewQuestion());
    expect(b.version).not.toBe(VERSION);
    const served = (await (await call(`/api/quizzes/${QUIZ}`)).json()) as Quiz;
    expect(served.version).toBe(b.version);
    expect(served.questionCount).toBe(17);
  });

  it('stays the same when only wording, explanations, translations or sources change', async () => {
    const edited = firstEdition();
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

describe('the reproduction of issue 10: 10 takes, a 17th question added, 1 more take', () => {
  it('shows no figure for the new question until it has 10 answers, and one histogram per version', async () => {
    await seed(knownTakes(10));
    const b = deploy(withNewQuestion());
    await seed(knownTakes(1));

    const current = await json();
    expect(current.version).toBe(b.version);
    expect(current.takes).toBe(1);
    expect(current.total).toBe(17);
    expect(current.scoreDistribution).toHaveLength(18);
    expect(current.scoreDistribution.reduce((x, y) => x + y, 0)).toBe(1);
    expect(current.questions[NEW_QUESTION.id]).toBeUndefined();
    expect(current.questionsPending).toEqual({ [NEW_QUESTION.id]: 1 });
    expect(current.skills['manipulation-technique']).toBeUndefined();
    expect(current.skillsPending).toEqual({ 'manipulation-technique': 1 });
    // The 16 unchanged questions count their answers in both versions.
    for (const q of firstEdition()) expect(current.questions[q.id]?.answered).toBe(11);
    expect(current.versions).toEqual([
      { version: VERSION, since: '2026-11-24', takes: 10, questionCount: 16 },
      { version: b.version, since: '2026-12-01', takes: 1, questionCount: 17 },
    ]);

    const first = await json(`?version=${VERSION}`);
    expect(first.takes).toBe(10);
    expect(first.total).toBe(16);
    expect(first.scoreDistribution).toHaveLength(17);
    expect(first.scoreDistribution.reduce((x, y) => x + y, 0)).toBe(10);
    expect(first.questions[NEW_QUESTION.id]).toBeUndefined();

    const rows = await csv();
    expect(rows.filter((r) => r.key === NEW_QUESTION.id || r.key.startsWith(`${NEW_QUESTION.id}/`))).toEqual([]);
    expect(rows.filter((r) => r.section === 'skill' && r.key === 'manipulation-technique')).toEqual([]);
    expect(rows.filter((r) => r.section === 'score')).toHaveLength(18);

    const html = await page();
    const text = visibleText(html);
    expect(html).not.toContain('id="table-q17"');
    expect(figure(html, `question:${NEW_QUESTION.id}:pending`)).toBe(
      'Figures for this question appear once it has 10 answers (so far: 1).',
    );
    expect(text).not.toContain(NEW_QUESTION.choices[1]?.text.en);
    expect(text).toContain('This quiz was updated on 1 December 2026.');
    expect(html).toContain(`href="?lang=en&amp;version=${VERSION}"`);

    // Nine more readers of the new version: the new question and its skill now have their 10 answers.
    await seed(knownTakes(9));
    const later = await json();
    expect(later.questions[NEW_QUESTION.id]?.answered).toBe(10);
    expect(later.questionsPending).toEqual({});
    expect(later.skills['manipulation-technique']?.total).toBe(10);
    expect(later.scoreDistribution.reduce((x, y) => x + y, 0)).toBe(10);
    expect((await json(`?version=${VERSION}`)).takes).toBe(10);
  });
});

describe('a take in progress during a deploy', () => {
  it('is graded by the version its attempt was issued for, and counted under that version', async () => {
    const attempt = await newAttempt(OFF);
    const answers = answersScoring(quiz.questions.length);
    // Version B: question 1 has another correct answer, and a 17th question is added.
    const b = deploy(withNewQuestion(withChangedAnswer()));
    const res = await postJson(submissions, { attempt, lang: 'en', answers }, OFF);
    expect(res.status).toBe(201);
    const result = (await res.json()) as SubmissionResult;
    // Graded by A: every answer right, out of A's 16 questions.
    expect(result.score).toBe(16);
    expect(result.total).toBe(16);
    const stored = await testEnv.SCORES.list<SubmissionRecord>({ prefix: keys.submissions(QUIZ) });
    expect(stored.keys.map((k) => k.metadata?.q)).toEqual([VERSION]);

    expect((await json(`?version=${VERSION}`)).takes).toBe(1);
    expect((await json(`?version=${VERSION}`)).scoreDistribution[16]).toBe(1);
    expect((await json()).version).toBe(b.version);
    expect((await json()).takes).toBe(0);

    // Counted once and under A again after the rollup has folded its hour.
    await rollup(testEnv, Date.now() + 3 * HOUR_MS);
    const folded = await testEnv.SCORES.get<{ tallies: Record<string, Tally> }>(keys.summary(QUIZ), 'json');
    expect(Object.fromEntries(Object.entries(folded?.tallies ?? {}).map(([v, t]) => [v, t.takes]))).toEqual({
      [VERSION]: 1,
    });
  });

  it('cannot be submitted with the new version answers it was not issued for, and stores nothing', async () => {
    const attempt = await newAttempt(OFF);
    deploy(withNewQuestion());
    const res = await postJson(submissions, { attempt, lang: 'en', answers: answersScoring(17) }, OFF);
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
    const answers = answersScoring(16, { ...quiz, questions: firstEdition() });
    expect((await postJson(submissions, { attempt, lang: 'es', answers }, OFF)).status).toBe(201);
    expect((await json(`?version=${VERSION}`)).takes).toBe(1);

    const unknown = await call(`/api/quizzes/${QUIZ}/attempts?version=0123456789ab`, { method: 'POST' }, OFF);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining(VERSION) },
    });
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
    const answers = answersScoring(3, { ...quiz, questions: firstEdition() });
    const res = await postJson(submissions, { attempt: `a1.${id}.${exp}.${b64}`, lang: 'en', answers }, OFF);
    expect(res.status).toBe(201);
    expect(((await res.json()) as SubmissionResult).total).toBe(16);
    expect((await json(`?version=${VERSION}`)).takes).toBe(1);
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

  it('reads records and a summary written before versions as the first version', async () => {
    const bucket = bucketOf(Date.now()) - 5;
    const legacy = (score: number): SubmissionRecord => ({
      v: 1,
      s: score,
      t: 16,
      l: 'en',
      d: '2026-11-20',
      a: Object.fromEntries(firstEdition().map((q, i) => [q.id, encodeAnswer(i < score, q.correct)])),
    });
    for (let i = 0; i < 4; i++) await writeSubmission(testEnv.SCORES, QUIZ, bucket, `legacy${i}`, legacy(i));
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
    expect((await json(`?version=${VERSION}`)).takes).toBe(6);
    await rollup(testEnv, Date.now());
    expect((await json(`?version=${VERSION}`)).takes).toBe(6);
    expect((await json()).takes).toBe(0);
  });

  it('answers a version the quiz never had with a JSON 404, and a malformed one with a 400, in JSON and CSV', async () => {
    for (const path of ['results', 'results.csv']) {
      const missing = await call(`/api/quizzes/${QUIZ}/${path}?version=0123456789ab`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({
        error: { code: 'not_found', message: expect.stringContaining(`Its versions: ${VERSION}`) },
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
    expect(figure(await page(), 'checked_at')).toBe('Facts checked 24 November 2026.');
    expect(figure(await page('?lang=es'), 'checked_at')).toBe('Datos verificados el 24 de noviembre de 2026.');
    expect(csvValue(await csv(), 'quiz', QUIZ, 'checked_at')).toBe('2026-11-24');
    expect((await json()).checkedAt).toBe('2026-11-24');
  });

  it('shows an earlier version as such, linking back to the current one', async () => {
    await seed(knownTakes(3));
    deploy(withNewQuestion());
    const html = await page(`?version=${VERSION}&lang=es`);
    const text = visibleText(html);
    expect(text).toContain(
      'Estas cifras son de una versión anterior de este cuestionario, usada del 24 de noviembre de 2026 al 1 de diciembre de 2026, con 16 preguntas.',
    );
    expect(html).toContain('href="?lang=es"');
    expect(figure(html, 'takes')).toBe('3');
    expect(tableRows(html, 'table-scores')).toHaveLength(17);
    // The language switch stays on the same version.
    expect(html).toContain(`href="?lang=en&amp;version=${VERSION}"`);
  });
});
