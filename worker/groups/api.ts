// The class group routes under /api/quizzes/:quizId/groups: create, look up by code, replace the results link, read.

import { type Context, Hono } from 'hono';
import type { GroupCreated, GroupInfo, GroupResults } from '../../contract/api.ts';
import { groupKeyRequest, groupRequest } from '../../contract/requests.ts';
import { type AppEnv, settings } from '../env.ts';
import { methodNotAllowed } from '../http/errors.ts';
import { groupCreated } from './links.ts';
import { groupWriteBrake } from './limit.ts';
import { computeGroupResults } from './results.ts';
import { createGroup, findGroup, groupDays, groupInfo, replaceResultsKey, requireGroupKey } from './record.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { quizAt } from '../quizzes/bundled.ts';
import { quizLang, requireQuiz } from '../quizzes/params.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { readBody } from '../http/read-body.ts';
import { bearerToken, presentedTokenOpens } from '../results/access.ts';
import { NOT_STORED } from '../results/cache-policy.ts';
import { groupCsvHeaders, groupResultsCsv } from '../results/csv.ts';
import { requireVersion } from '../quizzes/version-param.ts';

export const groupsApi = new Hono<AppEnv>();

/** Mounted under /quizzes/:quizId/groups, so every handler can name its quiz. */
const quizOf = (c: Context<AppEnv>, hidden = false) => requireQuiz(c, c.req.param('quizId') ?? '', { hidden });

/** The results key from `?key=` (what the results link carries) or `Authorization: Bearer` (for tools). */
const resultsKey = (c: Context<AppEnv>) => c.req.query('key') || bearerToken(c);

/** Answers that carry a results key are for its holder alone: no cache keeps them, no referrer leaks the address. */
function privately(c: Context<AppEnv>) {
  c.header('Cache-Control', NOT_STORED);
  c.header('Referrer-Policy', 'no-referrer');
}

// POST /api/quizzes/:quizId/groups  { name?, days?, lang? } → 201 GroupCreated, the results link shown this once.
groupsApi.post('/', rateLimit, async (c) => {
  const quiz = await quizOf(c);
  const body = await readBody(c, groupRequest, undefined, { optional: true });
  const fields = { name: body.name || null, days: groupDays(body.days, settings(c.env).groupLifetimeDays) };
  const lang = body.lang === undefined ? undefined : quizLang(quiz, body.lang);
  const now = Date.now();
  await groupWriteBrake(c, 'groupCreation', now);
  const { group, key } = await createGroup(c.env.SCORES, quiz, fields, now);
  privately(c);
  return c.json<GroupCreated>(groupCreated(publicOrigin(c), quiz, group, key, lang), 201);
});

// GET /api/quizzes/:quizId/groups/:code → the group a join code names (case and spaces do not matter).
// Rate-limited like attempts: codes are not secret, but trying every code should be slow.
groupsApi.get('/:code', rateLimit, async (c) => {
  const quiz = await quizOf(c);
  const group = await findGroup(c.env.SCORES, quiz.id, c.req.param('code'), Date.now());
  c.header('Cache-Control', 'no-store');
  return c.json<GroupInfo>(groupInfo(group));
});

// POST /api/quizzes/:quizId/groups/:code/key → a new results link; the old one stops working.
// Authorized by the current key (`?key=`, Bearer, or `{ "key" }`), or by the operator's RESULTS_TOKEN.
groupsApi.post('/:code/key', rateLimit, async (c) => {
  // An unpublished quiz's groups keep their results, as the quiz keeps its own.
  const quiz = await quizOf(c, true);
  const body = await readBody(c, groupKeyRequest, undefined, { optional: true });
  const given = body.key ?? resultsKey(c);
  const group = await findGroup(c.env.SCORES, quiz.id, c.req.param('code'), Date.now());
  // The operator's RESULTS_TOKEN passes the guessing brake first, as everywhere a results token is presented.
  if (!(await presentedTokenOpens(c, given))) await requireGroupKey(group, given);
  const lang = body.lang === undefined ? undefined : quizLang(quiz, body.lang);
  await groupWriteBrake(c, 'groupLinkReplacement', Date.now());
  const next = await replaceResultsKey(c.env.SCORES, group);
  privately(c);
  return c.json<GroupCreated>(groupCreated(publicOrigin(c), quiz, next.group, next.key, lang), 201);
});

// GET /api/quizzes/:quizId/groups/:code/results?key= → the group's figures, the whole quiz's beside them.
// Rate-limited like the lookup: an unknown code (404) answers apart from a known one without its key (403).
groupsApi.get('/:code/results', rateLimit, async (c) => {
  // An unpublished quiz's groups keep their results, as the quiz keeps its own.
  const quiz = await quizOf(c, true);
  const shown = await requireVersion(c.env, quiz, c.req.query('version'));
  const results = await computeGroupResults(c.env, quiz, c.req.param('code'), resultsKey(c), Date.now(), shown);
  privately(c);
  return c.json<GroupResults>(results);
});

// GET /api/quizzes/:quizId/groups/:code/results.csv?key=&lang= → the same as CSV, an `everyone` column beside.
groupsApi.get('/:code/results.csv', rateLimit, async (c) => {
  // An unpublished quiz's groups keep their results, as the quiz keeps its own.
  const quiz = await quizOf(c, true);
  const lang = quizLang(quiz, c.req.query('lang'));
  const shown = await requireVersion(c.env, quiz, c.req.query('version'));
  const results = await computeGroupResults(c.env, quiz, c.req.param('code'), resultsKey(c), Date.now(), shown);
  return c.body(groupResultsCsv(quizAt(quiz, shown), results, lang), 200, groupCsvHeaders(quiz, results.group.code));
});

groupsApi.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/', methodNotAllowed('POST'));
groupsApi.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/:code/key', methodNotAllowed('POST'));
groupsApi.on(
  ['POST', 'PUT', 'PATCH', 'DELETE'],
  ['/:code', '/:code/results', '/:code/results.csv'],
  methodNotAllowed('GET'),
);
