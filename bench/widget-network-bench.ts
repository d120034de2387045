// Widget over a modelled network: the first question against a minimal Preact embed, both behind one TLS + HTTP/2 front.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import type { QuizFile } from '../contract/quiz.ts';
import { snippets } from '../worker/pages/snippets.ts';
import { type DevWorker, freePort, startDevWorker } from './lib/dev-worker.ts';
import { NETWORKS, type NetworkModel, type ProxiedOrigin, startProxiedOrigin } from './lib/network-proxy.ts';
import { median, quantile } from './lib/pool.ts';
import { loadQuizBank } from './lib/quiz-bank.ts';
import { WATCH_FIRST_QUESTION, pageSignalsDone } from './lib/watch-first-question.ts';
import { buildMinimal, MINIMAL_DIR } from './widget-bench.ts';
import { findChromium } from '../scripts/chromium.ts';

const ROOT = new URL('../', import.meta.url).pathname;

/** How a host page puts the quiz in: the three documented embeds. */
export type EmbedMode = 'script' | 'placeholder' | 'iframe';
export const MODES: EmbedMode[] = ['script', 'placeholder', 'iframe'];

export type NetworkFigure = {
  name: string;
  rttMs: number;
  downKbps: number | null;
  mode: EmbedMode;
  /** Median of the paired per-round ratios (Lateral / minimal), with their quartiles. */
  ratio: number;
  p25: number;
  p75: number;
  lateralMs: number;
  minimalMs: number;
  /** Median requests to Lateral's origin per load, and TCP connections opened to it. */
  requests: number;
  connections: number;
  rounds: number;
  /** Chromium's CPU slowed down this many times (a diagnostic run), or 1. */
  cpuSlowdown: number;
  loadAverage: number[];
  /** When this figure was measured (ISO), with the commit: a network run may be refreshed on its own. */
  date: string;
  commit: string;
};

