// The public JSON API under /api: every route of the contract in contract/api.ts, in one table.

import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { AttemptGrant, CheckResult, Health, QuizList, Results, SubmissionResult } from '../contract/api.ts';
import { ORDER_KEY } from '../contract/choice-order.ts';
import type { Lang } from '../contract/quiz.ts';
import type { QuizVersion } from '../contract/quiz-version.ts';
import { attemptRequest, checkRequest, submissionRequest } from '../contract/requests.ts';
import pkg from '../package.json';
import { issueAttempt, verifyAttempt } from './takes/attempt-token.ts';
import { type AppEnv, attemptSecret, settings } from './env.ts';
import { ApiFailure, fail, methodNotAllowed } from './http/errors.ts';
import { checkAnswer, findQuestion, validateAnswers, validateChoiceIds } from './takes/grading.ts';
import { groupsApi } from './groups/api.ts';
import { findGroup } from './groups/record.ts';
import { type ServedQuiz, currentVersion, firstVersion, publicQuiz, quizAt } from './quizzes/bundled.ts';
import { quizSummaries } from './quizzes/catalog.ts';
import { langParam, quizLang, requireQuiz } from './quizzes/params.ts';
import { rateLimit } from './http/rate-limit.ts';
import { type OnInvalid, issueField, jsonBody, readBody } from './http/read-body.ts';
import { budgetHealth, spendWrites } from './http/write-budget.ts';
import { requireResultsAccess } from './results/access.ts';
import { csvHeaders, resultsCsv } from './results/csv.ts';
import { resultsCacheControl } from './results/cache-policy.ts';
import { resultsFor } from './results/compute.ts';
import { rollupHealth } from './results/health.ts';
import { lookUpVersion } from './quizzes/version-lookup.ts';
import { requirePlausibleTime } from './takes/brakes.ts';
import { recordSubmission, submissionResult } from './takes/submissions.ts';
import { percentileOf } from './results/tally.ts';
import { requireWholeTurnstileSetup, turnstileSiteKey, verifyTurnstile } from './takes/turnstile.ts';
import { requireAttemptVersion, requireVersion } from './quizzes/version-param.ts';
import { IsolateCache, cachePer } from './isolate-cache.ts';

export const api = new Hono<AppEnv>();

/** Larger than any quiz; a bound keeps the parameter's values (and so the cached variants) few. */
const MAX_QUESTIONS_PARAM = 100;

/**
 * An unpublished quiz is gone from the list, the quiz route and new attempts, but its results stay
 * readable, and a reader who started before it was unpublished can still check answers and submit.
 */
const UNPUBLISHED_TOO = { hidden: true };

api.get('/health', async (c) => {
  const now = Date.now();
  const [rollup, writes] = await Promise.all([rollupHealth(c.env, now), budgetHealth(c.env, now)]);
  return c.json<Health>({ ok: true, version: pkg.version, rollup, writes });
});

api.get('/quizzes', async (c) => {
  const lang = langParam(c.req.query('lang'));
  return c.json<QuizList>({ quizzes: await quizSummaries(c.env, lang, Date.now()) });
});

api.get('/quizzes/:quizId', async (c) => {
  const quiz = await requireQuiz(c, c.req.param('quizId'));
  const lang = quizLang(quiz, c.req.query('lang'));
  const questions = questionsParam(c.req.query('questions'));
  const order = orderParam(c.req.query('order'));
  const { body, etag } = await quizPayload(quiz, lang, questions, turnstileSiteKey(c.env), order);
  c.header('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400');
  c.header('Content-Language', lang);
  c.header('Vary', 'Accept-Encoding');
  c.header('ETag', etag);
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': 'application/json' });
});

/** An unknown quiz is a 404 before its body is read, whatever the body holds. */
const knownQuiz =
  (options?: { hidden: boolean }): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await requireQuiz(c, c.req.param('quizId') ?? '', options);
    await next();
  };

