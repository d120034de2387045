// Starts what the browser suite needs once per run: wrangler dev with fresh local KV, a host site on
// another origin, and one Chromium that every test file connects to.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startHostServer } from './host-server.ts';
import { freePort } from './ports.ts';
import { findChromium } from '../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Worker, as a reader's browser sees it (localhost: another site than the host page's 127.0.0.1). */
    lateralOrigin: string;
    /** The fixture host pages. */
    hostOrigin: string;
    /** Playwright's browser server, for `chromium.connect()`. */
    wsEndpoint: string;
    quizId: string;
    /** The quiz editor's sign-in token (the editor is on in this Worker). */
    editorToken: string;
  }
}

const ROOT = new URL('../../', import.meta.url).pathname;
const QUIZ_ID = 'trump-mexico-troops';
const EDITOR_TOKEN = 'e2e-editor-token-7c41d09a2b';

async function waitForHealth(url: string, wrangler: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (wrangler.exitCode !== null) throw new Error(`[e2e] wrangler dev exited with ${wrangler.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`[e2e] wrangler dev did not answer ${url} within 120 s:\n${log()}`);
}

export default async function setup(project: TestProject) {
  // First: without a browser the run stops at once, with a message that says how to get one.
  const found = await findChromium();
  if (!existsSync(join(ROOT, 'dist/assets/embed.js'))) {
    throw new Error('[e2e] dist/assets/embed.js is missing: run `npm run build` first (npm test does).');
  }

  const port = await freePort(8790);
  const inspectorPort = await freePort(9290, [port]);
  const hostPort = await freePort(8890, [port, inspectorPort]);
  const persist = mkdtempSync(join(tmpdir(), 'lateral-e2e-'));
  let output = '';
  const wrangler = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      ...['--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspectorPort)],
      ...['--persist-to', persist, '--var', 'LOCAL_DEV:1', '--var', 'RESULTS_CACHE_SECONDS:0'],
      // A browser answers in milliseconds: both brakes on scripted takes are lifted explicitly.
      ...['--var', 'RATE_LIMIT:off', '--var', 'MIN_SECONDS_PER_QUESTION:0'],
      ...['--var', `EDITOR_TOKEN:${EDITOR_TOKEN}`],
      ...['--show-interactive-dev-session=false', '--log-level', 'warn'],
    ],
    {
      cwd: ROOT,
      // Its own process group, so teardown ends wrangler and the workerd it started, and nothing else.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    },
  );
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  wrangler.stdout?.on('data', collect);
  wrangler.stderr?.on('data', collect);
  const stopWrangler = () => {
    if (wrangler.pid && wrangler.exitCode === null) {
      try {
        process.kill(-wrangler.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };

  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, wrangler, () => output);
    const lateralOrigin = `http://localhost:${port}`;
    const host = await startHostServer(hostPort, lateralOrigin, QUIZ_ID);
    const browser = await chromium.launchServer(found.launch);
    project.provide('lateralOrigin', lateralOrigin);
    project.provide('hostOrigin', host.origin);
    project.provide('wsEndpoint', browser.wsEndpoint());
    project.provide('quizId', QUIZ_ID);
    project.provide('editorToken', EDITOR_TOKEN);

    return async () => {
      await browser.close();
      await host.close();
      stopWrangler();
      rmSync(persist, { recursive: true, force: true });
    };
  } catch (err) {
    stopWrangler();
    rmSync(persist, { recursive: true, force: true });
    throw err;
  }
}
