// The public JSON API under /api: every route of the contract in contract/api.ts, in one table.

import { type Context, Hono } from 'hono';
import type { AttemptGrant, CheckResult, Health, QuizList, Results, SubmissionResult } from '../contract/api.ts';
import { type Lang, type QuizFile, isLang } from '../contract/quiz.ts';
import type { QuizVersion } from '../contract/quiz-version.ts';
import pkg from '../package.json';
import { issueAttempt, verifyAttempt } from './attempt-token.ts';
import { type AppEnv, attemptSecret, settings } from './env.ts';
import { fail, methodNotAllowed } from './errors.ts';
import { checkAnswer, findQuestion, validateAnswers, validateChoiceIds } from './grading.ts';
import { groupsApi } from './groups-api.ts';
import { findGroup } from './groups.ts';
import { currentVersion, findVersion, firstVersion, publicQuiz, quizAt, quizSummary, quizzes } from './quiz-bank.ts';
import { langParam, quizLang, requireQuiz } from './quiz-params.ts';
import { requireVersion } from './version-param.ts';
import { rateLimit } from './rate-limit.ts';
import { readJsonObject } from './read-body.ts';
import { requireResultsAccess } from './results-access.ts';
import { csvHeaders, resultsCsv } from './results-csv.ts';
import { resultsFor } from './results.ts';
import { recordSubmission, submissionResult } from './submissions.ts';
import { percentileOf } from './tally.ts';

export const api = new Hono<AppEnv>();

/** Larger than any quiz; a bound keeps the parameter's values (and so the cached variants) few. */
const MAX_QUESTIONS_PARAM = 100;

api.get('/health', (c) => c.json<Health>({ ok: true, version: pkg.version }));

api.get('/quizzes', (c) => {
  const lang = langParam(c.req.query('lang'));
  const now = Date.now();
  return c.json<QuizList>({ quizzes: quizzes.map((q) => quizSummary(q, lang, now)) });
});

api.get('/quizzes/:quizId', async (c) => {
  const quiz = requireQuiz(c.req.param('quizId'));
  const lang = quizLang(quiz, c.req.query('lang'));
  const { body, etag } = await quizPayload(quiz, lang, questionsParam(c.req.query('questions')));
  c.header('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400');
  c.header('Content-Language', lang);
  c.header('Vary', 'Accept-Encoding');
  c.header('ETag', etag);
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': 'application/json' });
});

// `?group=CODE` joins a class group: checked here (1 KV read), then carried by the signed attempt.
api.post('/quizzes/:quizId/attempts', rateLimit, async (c) => {
  const quiz = requireQuiz(c.req.param('quizId'));
  // `?version=`: the version of the quiz the reader holds (a page loaded before a deploy); absent, the current one.
  const version = requireVersion(quiz, c.req.query('version'));
  const now = Date.now();
  const typed = c.req.query('group');
  const group = typed ? await findGroup(c.env.SCORES, quiz.id, typed, now) : undefined;
  const { token, attempt } = await issueAttempt(
    attemptSecret(c.env),
    quiz.id,
    now,
    settings(c.env).attemptTtlSeconds,
    version.version,
    group?.code,
  );
  c.header('Cache-Control', 'no-store');
  return c.json<AttemptGrant>({ attempt: token, expiresAt: new Date(attempt.expiresAt).toISOString() }, 201);
});

api.post('/quizzes/:quizId/check', async (c) => {
  const quiz = requireQuiz(c.req.param('quizId'));
  const body = await readJsonObject(c);
  const question = findQuestion(quiz, body.questionId);
  const choiceIds = validateChoiceIds(question, body.choiceIds);
  const lang = quizLang(quiz, typeof body.lang === 'string' ? body.lang : c.req.query('lang'));
  return c.json<CheckResult>(checkAnswer(question, choiceIds, lang));
});

