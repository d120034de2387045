// The HTML side of the Worker: the demo host page, the iframe page and oEmbed. The widget files are static assets.

import { Hono } from 'hono';
import { isLang } from '../../contract/quiz.ts';
import type { AppEnv } from '../env.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { quizzes } from '../quizzes/bundled.ts';
import { findQuiz } from '../quizzes/catalog.ts';
import { turnstileSiteKey } from '../takes/turnstile.ts';
import { demoPage } from './demo-page.ts';
import { quizEmbedOptions } from '../../contract/embed-options.ts';
import { embedPage } from './embed-page.ts';
import { notFoundPage } from './not-found-page.ts';
import { oembed } from './oembed.ts';
import { setDemoPageHeaders, setFrameablePageHeaders } from './page-headers.ts';

export const pages = new Hono<AppEnv>();

pages.get('/', async (c) => {
  const origin = publicOrigin(c);
  const id = c.req.query('quiz');
  const quiz = id ? await findQuiz(c.env, id) : quizzes[0];
  setDemoPageHeaders(c, turnstileSiteKey(c.env) !== null);
  if (!quiz) return c.html(notFoundPage(origin, id ?? ''), 404);
  return c.html(
    demoPage(
      origin,
      quiz,
      quizEmbedOptions(quiz.languages, (name) => c.req.query(name)),
    ),
  );
});

pages.get('/embed/:quizId', async (c) => {
  const origin = publicOrigin(c);
  const quiz = await findQuiz(c.env, c.req.param('quizId'));
  // Unknown ids get a page a person can read inside the host's iframe, so it is frameable too.
  setFrameablePageHeaders(c, origin, turnstileSiteKey(c.env) !== null);
  if (!quiz) {
    const lang = c.req.query('lang');
    return c.html(notFoundPage(origin, c.req.param('quizId'), isLang(lang) ? lang : 'en'), 404);
  }
  return c.html(
    embedPage(
      origin,
      quiz,
      quizEmbedOptions(quiz.languages, (name) => c.req.query(name)),
    ),
  );
});

pages.get('/oembed', async (c) => {
  // Consumers such as Ghost fetch from their server; browsers may ask too, without credentials.
  c.header('Access-Control-Allow-Origin', '*');
  const body = await oembed(
    publicOrigin(c),
    (name) => c.req.query(name),
    (id) => findQuiz(c.env, id),
  );
  c.header('Cache-Control', 'public, max-age=3600');
  return c.json(body);
});
