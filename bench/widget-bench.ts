// Widget benchmark: bytes and time until the first question is interactive in headless Chromium, beside a minimal Preact embed.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import type { QuizFile } from '../contract/quiz.ts';
import { type DevWorker, freePort, startDevWorker } from './lib/dev-worker.ts';
import { median } from './lib/pool.ts';
import { loadQuizBank } from './lib/quiz-bank.ts';
import { type Sized, sized, sumSized } from './lib/sizes.ts';
import { WATCH_FIRST_QUESTION, type Watched, pageSignalsDone } from './lib/watch-first-question.ts';
import { findChromium } from '../scripts/chromium.ts';
import type { NetworkFigure } from './widget-network-bench.ts';

const ROOT = new URL('../', import.meta.url).pathname;
export const MINIMAL_DIR = join(ROOT, 'bench/tmp/minimal-preact');

export type Variant = 'widget' | 'minimal';
export type Downloaded = Sized & { url: string };
export type WidgetFigure = {
  loads: number;
  /** Medians, in ms, from the moment the script request starts. */
  widget: { startButton: number; firstQuestion: number; samples: number[]; phases: Phases };
  minimal: { button: number; samples: number[]; phases: Phases };
  ratio: number;
  bytes: { widget: Downloaded[]; minimal: Downloaded[]; widgetTotal: Sized; minimalTotal: Sized };
  /** Everything one reader downloads from Lateral for a whole take: scripts, the quiz, every check, saving, results. */
  wholeTake: { files: Downloaded[]; total: Sized };
  /** The goal's figures: each embed mode over modelled networks, handshakes counted (widget-network-bench.ts). */
  networks?: NetworkFigure[];
};

/** Median times, from the script request starting, at which each resource finished downloading. */
export type Phases = { resource: string; start: number; end: number }[];

function phases(samples: Watched[]): Phases {
  const first = samples[0];
  if (!first) return [];
  return first.timeline.map(({ url }) => {
    const path = new URL(url).pathname;
    const of = (w: Watched) => w.timeline.find((t) => new URL(t.url).pathname === path);
    const at = (pick: (t: { start: number; end: number }) => number) =>
      median(
        samples.flatMap((w) => {
          const t = of(w);
          return t ? [pick(t) - w.scriptStart] : [];
        }),
      );
    return { resource: path, start: at((t) => t.start), end: at((t) => t.end) };
  });
}

