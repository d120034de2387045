// Shared by the browser tests: the origins, the quiz as authored, one browser connection per file, and pages that
// record every console error and CSP violation.

import { mkdirSync, readFileSync } from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
  chromium,
} from 'playwright-core';
import { afterAll, inject } from 'vitest';
import type { Results } from '../../contract/api.ts';
import type { QuizFile } from '../../contract/quiz.ts';

export const LATERAL = inject('lateralOrigin');
export const HOST = inject('hostOrigin');
export const QUIZ = inject('quizId');
export const quiz = JSON.parse(
  readFileSync(new URL(`../../questions/${QUIZ}.json`, import.meta.url), 'utf8'),
) as QuizFile;

const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;
const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

let browser: Browser | undefined;
afterAll(async () => {
  // Closes this file's connection; the browser itself belongs to the global setup.
  await browser?.close();
  browser = undefined;
});

export type Reader = {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and CSP violations seen so far, in any frame. */
  problems: string[];
  close: () => Promise<void>;
};

/** A fresh browser context (no shared storage) with one page; `path` is on the host site unless absolute. */
export async function openPage(
  path: string,
  options: BrowserContextOptions = {},
  /** Runs before the first navigation, e.g. to install `page.route` handlers. */
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<Reader> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A failed load is logged without its address; the response listener names it instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // Also straight from the DOM, in every frame: CSP reports a violation even when nothing logs it.
  await page.exposeFunction('__lateralViolation', (text: string) => problems.push(`csp: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __lateralViolation?: (t: string) => void }).__lateralViolation;
      report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${location.href}`);
    });
  });
  await beforeLoad?.(page);
  await page.goto(path.startsWith('http') ? path : `${HOST}/${path}`);
  return { page, problems, close: () => closeContext(context) };
}

/**
 * Closes a context once no route handler can outlive it: a handler still awaiting `route.fetch()` when the
 * context went failed the run with "Response has been disposed" (issue 24). Waiting for running handlers,
 * rather than ignoring their errors, keeps a failed expectation inside a handler visible.
 */
async function closeContext(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) await page.unrouteAll({ behavior: 'wait' });
  await context.unrouteAll({ behavior: 'wait' });
  await context.close();
}

/**
 * Runs axe-core over the page, its open shadow roots and its same-process iframes (axe is injected
 * into each, so page-level rules apply to the top document only, as for a real host page).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  }
  return page.evaluate(async () => {
    type Axe = {
      run: (
        ctx: Document,
        o: object,
      ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The quiz's aggregate results, read the way an editor's tool would (cache is off in the e2e Worker). */
export async function takes(): Promise<number> {
  const res = await fetch(`${LATERAL.replace('localhost', '127.0.0.1')}/api/quizzes/${QUIZ}/results`);
  if (!res.ok) throw new Error(`results: ${res.status}`);
  return ((await res.json()) as Results).takes;
}

/**
 * Takes of the bundled quiz sent straight to the API until it has `count`, so figures held back by the
 * small-number rule (the end screen's crowd, the results page's histogram) can show.
 */
export async function takesUpTo(count: number): Promise<void> {
  const api = `${LATERAL.replace('localhost', '127.0.0.1')}/api/quizzes/${QUIZ}`;
  for (let have = await takes(); have < count; have++) {
    const { attempt } = (await (await fetch(`${api}/attempts`, { method: 'POST' })).json()) as { attempt: string };
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, [q.correct[0] ?? '']]));
    const sent = await fetch(`${api}/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ attempt, lang: 'en', answers }),
    });
    if (sent.status !== 201) throw new Error(`a seeded take answered ${sent.status}: ${await sent.text()}`);
  }
}

/** Whether the page can be scrolled sideways: the thing a phone reader hates most. */
export function scrollsSideways(target: Page | Frame): Promise<boolean> {
  return target.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
