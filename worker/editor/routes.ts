// The quiz editor under /editor: its pages, its files and its JSON API. Off (404) unless EDITOR_TOKEN is set.

import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Draft, DraftList, SaveDraftRequest, SessionInfo } from '../../contract/editor.ts';
import { isLang, type Lang } from '../../contract/quiz.ts';
import { isQuizId } from '../../contract/quiz.ts';
import type { AppEnv, Env } from '../env.ts';
import { fail, methodNotAllowed } from '../http/errors.ts';
import { mediaType, readForm } from '../http/read-body.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { publishedListings, publishedRevision } from '../quizzes/published.ts';
import { bundledQuiz } from '../quizzes/bundled.ts';
import { findQuiz } from '../quizzes/catalog.ts';
import { listDrafts, readDraft } from '../store.ts';
import {
  editorEnabled,
  endSession,
  isEditorToken,
  limitSignIn,
  requireSession,
  sameOriginWrites,
  sessionExpiry,
  startSession,
} from './access.ts';
import { checkDraftBody } from './draft-body.ts';
import { EDITOR_PAGE_POLICY, editorShell, signInPage } from './pages.ts';
import { deskDraft, embedCodes, publishDraft, removeDraft, saveDraft, unpublish } from './publish.ts';

export const editor = new Hono<AppEnv>();

/** A draft holds an article of up to 200 KB of text plus the quiz; a megabyte leaves room and bounds abuse. */
export const MAX_DRAFT_BYTES = 1024 * 1024;

editor.use('*', editorEnabled, sameOriginWrites);

// ---- Pages and files ---------------------------------------------------------------------------------------

// GET /editor · POST /editor/session (sign in) · POST /editor/session/end (sign out) · GET /editor/editor.{js,css}
// and the chunks editor.js imports (analysis-<hash>.js: the reading map and the question writer, on demand)
editor.get('/', async (c) => {
  const lang = pageLang(c.req.query('lang'), c.req.header('accept-language'));
  c.header('Content-Security-Policy', EDITOR_PAGE_POLICY);
  c.header('Cache-Control', 'no-store');
  const signedIn = (await sessionExpiry(c)) !== null;
  const note = c.req.query('signed-out') === '1' ? 'ended' : null;
  return c.html(signedIn ? editorShell(lang) : signInPage(lang, note));
});

editor.post('/session', async (c) => {
  await limitSignIn(c);
  const lang = pageLang(c.req.query('lang'), c.req.header('accept-language'));
  const token = (await readForm(c)).get('token') ?? '';
  c.header('Cache-Control', 'no-store');
  c.header('Content-Security-Policy', EDITOR_PAGE_POLICY);
  if (!(await isEditorToken(c.env, token))) return c.html(signInPage(lang, 'wrong'), 401);
  await startSession(c);
  return c.redirect(`/editor?lang=${lang}`, 303);
});

editor.post('/session/end', (c) => {
  endSession(c);
  return c.redirect('/editor?signed-out=1', 303);
});

editor.get('/:file{editor\\.(js|css)|[a-z]+-[A-Z0-9]{8}\\.js}', async (c) => {
  if (!c.env.ASSETS) fail(503, 'not_configured', 'The editor files are not available (no ASSETS binding).');
  const res = await c.env.ASSETS.fetch(new Request(new URL(`/editor/${c.req.param('file')}`, c.req.url)));
  const out = new Response(res.body, res);
  // Same-origin only, and revalidated each time: a deploy must reach an open editor on its next load.
  out.headers.set('Cache-Control', 'no-cache');
  out.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  out.headers.delete('Access-Control-Allow-Origin');
  return out;
});

// ---- The editor's JSON API: a signed-in session for everything, same-origin for every write ---------------

// GET /editor/api/session · GET /editor/api/drafts · GET|PUT|DELETE /editor/api/drafts/:id
// POST /editor/api/drafts/:id/publish · POST /editor/api/drafts/:id/unpublish · GET /editor/api/drafts/:id/embed
// GET /editor/api/ids/:id (is it free?) · GET /editor/api/bundled/:id
editor.use('/api/*', requireSession, bodyLimit({ maxSize: MAX_DRAFT_BYTES, onError: () => tooLarge() }));

editor.get('/api/session', async (c) => {
  const expires = (await sessionExpiry(c)) as number;
  return c.json<SessionInfo>({ signedIn: true, expiresAt: new Date(expires).toISOString() });
});