/** The baseline, bundled with the widget's own esbuild settings. */
export async function buildMinimal(): Promise<void> {
  mkdirSync(MINIMAL_DIR, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/minimal-preact/index.ts')],
    outfile: join(MINIMAL_DIR, 'minimal.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** The host site: a page on another origin that embeds one or the other with a single async script tag. */
function hostPages(widgetOrigin: string, minimalOrigin: string, quiz: QuizFile): Server {
  const page = (tag: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>` +
    `<body><main><h1>A news site</h1><p>An article.</p>${tag}<p>The article goes on.</p></main></body></html>`;
  const pages: Record<string, string> = {
    '/widget.html': page(
      `<script src="${widgetOrigin}/embed.js" data-quiz="${quiz.id}" data-lang="en" async></script>`,
    ),
    '/minimal.html': page(`<script src="${minimalOrigin}/minimal.js" async></script>`),
  };
  return createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body ?? '');
  });
}

/** One fresh page load in a new browser context (empty cache): when the button, and the first question, became usable. */
async function load(
  browser: Browser,
  url: string,
  variant: Variant,
  keepBodies?: Map<string, Buffer>,
): Promise<Watched> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_QUESTION, variant);
    const bodies: Promise<void>[] = [];
    if (keepBodies) {
      page.on('response', (response) => {
        bodies.push(
          response.body().then(
            (body) => void keepBodies.set(response.url(), body),
            () => undefined,
          ),
        );
      });
    }
    // The page says when it is done: polling it would compile Playwright's helpers in the page mid-load.
    const done = pageSignalsDone(page);
    await page.goto(url);
    const watched = await done;
    await Promise.all(bodies);
    return watched;
  } finally {
    await context.close();
  }
}

/**
 * One reader takes the whole quiz (the first choice of every question), from a fresh context, and
 * every response from the Lateral origin is kept: embed.js, the chunks, both quiz fetches, each
 * check, the attempt, the submission and the crowd's results.
 */
async function wholeTake(browser: Browser, url: string, origin: string, quiz: QuizFile): Promise<Downloaded[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies: Promise<Downloaded | undefined>[] = [];
    page.on('response', (response) => {
      const at = new URL(response.url());
      if (at.origin !== origin || response.request().method() === 'OPTIONS') return;
      bodies.push(
        response.body().then(
          (body) => ({ url: at.pathname + at.search, ...sized(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(url);
    const widget = page.locator('script[data-quiz] + div');
    await widget.locator('.start button').click();
    for (const [i] of quiz.questions.entries()) {
      await widget.locator('fieldset input').first().click();
      await widget.locator('.act .btn').click();
      await widget.locator('.fb').waitFor();
      await widget.locator('.act .btn[aria-disabled="false"]').click();
      if (i < quiz.questions.length - 1) {
        await widget.locator('.count', { hasText: `Question ${i + 2} of` }).waitFor();
      }
    }
    await widget.locator('.end .score').waitFor();
    await page.waitForLoadState('networkidle');
    return (await Promise.all(bodies)).filter((b): b is Downloaded => b !== undefined);
  } finally {
    await context.close();
  }
}

function downloaded(watched: Watched, bodies: Map<string, Buffer>): Downloaded[] {
  return watched.resources.flatMap((url) => {
    const body = bodies.get(url);
    return body ? [{ url: new URL(url).pathname + new URL(url).search, ...sized(body) }] : [];
  });
}

export async function runWidgetBench({ loads = 21 } = {}): Promise<WidgetFigure> {
  const quiz = loadQuizBank()[0] as QuizFile;
  await buildMinimal();
  writeFileSync(join(MINIMAL_DIR, '.assetsignore'), '.assetsignore\n');
  const persistTo = join(ROOT, `bench/tmp/widget-bench-${process.pid}/`);
  const workers: DevWorker[] = [];
  let host: Server | undefined;
  let browser: Browser | undefined;
  try {
    workers.push(
      await startDevWorker({
        persistTo,
        vars: { LOCAL_DEV: '1', RATE_LIMIT: 'off', MIN_SECONDS_PER_QUESTION: '0', DAILY_WRITE_BUDGET: '1000000' },
        logLevel: 'warn',
      }),
    );
    workers.push(
      await startDevWorker({
        config: 'bench/minimal-preact/wrangler.toml',
        persistTo: `${persistTo}min/`,
        readyPath: '/minimal.js',
        logLevel: 'warn',
      }),
    );
    const [lateral, minimal] = workers as [DevWorker, DevWorker];
    // The embeds load from "localhost", the host page from 127.0.0.1: another site, as on the web.
    const widgetOrigin = lateral.origin.replace('127.0.0.1', 'localhost');
    const minimalOrigin = minimal.origin.replace('127.0.0.1', 'localhost');
    const hostPort = await freePort();
    host = hostPages(widgetOrigin, minimalOrigin, quiz);
    await new Promise<void>((resolve) => host?.listen(hostPort, '127.0.0.1', resolve));
    browser = await chromium.launch((await findChromium()).launch);
    const url = (variant: Variant) => `http://127.0.0.1:${hostPort}/${variant}.html`;

    // One load each to warm wrangler and Chromium up, keeping what was downloaded for the byte counts.
    const widgetBodies = new Map<string, Buffer>();
    const minimalBodies = new Map<string, Buffer>();
    const widgetFiles = downloaded(await load(browser, url('widget'), 'widget', widgetBodies), widgetBodies);
    const minimalFiles = downloaded(await load(browser, url('minimal'), 'minimal', minimalBodies), minimalBodies);

    const samples: Record<Variant, Watched[]> = { widget: [], minimal: [] };
    for (let i = 0; i < loads; i++) {
      // Alternate which goes first, so drift in the shared machine's load hits both alike.
      const order: Variant[] = i % 2 ? ['minimal', 'widget'] : ['widget', 'minimal'];
      for (const variant of order) samples[variant].push(await load(browser, url(variant), variant));
    }
    const take = await wholeTake(browser, url('widget'), widgetOrigin, quiz);
    const since = (w: Watched, t: number | null) => (t ?? Number.NaN) - w.scriptStart;
    const firstQuestion = samples.widget.map((w) => since(w, w.firstQuestion));
    const button = samples.minimal.map((w) => since(w, w.firstQuestion));
    const figure: WidgetFigure = {
      loads,
      widget: {
        startButton: median(samples.widget.map((w) => since(w, w.startButton))),
        firstQuestion: median(firstQuestion),
        samples: firstQuestion,
        phases: phases(samples.widget),
      },
      minimal: { button: median(button), samples: button, phases: phases(samples.minimal) },
      ratio: median(firstQuestion) / median(button),
      bytes: {
        widget: widgetFiles,
        minimal: minimalFiles,
        widgetTotal: sumSized(widgetFiles),
        minimalTotal: sumSized(minimalFiles),
      },
      wholeTake: { files: take, total: sumSized(take) },
    };
    console.log(
      `[bench] widget: first question interactive ${figure.widget.firstQuestion.toFixed(1)} ms vs minimal Preact button ` +
        `${figure.minimal.button.toFixed(1)} ms (x${figure.ratio.toFixed(2)}); ${figure.bytes.widgetTotal.gzip} B gzip before the first question, ` +
        `${figure.wholeTake.total.gzip} B gzip for a whole take (${take.length} responses)`,
    );
    return figure;
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
    for (const w of workers) await w.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(JSON.stringify(await runWidgetBench({ loads: 5 }), null, 2));