// `?group=CODE` joins a class group: checked here (1 KV read), then carried by the signed attempt.
api.post('/quizzes/:quizId/attempts', rateLimit, knownQuiz(), async (c) => {
  const quiz = await requireQuiz(c, c.req.param('quizId'));
  // `?version=`: the version of the quiz the reader holds (a page loaded before a deploy); absent, the current one.
  const version = await requireAttemptVersion(c.env, quiz, c.req.query('version'), Date.now());
  const secret = attemptSecret(c.env);
  requireWholeTurnstileSetup(c.env);
  // Without Turnstile the body is not read at all, as before: any body gets a grant.
  if (turnstileSiteKey(c.env) && c.env.TURNSTILE_SECRET) {
    await verifyTurnstile(c.env.TURNSTILE_SECRET, await turnstileToken(c));
  }
  const ttl = settings(c.env).attemptTtlSeconds;
  const now = Date.now();
  const typed = c.req.query('group');
  const group = typed ? await findGroup(c.env.SCORES, quiz.id, typed, now) : undefined;
  const { token, attempt } = await issueAttempt(secret, quiz.id, now, ttl, version.version, group?.code);
  c.header('Cache-Control', 'no-store');
  return c.json<AttemptGrant>({ attempt: token, expiresAt: new Date(attempt.expiresAt).toISOString() }, 201);
});

/** The reader's Turnstile token from the attempt body; a body without one is a missing token (403). */
async function turnstileToken(c: Context<AppEnv>): Promise<string | undefined> {
  try {
    return (await readBody(c, attemptRequest)).turnstile;
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 413) throw err;
    return undefined;
  }
}

/** A question id that is not a string names no question: 404, as for an unknown id. */
const checkInvalid: OnInvalid = (issues) => {
  if (issues.some((issue) => issueField(issue) === 'questionId')) {
    fail(404, 'not_found', 'There is no such question: "questionId" must be a question id.');
  }
  fail(400, 'bad_request', issues[0].message);
};

api.post('/quizzes/:quizId/check', knownQuiz(UNPUBLISHED_TOO), jsonBody(checkRequest, checkInvalid), async (c) => {
  const quiz = await requireQuiz(c, c.req.param('quizId'), UNPUBLISHED_TOO);
  const body = c.req.valid('json');
  const question = findQuestion(quiz, body.questionId);
  const choiceIds = validateChoiceIds(question, body.choiceIds);
  const lang = quizLang(quiz, body.lang ?? c.req.query('lang'));
  return c.json<CheckResult>(checkAnswer(question, choiceIds, lang));
});

/** An attempt that is not a string is not a valid attempt token: 422, as for a forged one. */
const submissionInvalid: OnInvalid = (issues) => {
  if (issues.some((issue) => issueField(issue) === 'attempt')) {
    fail(422, 'attempt_invalid', 'This attempt token is not valid for this quiz. Start the quiz again.');
  }
  fail(400, 'bad_request', issues[0].message);
};

api.post(
  '/quizzes/:quizId/submissions',
  rateLimit,
  knownQuiz(UNPUBLISHED_TOO),
  jsonBody(submissionRequest, submissionInvalid),
  async (c) => {
    const quiz = await requireQuiz(c, c.req.param('quizId'), UNPUBLISHED_TOO);
    const body = c.req.valid('json');
    const now = Date.now();
    const attempt = await verifyAttempt(attemptSecret(c.env), quiz.id, body.attempt, now);
    if (!quiz.languages.includes(body.lang)) {
      fail(400, 'bad_request', `Field "lang" must be one of: ${quiz.languages.join(', ')}.`);
    }
    // Graded by the version the attempt was issued for, even when another has been published since, by
    // that version's own key, even on an isolate whose cached pointer does not know it yet (H1).
    const version = await lookUpVersion(c.env, quiz, attempt.quizVersion ?? firstVersion(quiz));
    if (!version) {
      fail(
        422,
        'attempt_invalid',
        'This attempt was issued for a version of the quiz that is not known here. Start again.',
      );
    }
    const graded = quizAt(quiz, version);
    const answers = validateAnswers(graded, body.answers);
    // Only a take not stored yet meets the brakes: too fast, then the day's write budget (every version counts, M3).
    const brakes = async () => {
      requirePlausibleTime(c.env, graded, attempt, now);
      await spendWrites(c.env, 'take', now);
    };
    const kv = c.env.SCORES;
    const stored = await recordSubmission(kv, graded, version.version, attempt, body.lang, answers, now, brakes);
    const { record, created } = stored;
    // Read after the write, so a results outage never costs a take. Compared with the same version.
    const crowd = quiz.results !== 'public' ? null : await crowdResults(c, quiz, version);
    const percentile = crowd ? percentileOf(crowd.scoreDistribution, record.s) : null;
    c.header('Cache-Control', 'no-store');
    return c.json<SubmissionResult>(
      submissionResult(graded, record, percentile, crowd?.stale === true),
      created ? 201 : 200,
    );
  },
);

