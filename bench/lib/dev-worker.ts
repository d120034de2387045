// Starts a Worker with `wrangler dev` on a free local port, as a user would, and stops it again.

import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const WRANGLER = `${ROOT}node_modules/wrangler/bin/wrangler.js`;
/** Run by this Node (24), not the older `node` a PATH might hold; its build step finds the same one. */
const PATH = [`${ROOT}node_modules/.bin`, dirname(process.execPath), process.env.PATH].join(':');

/** A port nothing listens on right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type DevWorker = {
  origin: string;
  /** Everything wrangler and the Worker printed so far. */
  output: () => string;
  stop: () => Promise<void>;
};

export type DevWorkerOptions = {
  /** wrangler config, relative to the repository root. */
  config?: string;
  vars?: Record<string, string>;
  persistTo: string;
  /** A path that answers 200 once the Worker is up. */
  readyPath?: string;
  /** wrangler's --log-level; the default prints a line per request. */
  logLevel?: 'debug' | 'info' | 'log' | 'warn' | 'error' | 'none';
};

export async function startDevWorker({
  config = 'wrangler.toml',
  vars = {},
  persistTo,
  readyPath = '/api/health',
  logLevel,
}: DevWorkerOptions): Promise<DevWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const args = ['dev', '--config', config, '--ip', '127.0.0.1', '--port', String(port)];
  args.push(
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistTo,
    '--show-interactive-dev-session=false',
  );
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`);
  if (logLevel) args.push('--log-level', logLevel);
  const child = spawn(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    // Its own process group, so stopping it also stops the workerd it starts.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      FORCE_COLOR: '0',
    },
  });
  let log = '';
  // Kept whole up to a few megabytes: a benchmark prints a line per request.
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 4_000_000) log = log.slice(-2_000_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const origin = `http://127.0.0.1:${port}`;
  const worker: DevWorker = { origin, output: () => log, stop: () => stopProcess(child) };
  try {
    await waitUntilUp(`${origin}${readyPath}`, child);
  } catch (err) {
    await worker.stop();
    throw new Error(`${(err as Error).message}\n--- wrangler output ---\n${log.slice(-3000)}`);
  }
  return worker;
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer ${url} within 90 s`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}
