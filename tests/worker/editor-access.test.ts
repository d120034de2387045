import { generateSignedCookie } from 'hono/cookie';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../contract/editor.ts';
import { call, oneRateWindow } from './helpers.ts';
import {
  EDITOR_ENV,
  EDITOR_TOKEN,
  ORIGIN,
  articleFor,
  classQuiz,
  editorClient,
  jsonInit,
  publishQuiz,
  saveDraft,
  signIn,
} from './editor-support.ts';

const error = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** Every route that changes something, with a body that would be accepted from the editor page. */
async function writes(id: string): Promise<[string, RequestInit][]> {
  const target = classQuiz(id);
  return [
    [`/editor/api/drafts/${id}`, jsonInit('PUT', { quiz: target, article: await articleFor(target) })],
    [`/editor/api/drafts/${id}`, { method: 'DELETE' }],
    [`/editor/api/drafts/${id}/publish`, { method: 'POST' }],
    [`/editor/api/drafts/${id}/unpublish`, { method: 'POST' }],
    ['/editor/session/end', { method: 'POST' }],
  ];
}

describe('the editor is off unless EDITOR_TOKEN is set', () => {
  it('answers 404 on every editor address, exactly as for an unknown one', async () => {
    for (const path of ['/editor', '/editor/', '/editor/editor.js', '/editor/api/drafts', '/editor/api/session']) {
      const res = await call(path, {}, { EDITOR_TOKEN: '' });
      expect(res.status, path).toBe(404);
      expect(await error(res)).toBe('not_found');
    }
    const post = await call(
      '/editor/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
        body: 'token=x',
      },
      { EDITOR_TOKEN: undefined },
    );
    expect(post.status).toBe(404);
  });

  it('refuses service with a clear message when the token is too short to be safe', async () => {
    const res = await call('/editor', {}, { EDITOR_TOKEN: 'short' });
    expect(res.status).toBe(503);
    expect(await error(res)).toBe('not_configured');
  });
});

