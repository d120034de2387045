// The Worker entry: every route at a glance, one error policy, and the scheduled rollup.

import { Hono } from 'hono';
import { api } from './api.ts';
import { editor } from './editor/routes.ts';
import type { AppEnv, Env } from './env.ts';
import { onError, onNotFound } from './http/errors.ts';
import { apiCors, securityHeaders } from './http/headers.ts';
import { pages } from './pages/routes.ts';
import { rateLimit } from './http/rate-limit.ts';
import { getGroupResultsPage, postCreateGroup, postReplaceGroupKey } from './groups/page-handlers.ts';
import { getResultsPage, postResultsPage } from './results/page/handlers.ts';
import { rollup } from './results/rollup.ts';

export const app = new Hono<AppEnv>();

app.use('*', securityHeaders);
app.use('/api/*', apiCors);

// GET  /api/health · GET /api/quizzes · GET /api/quizzes/:id
// POST /api/quizzes/:id/attempts · /check · /submissions · GET /api/quizzes/:id/results
// GET  /api/quizzes/:id/results.csv
app.route('/api', api);

// GET  / (demo host page) · GET /embed/:id (iframe page) · GET /oembed?url= (WordPress, Ghost)
// Static assets (embed.js, /w/*, /pages/*) are served before the Worker, headers in dist/assets/_headers.
app.route('/', pages);

// GET  /results/:id?lang=&theme=&embed=1 (aggregate results page) · POST /results/:id (private results token form)
app.get('/results/:quizId', getResultsPage);
app.post('/results/:quizId', rateLimit, postResultsPage);

// GET /editor (sign-in or the editor) · POST /editor/session · /editor/api/* (drafts, publish): 404 without EDITOR_TOKEN.
// Nothing else links here, and /api never reads drafts: readers only ever reach published quizzes.
app.route('/editor', editor);
// GET  /results/:id/groups/:code?key= (a class group's results) · POST /results/:id/groups (create, from the form)
// POST /results/:id/groups/:code/key (replace the group's results link)
// The group page is braked like the lookup (its 404 and 403 tell whether a code exists); the page and both forms
// apply the per-minute brake themselves, so a refusal is a page in the teacher's language, not JSON.
app.get('/results/:quizId/groups/:code', getGroupResultsPage);
app.post('/results/:quizId/groups', postCreateGroup);
app.post('/results/:quizId/groups/:code/key', postReplaceGroupKey);

app.onError(onError);
app.notFound(onNotFound);

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(
      rollup(env, controller.scheduledTime).then((reports) => {
        const folded = reports.reduce((n, r) => n + r.folded, 0);
        if (folded) console.log(`[lateral] rollup folded ${folded} submission(s)`);
      }),
    );
  },
} satisfies ExportedHandler<Env>;

// The Durable Object classes wrangler.toml binds: each quiz's desk, and the daily write budget.
export { QuizDesk } from './quizzes/quiz-desk.ts';
export { WriteBudget } from './http/write-budget.ts';