api.get('/quizzes/:quizId/results', async (c) => {
  const quiz = await requireQuiz(c, c.req.param('quizId'), UNPUBLISHED_TOO);
  await requireResultsAccess(c, quiz);
  const results = await resultsFor(c, quiz, await requireVersion(c.env, quiz, c.req.query('version')));
  c.header('Cache-Control', resultsCacheControl(c.env, quiz.results === 'public'));
  return c.json<Results>(results);
});

api.get('/quizzes/:quizId/results.csv', async (c) => {
  const quiz = await requireQuiz(c, c.req.param('quizId'), UNPUBLISHED_TOO);
  await requireResultsAccess(c, quiz);
  const lang = quizLang(quiz, c.req.query('lang'));
  const shown = await requireVersion(c.env, quiz, c.req.query('version'));
  const results = await resultsFor(c, quiz, shown);
  const cache = resultsCacheControl(c.env, quiz.results === 'public');
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
 * A quiz object never changes (files change with a deploy, published revisions are immutable): each
 * variant's body and ETag are made once per isolate and quiz object.
 */
const payloadsOf = cachePer((): IsolateCache<string, { body: string; etag: string }> => new IsolateCache());

async function quizPayload(
  quiz: ServedQuiz,
  lang: Lang,
  first: number | undefined,
  turnstileSiteKey: string | null,
  order?: string,
) {
  const variants = payloadsOf(quiz);
  const key = `${currentVersion(quiz).version}|${lang}|${first ?? ''}|${turnstileSiteKey ?? ''}`;
  // A take's own order is one reader's: made each time, never kept (there are as many as takes).
  const known = order === undefined ? variants.get(key) : undefined;
  if (known) return known;
  const reader = publicQuiz(quiz, lang, first, order);
  const body = JSON.stringify(turnstileSiteKey ? { ...reader, challenge: { turnstileSiteKey } } : reader);
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body));
  const payload = {
    body,
    etag: `"${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}"`,
  };
  if (order === undefined) variants.set(key, payload);
  return payload;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  return !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** `?order=KEY`: a take's order key (contract/choice-order.ts); the choices come in that take's order. */
function orderParam(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ORDER_KEY.test(value)) fail(400, 'bad_request', 'Parameter "order" must be 8 to 32 lowercase hex digits.');
  return value;
}

/** `?questions=N` asks for the first N questions only (what the widget's first screens need); absent, all. */
function questionsParam(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > MAX_QUESTIONS_PARAM) {
    fail(400, 'bad_request', `Parameter "questions" must be a whole number from 1 to ${MAX_QUESTIONS_PARAM}.`);
  }
  return Number(value);
}

/**
 * Everyone else's figures so far, for the version the reader took; a results outage must not fail a take
 * (the percentile is then left out).
 */
async function crowdResults(c: Context<AppEnv>, quiz: ServedQuiz, version: QuizVersion): Promise<Results | null> {
  try {
    return await resultsFor(c, quiz, version);
  } catch (err) {
    console.error('[lateral] percentile unavailable:', err);
    return null;
  }
}