describe('signing in', () => {
  it('shows the sign-in form, under a strict CSP, to someone not signed in', async () => {
    const res = await call('/editor', {}, EDITOR_ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/editor/session?lang=en">');
    expect(html).not.toContain('editor.js');
  });

  it('sets a short-lived, signed, HttpOnly, Secure, SameSite=Strict cookie scoped to /editor', async () => {
    const res = await call(
      '/editor/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
        body: `token=${EDITOR_TOKEN}`,
        redirect: 'manual',
      },
      EDITOR_ENV,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/editor?lang=en');
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^lateral_editor=\d+\.[A-Za-z0-9%+/=]+;/);
    for (const attribute of ['Max-Age=7200', 'Path=/editor', 'HttpOnly', 'Secure', 'SameSite=Strict']) {
      expect(cookie).toContain(attribute);
    }
    // The shell loads the editor once signed in.
    const shell = await call('/editor', { headers: { Cookie: cookie.split(';')[0] ?? '' } }, EDITOR_ENV);
    expect(await shell.text()).toContain('<script type="module" src="/editor/editor.js"></script>');
  });

  it('serves the chunk editor.js imports on demand (the reading map and the writer) like editor.js, and no other file', async () => {
    const entry = await call('/editor/editor.js', {}, EDITOR_ENV);
    expect(entry.status).toBe(200);
    const chunk = /analysis-[A-Z0-9]{8}\.js/.exec(await entry.text())?.[0];
    expect(chunk, 'editor.js names its analysis chunk').toBeDefined();
    const res = await call(`/editor/${chunk}`, {}, EDITOR_ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect((await res.text()).length).toBeGreaterThan(100_000);
    // Off, the chunk is as unknown as everything else; on, only built file names are files.
    expect((await call(`/editor/${chunk}`, {}, { EDITOR_TOKEN: '' })).status).toBe(404);
    expect((await call('/editor/wrangler-ABCDEFGH.toml', {}, EDITOR_ENV)).status).toBe(404);
  });

  it('refuses a wrong token with the form again, and no cookie', async () => {
    const res = await call(
      '/editor/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
        body: 'token=editor-test-token-5f1c9a0b7e2X',
      },
      EDITOR_ENV,
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(await res.text()).toContain('That token is not right');
  });

  it('rate-limits sign-in attempts per address, even a right token once over the limit', async () => {
    const env = { ...EDITOR_ENV, RATE_LIMIT: 'on' };
    const attempt = (ip: string, token: string) =>
      call(
        '/editor/session',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'CF-Connecting-IP': ip },
          body: `token=${token}`,
          redirect: 'manual',
        },
        env,
      );
    // Ten tries must meet one window of the limiter: past its last seconds, wait for the next.
    await oneRateWindow(10);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt('203.0.113.7', `guess-${i}-aaaaaaaaaaaaaaaa`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const blocked = await attempt('203.0.113.7', EDITOR_TOKEN);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('60');
    expect(blocked.headers.get('Set-Cookie')).toBeNull();
    expect((await attempt('203.0.113.8', EDITOR_TOKEN)).status).toBe(303);
  });

  it('refuses a sign-in form posted from another site (login CSRF)', async () => {
    const res = await call(
      '/editor/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
        body: `token=${EDITOR_TOKEN}`,
      },
      EDITOR_ENV,
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('fails closed when the sign-in limiter is missing', async () => {
    const res = await call(
      '/editor/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
        body: `token=${EDITOR_TOKEN}`,
      },
      { ...EDITOR_ENV, RATE_LIMIT: 'on', EDITOR_LIMITER: undefined },
    );
    expect(res.status).toBe(503);
  });

  it('signs out by clearing the cookie', async () => {
    const editor = editorClient(await signIn());
    const res = await editor('/editor/session/end', { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Set-Cookie')).toMatch(/^lateral_editor=; Max-Age=0; Path=\/editor/);
  });
});

describe('sessions', () => {
  const key = `lateral-editor-session:${EDITOR_TOKEN}`;
  const session = async (value: string, secret = key) =>
    (await generateSignedCookie('lateral_editor', value, secret)).split(';')[0] ?? '';

  it('opens the API with a valid session and nothing else', async () => {
    const good = await signIn();
    expect((await call('/editor/api/session', { headers: { Cookie: good } }, EDITOR_ENV)).status).toBe(200);
    const cases = {
      none: '',
      forged: `lateral_editor=${Date.now() + 60_000}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D`,
      tampered: good.replace(/=(\d)/, (_, d) => `=${(Number(d) + 1) % 10}`),
      expired: await session(String(Date.now() - 1000)),
      tooLong: await session(String(Date.now() + 30 * 24 * 3600 * 1000)),
      otherToken: await session(String(Date.now() + 60_000), 'lateral-editor-session:a-previous-editor-token'),
    };
    for (const [name, cookie] of Object.entries(cases)) {
      const res = await call('/editor/api/drafts', { headers: { Cookie: cookie } }, EDITOR_ENV);
      expect(res.status, name).toBe(401);
      expect(await error(res)).toBe('unauthorized');
    }
  });
});

describe('every write route', () => {
  it('refuses a request without a session and stores nothing', async () => {
    for (const [path, init] of await writes('no-session')) {
      const res = await call(path, { ...init, headers: { ...init.headers, Origin: ORIGIN } }, EDITOR_ENV);
      // Sign-out needs no session; everything else does.
      if (path.endsWith('/session/end')) continue;
      expect(res.status, `${init.method} ${path}`).toBe(401);
    }
    const editor = editorClient(await signIn());
    expect((await editor('/editor/api/drafts/no-session')).status).toBe(404);
  });

  it('refuses the editor token sent as a Bearer token instead of a session, and a wrong one', async () => {
    for (const token of [EDITOR_TOKEN, 'editor-test-token-wrong-0000']) {
      for (const [path, init] of await writes('bearer-only')) {
        if (path.endsWith('/session/end')) continue;
        const res = await call(
          path,
          { ...init, headers: { ...init.headers, Origin: ORIGIN, Authorization: `Bearer ${token}` } },
          EDITOR_ENV,
        );
        expect(res.status, `${init.method} ${path}`).toBe(401);
      }
    }
  });

  it('refuses a cross-site request even with a valid session, and stores nothing', async () => {
    const cookie = await signIn();
    const editor = editorClient(cookie);
    // Something to delete, publish and unpublish, so only the origin check can stop them.
    const target = classQuiz('cross-site');
    await publishQuiz(editor, target);
    const before = (await (await editor(`/editor/api/drafts/${target.id}`)).json()) as Draft;
    const attacks: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: ORIGIN, 'Sec-Fetch-Site': 'cross-site' },
      { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-site' },
      {},
    ];
    for (const headers of attacks) {
      for (const [path, init] of await writes(target.id)) {
        const res = await call(
          path,
          { ...init, headers: { ...init.headers, ...headers, Cookie: cookie }, redirect: 'manual' },
          EDITOR_ENV,
        );
        expect(res.status, `${init.method} ${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(await error(res)).toBe('forbidden');
      }
    }
    const after = (await (await editor(`/editor/api/drafts/${target.id}`)).json()) as Draft;
    expect(after).toEqual(before);
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(200);
  });

  it('takes drafts only as JSON, so a cross-site form could not send one even without the other checks', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('form-post');
    const res = await editor(`/editor/api/drafts/${target.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ quiz: target, article: null }),
    });
    expect(res.status).toBe(415);
  });
});

describe('isolation from readers and embeds', () => {
  it('serves no draft through the public API, embeds, oEmbed or results', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('unpublished-draft');
    expect((await saveDraft(editor, target)).status).toBe(201);
    for (const path of [
      `/api/quizzes/${target.id}`,
      `/embed/${target.id}`,
      `/results/${target.id}`,
      `/api/quizzes/${target.id}/results`,
      `/oembed?url=${encodeURIComponent(`http://localhost/embed/${target.id}`)}`,
    ]) {
      expect((await call(path, {}, EDITOR_ENV)).status, path).toBe(404);
    }
    expect((await call(`/api/quizzes/${target.id}/attempts`, { method: 'POST' }, EDITOR_ENV)).status).toBe(404);
    const list = (await (await call('/api/quizzes', {}, EDITOR_ENV)).json()) as { quizzes: { id: string }[] };
    expect(list.quizzes.map((q) => q.id)).not.toContain(target.id);
  });

  it('gives editor routes no CORS, so no other site can read them', async () => {
    const cookie = await signIn();
    const preflight = await call(
      '/editor/api/drafts',
      {
        method: 'OPTIONS',
        headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'PUT' },
      },
      EDITOR_ENV,
    );
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const get = await call(
      '/editor/api/drafts',
      { headers: { Origin: 'https://news.example', Cookie: cookie } },
      EDITOR_ENV,
    );
    expect(get.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(get.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });

  it('still sets no cookie for readers when the editor is on', async () => {
    for (const path of ['/', '/api/quizzes', '/embed/trump-mexico-troops', '/results/trump-mexico-troops']) {
      expect((await call(path, {}, EDITOR_ENV)).headers.get('Set-Cookie'), path).toBeNull();
    }
  });
});