/** The host page for one mode: the snippet exactly as a site pastes it (Lateral) or its minimal twin. */
function hostPage(mode: EmbedMode, variant: 'lateral' | 'minimal', origin: string, quiz: QuizFile): string {
  const code = snippets(origin, quiz, { lang: 'en' });
  const body =
    variant === 'lateral'
      ? { script: code.script, placeholder: code.placeholder, iframe: code.iframe }[mode]
      : mode === 'iframe'
        ? `<iframe src="${origin}/minimal.html" width="640" height="560" title="Minimal" style="border:0"></iframe>`
        : `<script src="${origin}/minimal.js" async></script>`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>` +
    `<body><main><h1>A news site</h1><p>An article.</p>${body}<p>The article goes on.</p></main></body></html>`
  );
}

type Load = { ms: number; requests: number; connections: number };

/**
 * One fresh context (its own connections and cache), one page load; the time runs from the embed's first
 * request (the script, or the iframe's page) to the first question usable, on one wall clock across frames.
 */
async function loadOnce(
  browser: Browser,
  url: string,
  variant: 'lateral' | 'minimal',
  lateral: ProxiedOrigin,
  cpuSlowdown: number,
): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const kind: 'widget' | 'minimal' = variant === 'lateral' ? 'widget' : 'minimal';
    await page.addInitScript(WATCH_FIRST_QUESTION, kind);
    lateral.reset();
    const done = pageSignalsDone(page);
    await page.goto(url);
    const watched = await done;
    const started = await page.evaluate((origin) => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => e.name.startsWith(origin) && (e as PerformanceResourceTiming).initiatorType !== 'link');
      return entry ? performance.timeOrigin + entry.startTime : Number.NaN;
    }, lateral.origin);
    const { requests, connections } = lateral.counts();
    return { ms: (watched.doneEpoch ?? Number.NaN) - started, requests, connections };
  } finally {
    await context.close();
  }
}

export async function runNetworkBench({
  rounds = 15,
  networks = NETWORKS,
  modes = MODES,
  cpuSlowdown = 1,
}: {
  rounds?: number;
  networks?: NetworkModel[];
  modes?: EmbedMode[];
  cpuSlowdown?: number;
} = {}): Promise<NetworkFigure[]> {
  const quiz = loadQuizBank()[0] as QuizFile;
  await buildMinimal();
  const persistTo = join(ROOT, `bench/tmp/network-bench-${process.pid}/`);
  let worker: DevWorker | undefined;
  let pages: Server | undefined;
  let browser: Browser | undefined;
  const fronts: ProxiedOrigin[] = [];
  const figures: NetworkFigure[] = [];
  try {
    worker = await startDevWorker({
      persistTo,
      vars: { LOCAL_DEV: '1', RATE_LIMIT: 'off', MIN_SECONDS_PER_QUESTION: '0' },
      logLevel: 'warn',
    });
    const minimalJs = readFileSync(join(MINIMAL_DIR, 'minimal.js'));
    const files = {
      '/minimal.js': { type: 'text/javascript; charset=utf-8', body: minimalJs },
      '/minimal.html': {
        type: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><meta charset="utf-8"><title>Minimal</title><script src="/minimal.js"></script></html>',
      },
    };
    // Host pages are plain HTTP behind their own front; which page is asked for is in the path.
    let html = '';
    pages = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(html);
    });
    const pagesPort = await freePort();
    await new Promise<void>((resolve) => pages?.listen(pagesPort, '127.0.0.1', resolve));
    browser = await chromium.launch({
      ...(await findChromium()).launch,
      // The fronts' certificate is self-signed: accepted in this bench's browser only.
      args: [...((await findChromium()).launch.args ?? []), '--ignore-certificate-errors'],
    });
    const certDir = join(ROOT, 'bench/tmp/tls');
    for (const network of networks) {
      const lateral = await startProxiedOrigin({ host: 'localhost', upstream: worker.origin, network, files, certDir });
      const host = await startProxiedOrigin({
        host: '127.0.0.1',
        upstream: `http://127.0.0.1:${pagesPort}`,
        network,
        certDir,
      });
      fronts.push(lateral, host);
      for (const mode of modes) {
        const page = {
          lateral: hostPage(mode, 'lateral', lateral.origin, quiz),
          minimal: hostPage(mode, 'minimal', lateral.origin, quiz),
        };
        const run = async (variant: 'lateral' | 'minimal') => {
          html = page[variant];
          return loadOnce(browser as Browser, `${host.origin}/${mode}-${variant}.html`, variant, lateral, cpuSlowdown);
        };
        await run('lateral');
        await run('minimal');
        const pairs: { lateral: Load; minimal: Load }[] = [];
        for (let i = 0; i < rounds; i++) {
          // Rotate which goes first, so drift in the machine's load hits both alike.
          const first = i % 2 ? 'minimal' : 'lateral';
          const a = await run(first);
          const b = await run(first === 'lateral' ? 'minimal' : 'lateral');
          pairs.push(first === 'lateral' ? { lateral: a, minimal: b } : { lateral: b, minimal: a });
        }
        const ratios = pairs.map((p) => p.lateral.ms / p.minimal.ms).sort((a, b) => a - b);
        const figure: NetworkFigure = {
          name: network.name,
          rttMs: network.rttMs,
          downKbps: network.downKbps,
          mode,
          ratio: median(ratios),
          p25: quantile(ratios, 0.25),
          p75: quantile(ratios, 0.75),
          lateralMs: median(pairs.map((p) => p.lateral.ms)),
          minimalMs: median(pairs.map((p) => p.minimal.ms)),
          requests: median(pairs.map((p) => p.lateral.requests)),
          connections: median(pairs.map((p) => p.lateral.connections)),
          rounds,
          cpuSlowdown,
          loadAverage: loadavg(),
          date: new Date().toISOString(),
          commit: execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
        };
        console.log(
          `[bench] ${network.name}${cpuSlowdown > 1 ? `, CPU ${cpuSlowdown}x slower` : ''}, ${mode}: ` +
            `x${figure.ratio.toFixed(2)} (p25–p75 ${figure.p25.toFixed(2)}–${figure.p75.toFixed(2)}), ` +
            `${figure.lateralMs.toFixed(0)} vs ${figure.minimalMs.toFixed(0)} ms, ${figure.requests} requests on ${figure.connections} connection(s)`,
        );
        figures.push(figure);
      }
    }
    return figures;
  } finally {
    await browser?.close();
    for (const f of fronts) await f.stop();
    await new Promise<void>((resolve) => (pages ? pages.close(() => resolve()) : resolve()));
    await worker?.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

/**
 * `node bench/widget-network-bench.ts [--rounds N] [--write]`: the network table alone; with --write its figures
 * replace `widget.networks` in bench/results.json (each carries its own date and commit), then
 * `node bench/run.ts --render` puts them in the README.
 */
if (import.meta.main) {
  const at = process.argv.indexOf('--rounds');
  const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;
  const figures = [
    ...(await runNetworkBench({ rounds })),
    ...(await runNetworkBench({ rounds, networks: [NETWORKS[0] as NetworkModel], modes: ['script'], cpuSlowdown: 4 })),
  ];
  if (process.argv.includes('--write')) {
    const path = join(ROOT, 'bench/results.json');
    const results = JSON.parse(readFileSync(path, 'utf8')) as { widget?: { networks?: NetworkFigure[] } };
    if (results.widget) results.widget.networks = figures;
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
    console.log('[bench] widget.networks written to bench/results.json');
  }
}
