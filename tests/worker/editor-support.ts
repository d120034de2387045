// Shared by the editor tests: a signed-in editor, same-origin requests, and a complete quiz with its article.

import type { Article } from '../../contract/article.ts';
import type { Draft, PublishResult } from '../../contract/editor.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import type { Env } from '../../worker/env.ts';
import { sha256Hex } from '../../reading-map/extract/sha256.ts';
import { call, quiz } from './helpers.ts';

export const EDITOR_TOKEN = 'editor-test-token-5f1c9a0b7e2d';
/** app.request() addresses the Worker as http://localhost. */
export const ORIGIN = 'http://localhost';
export const EDITOR_ENV: Partial<Env> = { EDITOR_TOKEN, RATE_LIMIT: 'off' };

/** Signs in through the form, as a browser does; returns the Cookie header to send back. */
export async function signIn(env: Partial<Env> = EDITOR_ENV, token = EDITOR_TOKEN): Promise<string> {
  const res = await call(
    '/editor/session',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    },
    env,
  );
  if (res.status !== 303) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('Set-Cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

export type EditorClient = (path: string, init?: RequestInit) => Promise<Response>;

/** Requests from the editor page: the session cookie, and the page's own Origin on writes. */
export function editorClient(cookie: string, env: Partial<Env> = EDITOR_ENV): EditorClient {
  return async (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', cookie);
    if (init.method && init.method !== 'GET' && !headers.has('Origin')) headers.set('Origin', ORIGIN);
    return call(path, { ...init, headers }, env);
  };
}

export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** The bundled quiz under another id: complete and valid, and not a file in questions/. */
export function classQuiz(id: string): QuizFile {
  return { ...structuredClone(quiz), id };
}

/** An article that holds every passage of the quiz word for word. */
export async function articleFor(target: QuizFile, extra = ''): Promise<Article> {
  const text = `${target.title.en}\n\n${target.questions.map((q) => q.passage.text).join('\n\n')}${extra}`;
  return {
    text,
    sha256: await sha256Hex(text),
    title: target.title.en,
    lang: 'en',
    format: 'text',
    wordCount: text.split(/\s+/).length,
    parts: [],
  };
}

export async function saveDraft(editor: EditorClient, target: QuizFile, base?: number, article?: Article | null) {
  const body = { quiz: target, article: article === undefined ? await articleFor(target) : article, base };
  return editor(`/editor/api/drafts/${target.id}`, jsonInit('PUT', body));
}

/** Saves and publishes `target`; returns what publish answered. */
export async function publishQuiz(editor: EditorClient, target: QuizFile): Promise<PublishResult> {
  const existing = await editor(`/editor/api/drafts/${target.id}`);
  const base = existing.ok ? ((await existing.json()) as Draft).revision : undefined;
  const saved = await saveDraft(editor, target, base);
  if (!saved.ok) throw new Error(`save: ${saved.status} ${await saved.text()}`);
  const res = await editor(`/editor/api/drafts/${target.id}/publish`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`publish: ${res.status} ${await res.text()}`);
  return (await res.json()) as PublishResult;
}
