// The /results/:quizId routes: the page for anyone when public, and behind the results token when private.

import type { Context } from 'hono';
import { quizEmbedOptions } from '../../../contract/embed-options.ts';
import { LANGS, type QuizFile } from '../../../contract/quiz.ts';
import { VERSION_PATTERN } from '../../../contract/quiz-version.ts';
import type { AppEnv } from '../../env.ts';
import { currentVersion, quizAt } from '../../quizzes/bundled.ts';
import { findQuiz } from '../../quizzes/catalog.ts';
import { lookUpVersion } from '../../quizzes/version-lookup.ts';
import { readForm } from '../../http/read-body.ts';
import { bearerToken, presentedTokenOpens } from '../access.ts';
import { requireVersion } from '../../quizzes/version-param.ts';
import { csvHeaders, resultsCsv } from '../csv.ts';
import { resultsCacheControl } from '../cache-policy.ts';
import { resultsFor } from '../compute.ts';
import { renderLockedPage, renderNotFoundPage } from './locked-page.tsx';
import { type Access, type PageOptions, pageQuery } from './page-shell.tsx';
import { renderResultsPage } from './page.tsx';
import { resultsPagePolicy } from './page-policy.ts';
import type { ServedQuiz } from '../../quizzes/bundled.ts';
import { resultsPath } from '../../../contract/links.ts';

/** An unpublished quiz keeps its results page: the link a teacher kept still works. */
const UNPUBLISHED_TOO = { hidden: true };

/** The token form holds one short field; anything bigger is not a form of ours. */
/** A page is forgiving: an unknown language or theme falls back to the default instead of an error. */
export function pageOptions(quiz: QuizFile | undefined, query: (name: string) => string | undefined): PageOptions {
  const { lang = 'en', theme = 'auto' } = quizEmbedOptions(quiz?.languages ?? LANGS, query);
  return { lang, theme, embed: query('embed') === '1' };
}

async function send(
  c: Context<AppEnv>,
  html: string,
  status: 200 | 401 | 404,
  opts: PageOptions,
  cache: string,
  quiz?: QuizFile,
) {
  c.header('Content-Security-Policy', await resultsPagePolicy(opts.embed, quiz?.results === 'private'));
  c.header('Cache-Control', cache);
  c.header('Content-Language', opts.lang);
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="lateral-results"');
  return c.html(html, status);
}

/**
 * A page is forgiving about `?version=` too: one the quiz never had shows the current version's figures,
 * with a line that says so (the JSON and CSV refuse it instead, where a silent swap would mislead a script).
 */
async function page(c: Context<AppEnv>, quiz: ServedQuiz, opts: PageOptions, access: Access) {
  const asked = c.req.query('version');
  const found = asked && VERSION_PATTERN.test(asked) ? await lookUpVersion(c.env, quiz, asked) : undefined;
  const shown = found ?? currentVersion(quiz);
  const results = await resultsFor(c, quiz, shown);
  const unknown = asked && !found ? asked.slice(0, 20) : undefined;
  const html = renderResultsPage(quizAt(quiz, shown), results, opts, access, unknown);
  // Public figures are the same for everyone for the cache period; unlocked private ones are never stored.
  const cache = resultsCacheControl(c.env, access.kind === 'public');
  return send(c, html, 200, opts, cache, quiz);
}

/** GET /results/:quizId?lang=&theme=&embed=1 — a private quiz also opens with `Authorization: Bearer <token>`. */
export async function getResultsPage(c: Context<AppEnv>) {
  const quiz = await findQuiz(c.env, c.req.param('quizId') ?? '', UNPUBLISHED_TOO);
  const opts = pageOptions(quiz, (name) => c.req.query(name));
  if (!quiz) return send(c, renderNotFoundPage(opts), 404, opts, 'no-store');
  if (quiz.results === 'public') return page(c, quiz, opts, { kind: 'public' });
  const token = bearerToken(c);
  if (token && (await presentedTokenOpens(c, token))) return page(c, quiz, opts, { kind: 'token', token });
  return send(c, renderLockedPage(quiz, opts, token !== undefined), 401, opts, 'private, no-store', quiz);
}

/**
 * POST /results/:quizId — the token form. A browser cannot send a Bearer header by following a link,
 * so the token travels once in the form body (never the address); `format=csv` downloads the CSV instead.
 */
export async function postResultsPage(c: Context<AppEnv>) {
  const quiz = await findQuiz(c.env, c.req.param('quizId') ?? '', UNPUBLISHED_TOO);
  const opts = pageOptions(quiz, (name) => c.req.query(name));
  if (!quiz) return send(c, renderNotFoundPage(opts), 404, opts, 'no-store');
  if (quiz.results === 'public') return c.redirect(`${resultsPath(quiz.id)}${pageQuery(opts)}`, 303);
  const form = await readForm(c);
  const token = form.get('token') ?? '';
  if (!(await presentedTokenOpens(c, token)))
    return send(c, renderLockedPage(quiz, opts, true), 401, opts, 'private, no-store', quiz);
  if (form.get('format') === 'csv') {
    const shown = await requireVersion(c.env, quiz, form.get('version') ?? c.req.query('version'));
    const results = await resultsFor(c, quiz, shown);
    return c.body(resultsCsv(quizAt(quiz, shown), results, opts.lang), 200, csvHeaders(quiz, 'private, no-store'));
  }
  return page(c, quiz, opts, { kind: 'token', token });
}
