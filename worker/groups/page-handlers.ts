// The /results/:quizId/groups routes: a group's results page, creating a group from the form, replacing its link.

import type { Context } from 'hono';
import * as v from 'valibot';
import { MAX_GROUP_NAME, groupRequest } from '../../contract/requests.ts';
import type { Refusal } from '../../contract/api.ts';
import type { Lang, QuizFile } from '../../contract/quiz.ts';
import { VERSION_PATTERN } from '../../contract/quiz-version.ts';
import { type AppEnv, settings } from '../env.ts';
import { ApiFailure, fail } from '../http/errors.ts';
import { groupCreated } from './links.ts';
import { groupWriteBrake } from './limit.ts';
import { computeGroupResults } from './results.ts';
import { createGroup, findGroup, replaceResultsKey, requireGroupKey } from './record.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { currentVersion, quizAt } from '../quizzes/bundled.ts';
import { findQuiz } from '../quizzes/catalog.ts';
import { lookUpVersion } from '../quizzes/version-lookup.ts';
import { requestBrake } from '../http/rate-limit.ts';
import { renderGroupCreatedPage, renderGroupMessagePage } from './created-page.tsx';
import { renderGroupResultsPage } from './results-page.tsx';
import { GROUP_STRINGS } from '../results/group-strings.ts';
import { pageOptions } from '../results/page/handlers.ts';
import { readForm } from '../http/read-body.ts';
import { renderNotFoundPage } from '../results/page/locked-page.tsx';
import type { PageOptions } from '../results/page/page-shell.tsx';
import { resultsPagePolicy } from '../results/page/page-policy.ts';
import { formatFor } from '../results/format.ts';
import { NOT_STORED } from '../results/cache-policy.ts';

type Status = 200 | 201 | 400 | 403 | 404 | 410 | 413 | 415 | 429 | 503;

/** Every group page holds or follows from a secret: never cached, never named in a Referer. */
async function send(c: Context<AppEnv>, html: string, status: Status, opts: PageOptions, copy = false) {
  c.header('Content-Security-Policy', await resultsPagePolicy(false, false, { copyButtons: copy }));
  c.header('Cache-Control', NOT_STORED);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Content-Language', opts.lang);
  return c.html(html, status);
}

/**
 * Runs a page's work; an expected refusal (unknown code, wrong key, ended group, over the daily limit,
 * a bad form) becomes a page that says so in the page's language where we have the words, and shows no figure.
 */
async function refusing(c: Context<AppEnv>, quiz: QuizFile, opts: PageOptions, work: () => Promise<Response>) {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof ApiFailure)) throw err;
    const [title, text] = refusalWords(err.refusal, opts.lang);
    if (err.headers['Retry-After']) c.header('Retry-After', err.headers['Retry-After']);
    return send(c, renderGroupMessagePage(quiz, opts, title, text), err.status as Status, opts);
  }
}

/** A refusal's title and text in the page's language: the API's own messages are English, for developers. */
function refusalWords(refusal: Refusal, lang: Lang): [string, string] {
  const g = GROUP_STRINGS[lang];
  const fmt = formatFor(lang);
  switch (refusal.code) {
    case 'group_not_found':
      return [g.notFoundTitle, g.notFoundText];
    case 'group_link_invalid':
      return [g.linkInvalidTitle, g.linkInvalidText];
    case 'group_expired':
      return [g.expiredTitle, g.expiredText(fmt.day(refusal.detail.endsOn))];
    case 'rate_limited':
      return [g.tooManyTitle, g.tooManyNow];
    case 'daily_limit':
      return [g.tooManyTitle, g.siteFullToday];
    case 'bad_request':
      // The form's one field is the name, and its one rule a length.
      return [g.createTitle, g.nameTooLong(fmt.count(MAX_GROUP_NAME))];
    case 'not_configured':
      return [g.createTitle, g.notConfigured];
    case 'payload_too_large':
    case 'unsupported_media_type':
      return [g.createTitle, g.formUnread];
    default:
      return [g.createTitle, g.tryAgain];
  }
}

/** A bundled or published quiz; an unpublished one's groups keep their results page, but make no new groups. */
async function quizFor(c: Context<AppEnv>, hidden = true) {
  const quiz = await findQuiz(c.env, c.req.param('quizId') ?? '', { hidden });
  const opts = pageOptions(quiz, (name) => c.req.query(name));
  return { quiz, opts: { ...opts, embed: false } };
}

/** GET /results/:quizId/groups/:code?key= — the group's results, for the holder of its results link. */
export async function getGroupResultsPage(c: Context<AppEnv>) {
  const { quiz, opts } = await quizFor(c);
  if (!quiz) return send(c, renderNotFoundPage(opts), 404, opts);
  const key = c.req.query('key') ?? '';
  // Forgiving about `?version=`, as the quiz's own page: one the quiz never had shows the current one, and says so.
  const asked = c.req.query('version');
  const found = asked && VERSION_PATTERN.test(asked) ? await lookUpVersion(c.env, quiz, asked) : undefined;
  const shown = found ?? currentVersion(quiz);
  const unknown = asked && !found ? asked.slice(0, 20) : undefined;
  return refusing(c, quiz, opts, async () => {
    await requestBrake(c);
    const results = await computeGroupResults(c.env, quiz, c.req.param('code') ?? '', key, Date.now(), shown);
    return send(c, renderGroupResultsPage(quizAt(quiz, shown), results, opts, key, unknown), 200, opts);
  });
}

/** POST /results/:quizId/groups — the "Create a class group" form; answers with the new group, shown once. */
export async function postCreateGroup(c: Context<AppEnv>) {
  const { quiz, opts } = await quizFor(c, false);
  if (!quiz) return send(c, renderNotFoundPage(opts), 404, opts);
  return refusing(c, quiz, opts, async () => {
    await requestBrake(c);
    const form = await readForm(c);
    // The form's one field, checked by the same schema as the API's body.
    const checked = v.safeParse(groupRequest, { name: form.get('name') ?? undefined });
    if (!checked.success) fail(400, 'bad_request', checked.issues[0].message);
    const name = checked.output.name || null;
    const now = Date.now();
    await groupWriteBrake(c, 'groupCreation', now);
    const { group, key } = await createGroup(
      c.env.SCORES,
      quiz,
      { name, days: settings(c.env).groupLifetimeDays },
      now,
    );
    const created = groupCreated(publicOrigin(c), quiz, group, key, opts.lang);
    return send(c, renderGroupCreatedPage(quiz, created, opts), 201, opts, true);
  });
}

/** POST /results/:quizId/groups/:code/key — "Replace this results link", from the group's page. */
export async function postReplaceGroupKey(c: Context<AppEnv>) {
  const { quiz, opts } = await quizFor(c);
  if (!quiz) return send(c, renderNotFoundPage(opts), 404, opts);
  return refusing(c, quiz, opts, async () => {
    await requestBrake(c);
    const form = await readForm(c);
    const group = await findGroup(c.env.SCORES, quiz.id, c.req.param('code'), Date.now());
    await requireGroupKey(group, form.get('key') ?? undefined);
    // The same brakes as the API's replacement (H2): the group limiter, then the day's write budget.
    await groupWriteBrake(c, 'groupLinkReplacement', Date.now());
    const next = await replaceResultsKey(c.env.SCORES, group);
    const created = groupCreated(publicOrigin(c), quiz, next.group, next.key, opts.lang);
    return send(c, renderGroupCreatedPage(quiz, created, opts, true), 201, opts, true);
  });
}
