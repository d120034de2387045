// A stand-in for the sites that embed Lateral: serves tests/e2e/fixtures/ from another origin, with their own headers.

import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Extra response headers per fixture page; `{{ORIGIN}}` is the Lateral Worker's origin, as in the pages. */
const HEADERS: Record<string, Record<string, string>> = {
  'strict-csp.html': {
    'Content-Security-Policy':
      "default-src 'none'; script-src {{ORIGIN}}; connect-src {{ORIGIN}}; frame-src {{ORIGIN}}; img-src {{ORIGIN}}",
  },
};

export type HostServer = { origin: string; close: () => Promise<void> };

export async function startHostServer(port: number, lateralOrigin: string, quizId: string): Promise<HostServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const name = url.pathname.slice(1) || 'plain.html';
    // ?lang= and ?theme= pick the widget's options on pages that use them; only known values pass.
    const lang = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
    const theme = /^(light|dark)$/.test(url.searchParams.get('theme') ?? '')
      ? (url.searchParams.get('theme') as string)
      : 'auto';
    // ?quiz= embeds another quiz (one published from the editor); only a valid quiz id passes.
    const asked = url.searchParams.get('quiz') ?? '';
    const quiz = /^[a-z0-9][a-z0-9-]{0,47}$/.test(asked) ? asked : quizId;
    // ?group= puts a class group's join code on pages that embed with one; only a code's characters pass.
    const group = /^[A-Z0-9]{6}$/.test(url.searchParams.get('group') ?? '')
      ? (url.searchParams.get('group') as string)
      : '';
    const fill = (text: string) =>
      text
        .replaceAll('{{GROUP}}', group)
        .replaceAll('{{ORIGIN}}', lateralOrigin)
        .replaceAll('{{QUIZ}}', quiz)
        .replaceAll('{{LANG}}', lang)
        .replaceAll('{{THEME}}', theme);
    if (!/^[a-z0-9-]+\.html$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = fill(await readFile(new URL(name, FIXTURES), 'utf8'));
      const extra = Object.fromEntries(Object.entries(HEADERS[name] ?? {}).map(([k, v]) => [k, fill(v)]));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
