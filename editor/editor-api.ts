// The editor page's calls to /editor/api: same-origin, JSON, and a result that never throws.

import type {
  Draft,
  DraftList,
  EmbedSnippets,
  PublishResult,
  SaveDraftRequest,
  SessionInfo,
} from '../contract/editor.ts';
import type { QuizFile } from '../contract/quiz.ts';
import type { QuizProblem } from '../contract/rules/problem.ts';

/** `status` 0: the network failed before any answer. */
export type Failure = { ok: false; status: number; code: string; message: string; problems?: QuizProblem[] };
export type Outcome<T> = { ok: true; data: T } | Failure;

async function request<T>(method: string, path: string, body?: unknown): Promise<Outcome<T>> {
  try {
    const res = await fetch(`/editor/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (res.status === 204) return { ok: true, data: undefined as T };
    const json = (await res.json().catch(() => null)) as
      | { error?: { code?: string; message?: string; problems?: QuizProblem[] } }
      | T
      | null;
    if (res.ok) return { ok: true, data: json as T };
    const error = (json as { error?: { code?: string; message?: string; problems?: QuizProblem[] } } | null)?.error;
    return {
      ok: false,
      status: res.status,
      code: error?.code ?? 'internal',
      message: error?.message ?? `The server answered ${res.status}.`,
      ...(error?.problems ? { problems: error.problems } : {}),
    };
  } catch {
    return { ok: false, status: 0, code: 'offline', message: 'No connection to the server.' };
  }
}

const at = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export const editorApi = {
  session: () => request<SessionInfo>('GET', '/session'),
  drafts: () => request<DraftList>('GET', '/drafts'),
  draft: (id: string) => request<Draft>('GET', at(id)),
  save: (id: string, body: SaveDraftRequest) => request<Draft>('PUT', at(id), body),
  remove: (id: string) => request<void>('DELETE', at(id)),
  publish: (id: string) => request<PublishResult>('POST', `${at(id)}/publish`),
  unpublish: (id: string) => request<void>('POST', `${at(id)}/unpublish`),
  embed: (id: string) => request<{ snippets: EmbedSnippets; resultsUrl: string }>('GET', `${at(id)}/embed`),
  idFree: (id: string) => request<{ id: string; free: boolean }>('GET', `/ids/${encodeURIComponent(id)}`),
  bundled: (id: string) => request<QuizFile>('GET', `/bundled/${encodeURIComponent(id)}`),
};
