import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results, SubmissionResult } from '../../contract/api.ts';
import { QUIZ, call, newAttempt, postJson, quiz } from './helpers.ts';
import { OFF, knownTakes, parseCsv, seed, tableRows } from './results-support.ts';

const TOKEN = 'k3L9-test-results-token-0d7f2a61c5';
// The token-guessing brake is lifted here as elsewhere; tests/worker/rate-limit.test.ts tests it.
const ENV = { RESULTS_TOKEN: TOKEN, RATE_LIMIT: 'off' };
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
const form = (fields: Record<string, string>, type = 'application/x-www-form-urlencoded') => ({
  method: 'POST',
  headers: { 'Content-Type': type },
  body: new URLSearchParams(fields).toString(),
});

/**
 * The bank ships no private quiz, and a fake one in questions/ would ship with it. Instead this file
 * marks the real quiz private for its own run (storage and modules are isolated per test file), so the
 * real routes are tested end to end: page, form, JSON, CSV and the end-screen percentile.
 */
const original = quiz.results;
beforeAll(async () => {
  quiz.results = 'private';
  await seed(knownTakes(10));
});
afterAll(() => {
  quiz.results = original;
});

/** Nothing about the figures: no numbers panel, chart, table, or any answer text. */
function expectNoFigures(body: string) {
  expect(body).not.toContain('data-figure');
  expect(body).not.toContain('<svg');
  expect(body).not.toContain('<table');
  expect(body).not.toContain(quiz.questions[0]?.choices[0]?.text.en?.slice(0, 30));
  expect(body).not.toMatch(/"takes"|scoreDistribution/);
}

describe('a quiz with private results: the page', () => {
  it('answers 401 with a token form and no figure when no token is sent', async () => {
    const res = await call(`/results/${QUIZ}`, {}, ENV);
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="lateral-results"');
    const html = await res.text();
    expect(html).toContain('These results are private');
    expect(html).toMatch(/<form method="post">[\s\S]*<input id="token" name="token" type="password"/);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expectNoFigures(html);
  });

  it('answers 401 to a wrong Bearer token, saying so, and to any token while no RESULTS_TOKEN is set', async () => {
    const wrong = await call(`/results/${QUIZ}`, bearer('not-the-token'), ENV);
    expect(wrong.status).toBe(401);
    const html = await wrong.text();
    expect(html).toContain('That token does not open these results.');
    expectNoFigures(html);
    const unset = await call(`/results/${QUIZ}`, bearer('undefined'), { RESULTS_TOKEN: '' });
    expect(unset.status).toBe(401);
  });

  it('shows the results to the right Bearer token, never cached for others', async () => {
    const res = await call(`/results/${QUIZ}`, bearer(TOKEN), ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await res.text();
    expect(html).toContain('Private results');
    expect(tableRows(html, 'table-languages')).toHaveLength(quiz.languages.length);
    expect(html).toContain('id="table-q1"');
  });

  it('opens with the token sent once by the form, never in the address', async () => {
    const res = await call(`/results/${QUIZ}?lang=es`, form({ token: TOKEN }), ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain('id="table-q1"');
    expect(html).not.toMatch(new RegExp(`href="[^"]*${TOKEN}`));
  });

  it('refuses a wrong token from the form with 401 and no figure', async () => {
    const res = await call(`/results/${QUIZ}`, form({ token: 'guess' }), ENV);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('That token does not open these results.');
    expectNoFigures(html);
  });

  it('downloads the CSV through the form for the token holder', async () => {
    const res = await call(`/results/${QUIZ}`, form({ token: TOKEN, format: 'csv' }), ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const rows = parseCsv(await res.text());
    expect(rows.find((r) => r.section === 'quiz' && r.measure === 'takes')?.value).toBe('10');
  });

  it('accepts only a small url-encoded form', async () => {
    expect((await call(`/results/${QUIZ}`, form({ token: TOKEN }, 'text/plain'), ENV)).status).toBe(415);
    expect((await call(`/results/${QUIZ}`, form({ token: 'x'.repeat(5000) }), ENV)).status).toBe(413);
  });
});

describe('a quiz with private results: the API', () => {
  it('refuses the JSON and the CSV without the token, with an error that holds no figure', async () => {
    for (const path of [`/api/quizzes/${QUIZ}/results`, `/api/quizzes/${QUIZ}/results.csv`]) {
      for (const init of [{}, bearer('wrong')]) {
        const res = await call(path, init, ENV);
        expect(res.status).toBe(401);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('unauthorized');
        expect(Object.keys(body)).toEqual(['error']);
      }
    }
  });

  it('serves the JSON and the CSV to the token, uncached', async () => {
    const res = await call(`/api/quizzes/${QUIZ}/results`, bearer(TOKEN), ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(((await res.json()) as Results).takes).toBe(10);
    const csv = await call(`/api/quizzes/${QUIZ}/results.csv`, bearer(TOKEN), ENV);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Cache-Control')).toBe('private, no-store');
    expect(parseCsv(await csv.text()).find((r) => r.measure === 'takes')?.value).toBe('10');
  });

  it('gives the reader no crowd comparison at the end of the quiz', async () => {
    const attempt = await newAttempt(OFF);
    const answers = knownTakes(1)[0]?.answers;
    const res = await postJson(
      `/api/quizzes/${QUIZ}/submissions`,
      { attempt, lang: 'en', answers },
      { ...OFF, ...ENV },
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as SubmissionResult).percentile).toBeNull();
  });
});
