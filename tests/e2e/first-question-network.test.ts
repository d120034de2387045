// Over TLS and HTTP/2, as on the web: embed.js and question 1 share one connection, and the preload is used (issue 26).

import { type Server, createServer } from 'node:http';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProxiedOrigin, type Served, startProxiedOrigin } from '../../bench/lib/network-proxy.ts';
import { snippets } from '../../worker/pages/snippets.ts';
import { findChromium } from '../../scripts/chromium.ts';
import { LATERAL, quiz } from './helpers.ts';

const NETWORK = { name: 'e2e', rttMs: 10, downKbps: null };
const certDir = new URL('../../bench/tmp/tls/', import.meta.url).pathname;

let lateral: ProxiedOrigin;
let host: ProxiedOrigin;
let pages: Server;
let body = '';
// A browser of this file's own: only a launch flag makes Chromium pool connections to a self-signed origin
// (the per-context ignoreHTTPSErrors option gives every request a fresh connection, hiding what we test).
let browser: Browser;

beforeAll(async () => {
  pages = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const pagesOrigin = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
  const upstream = LATERAL.replace('localhost', '127.0.0.1');
  lateral = await startProxiedOrigin({ host: 'localhost', upstream, network: NETWORK, certDir });
  host = await startProxiedOrigin({ host: '127.0.0.1', upstream: pagesOrigin, network: NETWORK, certDir });
  const found = await findChromium();
  browser = await chromium.launch({
    ...found.launch,
    args: [...(found.launch.args ?? []), '--ignore-certificate-errors'],
  });
});

afterAll(async () => {
  await browser?.close();
  await lateral?.stop();
  await host?.stop();
  await new Promise<void>((resolve) => (pages ? pages.close(() => resolve()) : resolve()));
});

type Seen = { connections: number; firstQuestion: string[]; warnings: string[]; served: Served[] };

/** Loads a host page with `markup` in a fresh context, waits for Start, and says what Lateral's origin saw. */
async function load(markup: string, ready: (page: Page) => Promise<unknown>): Promise<Seen> {
  body = markup;
  lateral.reset();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.goto(`${host.origin}/article`);
    await ready(page);
    const seen = lateral.counts();
    return {
      connections: seen.connections,
      firstQuestion: seen.paths.filter((p) => p.includes('questions=1')),
      warnings,
      served: seen.served,
    };
  } finally {
    await context.close();
  }
}

const start = (name: string) => (page: Page) => page.getByRole('button', { name }).waitFor();
const framedStart = (name: string) => (page: Page) =>
  page.frameLocator('iframe[data-lateral-frame]').getByRole('button', { name }).waitFor();
const firstQuestion = (lang: string) => [`/api/quizzes/${quiz.id}?lang=${lang}&questions=1`];

describe('the first question on a real protocol', () => {
  it('comes on the connection embed.js came on, from the preload, fetched once, with the published snippet', async () => {
    const seen = await load(snippets(lateral.origin, quiz, { lang: 'en' }).script, start('Start the quiz'));
    expect(seen.connections).toBe(1);
    expect(seen.firstQuestion).toEqual(firstQuestion('en'));
    expect(seen.warnings).toEqual([]);
  });

  it('does the same for the placeholder snippet', async () => {
    const seen = await load(snippets(lateral.origin, quiz, { lang: 'es' }).placeholder, start('Empezar el quiz'));
    expect(seen.connections).toBe(1);
    expect(seen.firstQuestion).toEqual(firstQuestion('es'));
    expect(seen.warnings).toEqual([]);
  });

  it('does the same inside the iframe page, which preloads question 1 itself', async () => {
    const seen = await load(snippets(lateral.origin, quiz, { lang: 'en' }).iframe, framedStart('Start the quiz'));
    // The frame's page, its embed.js and question 1 come on one connection. The host page's own embed.js (the
    // snippet's resizer) has another: Chromium keeps a framed site's connections apart from the page's.
    const frame = seen.served.find((s) => s.path.startsWith(`/embed/${quiz.id}`))?.connection;
    expect(frame).toBeDefined();
    expect(seen.served.filter((s) => s.connection === frame).map((s) => s.path)).toEqual(
      expect.arrayContaining([`/embed/${quiz.id}?lang=en`, '/embed.js', ...firstQuestion('en')]),
    );
    expect(seen.connections).toBe(2);
    expect(seen.firstQuestion).toEqual(firstQuestion('en'));
    expect(seen.warnings).toEqual([]);
  });

  it('still works, with one fetch of question 1, for a snippet pasted before the preload existed', async () => {
    const old = `<script src="${lateral.origin}/embed.js" data-quiz="${quiz.id}" async></script>`;
    const seen = await load(old, start('Start the quiz'));
    expect(seen.firstQuestion).toEqual(firstQuestion('en'));
    expect(seen.warnings).toEqual([]);
  });
});