api.post('/quizzes/:quizId/submissions', rateLimit, async (c) => {
  const quiz = requireQuiz(c.req.param('quizId'));
  const body = await readJsonObject(c);
  const now = Date.now();
  const attempt = await verifyAttempt(attemptSecret(c.env), quiz.id, body.attempt, now);
  if (!isLang(body.lang) || !quiz.languages.includes(body.lang)) {
    fail(400, 'bad_request', `Field "lang" must be one of: ${quiz.languages.join(', ')}.`);
  }
  // Graded by the version the attempt was issued for, even when another has been deployed since.
  const version = findVersion(quiz, attempt.quizVersion ?? firstVersion(quiz));
  if (!version) {
    fail(
      422,
      'attempt_invalid',
      'This attempt was issued for a version of the quiz that is not known here. Start again.',
    );
  }
  const graded = quizAt(quiz, version);
  const answers = validateAnswers(graded, body.answers);
  const stored = await recordSubmission(c.env.SCORES, graded, version.version, attempt, body.lang, answers, now);
  const { record, created } = stored;
  const percentile = quiz.results === 'public' ? await crowdPercentile(c, quiz, version, record.s) : null;
  c.header('Cache-Control', 'no-store');
  return c.json<SubmissionResult>(submissionResult(graded, record, percentile), created ? 201 : 200);
});

api.get('/quizzes/:quizId/results', async (c) => {
  const quiz = requireQuiz(c.req.param('quizId'));
  await requireResultsAccess(c, quiz);
  const results = await resultsFor(c, quiz, requireVersion(quiz, c.req.query('version')));
  c.header(
    'Cache-Control',
    quiz.results === 'public' ? `public, max-age=${settings(c.env).resultsCacheSeconds}` : 'private, no-store',
  );
  return c.json<Results>(results);
});

api.get('/quizzes/:quizId/results.csv', async (c) => {
  const quiz = requireQuiz(c.req.param('quizId'));
  await requireResultsAccess(c, quiz);
  const lang = quizLang(quiz, c.req.query('lang'));
  const shown = requireVersion(quiz, c.req.query('version'));
  const results = await resultsFor(c, quiz, shown);
  const cache =
    quiz.results === 'public' ? `public, max-age=${settings(c.env).resultsCacheSeconds}` : 'private, no-store';
  return c.body(resultsCsv(quizAt(quiz, shown), results, lang), 200, csvHeaders(quiz, cache));
});

// POST /quizzes/:id/groups · GET /quizzes/:id/groups/:code · POST …/:code/key · GET …/:code/results(.csv)
api.route('/quizzes/:quizId/groups', groupsApi);

api.on(['PUT', 'PATCH', 'DELETE'], '/quizzes/:quizId/:action{attempts|check|submissions}', methodNotAllowed('POST'));
api.on(
  ['POST', 'PUT', 'PATCH', 'DELETE'],
  ['/health', '/quizzes', '/quizzes/:quizId', '/quizzes/:quizId/results'],
  methodNotAllowed('GET'),
);
api.get('/quizzes/:quizId/:action{attempts|check|submissions}', methodNotAllowed('POST'));
api.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/quizzes/:quizId/results.csv', methodNotAllowed('GET'));

/**
 * Quiz files change only with a deploy: each variant's body and ETag are made once per isolate.
 * Values, not promises, are kept: workerd does not let one request wait on another's pending work.
 */
const payloads = new Map<string, { body: string; etag: string }>();

async function quizPayload(quiz: QuizFile, lang: Lang, first: number | undefined) {
  const key = `${quiz.id}|${currentVersion(quiz).version}|${lang}|${first ?? ''}`;
  const known = payloads.get(key);
  if (known) return known;
  const body = JSON.stringify(publicQuiz(quiz, lang, first));
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body));
  const payload = {
    body,
    etag: `"${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}"`,
  };
  payloads.set(key, payload);
  return payload;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  return !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** `?questions=N` asks for the first N questions only (what the widget's first screens need); absent, all. */
function questionsParam(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > MAX_QUESTIONS_PARAM) {
    fail(400, 'bad_request', `Parameter "questions" must be a whole number from 1 to ${MAX_QUESTIONS_PARAM}.`);
  }
  return Number(value);
}

/** Compared with everyone else who took the same version; a results outage must not fail a saved submission. */
async function crowdPercentile(
  c: Context<AppEnv>,
  quiz: QuizFile,
  version: QuizVersion,
  score: number,
): Promise<number | null> {
  try {
    const results = await resultsFor(c, quiz, version);
    return percentileOf(results.scoreDistribution, score);
  } catch (err) {
    console.error('[lateral] percentile unavailable:', err);
    return null;
  }
}