editor.get('/api/drafts', async (c) => {
  const [{ drafts }, listings] = await Promise.all([listDrafts(c.env.SCORES), publishedListings(c.env.SCORES)]);
  const published = new Map(listings.map((l) => [l.id, l]));
  return c.json<DraftList>({
    drafts: drafts
      .map((d) => {
        const p = published.get(d.id);
        return {
          id: d.id,
          title: d.title,
          updatedAt: d.updatedAt,
          ...(p ? { published: { revision: p.revision, publishedAt: p.publishedAt, hidden: p.hidden } } : {}),
        };
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  });
});

editor.get('/api/drafts/:id', async (c) => {
  const id = draftId(c.req.param('id'));
  return c.json<Draft>(await requireDraft(c.env, id));
});

// Saved through the quiz's desk, one save at a time: a save built on any revision but the stored one is a 409 (L3).
editor.put('/api/drafts/:id', async (c) => {
  const id = draftId(c.req.param('id'));
  const body = await checkDraftBody(id, await jsonBody(c));
  const { draft, created } = await saveDraft(c.env, id, body);
  return c.json<Draft>(draft, created ? 201 : 200);
});

editor.delete('/api/drafts/:id', async (c) => {
  const id = draftId(c.req.param('id'));
  // The published quiz, if any, stays as it is: deleting a draft never takes anything off readers' pages.
  await removeDraft(c.env, id);
  return c.body(null, 204);
});

editor.post('/api/drafts/:id/publish', async (c) => {
  const id = draftId(c.req.param('id'));
  const result = await publishDraft(c.env, publicOrigin(c), id);
  return result instanceof Response ? result : c.json(result, 200);
});

editor.post('/api/drafts/:id/unpublish', async (c) => {
  const id = draftId(c.req.param('id'));
  await unpublish(c.env, id);
  return c.body(null, 204);
});

/** The embed codes of a published quiz, to show them again later. */
editor.get('/api/drafts/:id/embed', async (c) => {
  const id = draftId(c.req.param('id'));
  const draft = await requireDraft(c.env, id);
  if (!draft.published) fail(404, 'not_found', `"${id}" has not been published.`);
  const quiz = (await publishedRevision(c.env.SCORES, id, draft.published.revision)) ?? draft.quiz;
  return c.json(embedCodes(publicOrigin(c), quiz));
});

/** Whether a new quiz may take an id: no draft has it, and readers can't already reach a quiz by it. */
editor.get('/api/ids/:id', async (c) => {
  const id = draftId(c.req.param('id'));
  const [draft, quiz] = await Promise.all([readDraft(c.env.SCORES, id), findQuiz(c.env, id, { hidden: true })]);
  return c.json({ id, free: !draft && !quiz });
});

/** A quiz file from questions/, to start a draft from it (its export goes back to questions/). */
editor.get('/api/bundled/:id', (c) => {
  const quiz = bundledQuiz(c.req.param('id'));
  if (!quiz) fail(404, 'not_found', `There is no quiz file "${c.req.param('id').slice(0, 60)}".`);
  // The file as it is in questions/: its versions are the registry's, not part of the file.
  const { versions, ...file } = quiz;
  return c.json(file);
});

editor.on(['POST', 'DELETE', 'PATCH'], '/api/drafts', methodNotAllowed('GET'));
editor.on(['GET', 'PUT', 'DELETE', 'PATCH'], '/api/drafts/:id/:action{publish|unpublish}', methodNotAllowed('POST'));

function draftId(value: string): string {
  if (!isQuizId(value)) fail(400, 'bad_request', 'A quiz id is lowercase letters, digits and dashes (at most 48).');
  return value;
}

async function requireDraft(env: Env, id: string): Promise<Draft> {
  const draft = await deskDraft(env, id);
  if (!draft) fail(404, 'not_found', `There is no draft "${id}".`);
  return draft;
}

function tooLarge(): never {
  fail(413, 'payload_too_large', `A draft may be at most ${MAX_DRAFT_BYTES / 1024} KB.`);
}

/** Bounded by the bodyLimit in front of /api/* (MAX_DRAFT_BYTES). */
async function jsonBody(c: Context<AppEnv>): Promise<SaveDraftRequest> {
  // JSON only: a cross-site form can't send it, and a script can't without a preflight this path never allows.
  if (mediaType(c) !== 'application/json') fail(415, 'unsupported_media_type', 'Send the draft as application/json.');
  try {
    return (await c.req.json()) as SaveDraftRequest;
  } catch {
    fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
}

function pageLang(query: string | undefined, accept: string | undefined): Lang {
  if (isLang(query)) return query;
  return /^\s*es\b/i.test(accept ?? '') ? 'es' : 'en';
}
