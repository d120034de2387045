// `npm run test:load`: 2,000 readers at concurrency 50 against `wrangler dev`, 10% retried; results and rollup must be exact.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AttemptGrant, Results, SubmissionResult } from '../contract/api.ts';
import type { Lang, QuizFile } from '../contract/quiz.ts';
import { startDevWorker } from './lib/dev-worker.ts';
import { runPool, quantile, seededRandom } from './lib/pool.ts';
import { expectedScore, loadQuizBank, randomAnswers, randomLang } from './lib/quiz-bank.ts';

const SUBMISSIONS = Number(process.env.LOAD_SUBMISSIONS ?? 2000);
const CONCURRENCY = 50;
const RETRY_EVERY = 10; // 10% of submissions are sent twice
const SEED = Number(process.env.LOAD_SEED ?? Date.now() % 1_000_000);
const RESULTS_TOKEN = 'load-test-results-token';
const HOUR_MS = 3_600_000;
/**
 * Shorter than production's 30 s so the final check waits seconds, not half a minute; submissions
 * still read the crowd percentile through the edge cache, as deployed (uncached, each one would
 * list the whole hour of submissions).
 */
const RESULTS_CACHE_SECONDS = 3;

type Expected = { takes: number; distribution: number[]; languages: Record<Lang, number> };

const problems: string[] = [];
const statuses = new Map<number, number>();
const latencies: number[] = [];

async function post(url: string, body: unknown, type: string): Promise<Response> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) });
  latencies.push(performance.now() - started);
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  return res;
}

/** One reader: an attempt, random answers graded here too, one submission, and for some a retry. */
async function reader(origin: string, quiz: QuizFile, index: number, random: () => number, expected: Expected) {
  const grantRes = await post(`${origin}/api/quizzes/${quiz.id}/attempts`, {}, 'text/plain');
  if (grantRes.status !== 201) return problems.push(`attempt ${index}: ${grantRes.status} ${await grantRes.text()}`);
  const { attempt } = (await grantRes.json()) as AttemptGrant;
  const lang = randomLang(quiz, random);
  const answers = randomAnswers(quiz, random);
  const score = expectedScore(quiz, answers);
  const body = { attempt, lang, answers };
  const url = `${origin}/api/quizzes/${quiz.id}/submissions`;
  // The widget posts text/plain to skip the CORS preflight; other clients send JSON.
  const type = index % 2 ? 'text/plain;charset=UTF-8' : 'application/json';
  const retried = index % RETRY_EVERY === 0;
  // Half the retries race the first request; the other half follow it, as after a lost response.
  const sends =
    retried && index % (2 * RETRY_EVERY) === 0
      ? [post(url, body, type), post(url, body, type)]
      : [post(url, body, type)];
  const responses = await Promise.all(sends);
  if (retried && responses.length === 1) responses.push(await post(url, body, type));
  for (const res of responses) {
    if (res.status !== 201 && res.status !== 200) {
      problems.push(`submission ${index}: ${res.status} ${await res.text()}`);
      continue;
    }
    const result = (await res.json()) as SubmissionResult;
    if (result.score !== score)
      problems.push(`submission ${index}: scored ${result.score}, the client graded ${score}`);
  }
  if (responses.filter((r) => r.status === 201).length < 1) problems.push(`submission ${index}: never answered 201`);
  expected.takes++;
  expected.distribution[score] = (expected.distribution[score] ?? 0) + 1;
  expected.languages[lang]++;
}

async function readResults(origin: string, quiz: QuizFile): Promise<Results> {
  const res = await fetch(`${origin}/api/quizzes/${quiz.id}/results`, {
    headers: { Authorization: `Bearer ${RESULTS_TOKEN}` },
  });
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  if (res.status !== 200) throw new Error(`results of ${quiz.id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Results;
}

function compare(label: string, quiz: QuizFile, got: Results, want: Expected): void {
  const distribution = Array.from({ length: quiz.questions.length + 1 }, (_, s) => want.distribution[s] ?? 0);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (got.takes !== want.takes) problems.push(`${label} ${quiz.id}: ${got.takes} takes, expected ${want.takes}`);
  if (!same(got.scoreDistribution, distribution)) {
    problems.push(`${label} ${quiz.id}: distribution ${got.scoreDistribution}, expected ${distribution}`);
  }
  if (!same(got.languages, want.languages))
    problems.push(`${label} ${quiz.id}: languages ${JSON.stringify(got.languages)}`);
}

const foldedSoFar = (log: string) =>
  [...log.matchAll(/rollup folded (\d+) submission/g)].reduce((n, m) => n + Number(m[1]), 0);

async function main(): Promise<void> {
  const quizzes = loadQuizBank();
  const persistTo = new URL(`./tmp/load-${process.pid}/`, import.meta.url).pathname;
  mkdirSync(persistTo, { recursive: true });
  const worker = await startDevWorker({
    persistTo,
    vars: {
      LOCAL_DEV: '1',
      // Readers here answer in milliseconds, from one address: both brakes are lifted explicitly, and the
      // day's write budget (sized for the Free plan) is raised above the run's 2,000 takes.
      RATE_LIMIT: 'off',
      MIN_SECONDS_PER_QUESTION: '0',
      DAILY_WRITE_BUDGET: '1000000',
      RESULTS_CACHE_SECONDS: String(RESULTS_CACHE_SECONDS),
      RESULTS_TOKEN,
    },
  });
  const { origin } = worker;
  const cron = `${origin}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('* * * * *')}`;
  const expected = new Map(
    quizzes.map((q) => [q.id, { takes: 0, distribution: [], languages: { en: 0, es: 0 } } as Expected]),
  );
  const random = seededRandom(SEED);
  let ticks = 0;
  try {
    // The minute cron, sped up: rollups run while submissions land (they fold nothing unsettled).
    const ticker = setInterval(() => {
      ticks++;
      fetch(cron).then(
        (r) => r.arrayBuffer(),
        (err) => problems.push(`cron tick: ${err}`),
      );
    }, 1000);
    const started = performance.now();
    await runPool(SUBMISSIONS, CONCURRENCY, async (i) => {
      const quiz = quizzes[i % quizzes.length] as QuizFile;
      await reader(origin, quiz, i, random, expected.get(quiz.id) as Expected);
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(ticker);

    await new Promise((r) => setTimeout(r, (RESULTS_CACHE_SECONDS + 1) * 1000));
    for (const quiz of quizzes)
      compare('live results', quiz, await readResults(origin, quiz), expected.get(quiz.id) as Expected);

    // The cron as it will fire hours from now, once every hour holding these attempts is settled:
    // wrangler dev's own trigger takes the scheduled time, so the Worker needs no test-only route.
    const settled = Date.now() + 3 * HOUR_MS;
    let runs = 0;
    let lastFolded = -1;
    while (runs < 10) {
      runs++;
      const res = await fetch(
        `${origin}/cdn-cgi/local/scheduled?cron=${encodeURIComponent('* * * * *')}&time=${settled}&format=json`,
      );
      if (!res.ok) problems.push(`rollup trigger: ${res.status} ${await res.text()}`);
      await new Promise((r) => setTimeout(r, 500));
      const folded = foldedSoFar(worker.output());
      if (folded === lastFolded && folded >= SUBMISSIONS) break;
      lastFolded = folded;
    }
    const folded = foldedSoFar(worker.output());
    if (folded !== SUBMISSIONS) problems.push(`the rollup folded ${folded} submissions, expected ${SUBMISSIONS}`);
    await new Promise((r) => setTimeout(r, (RESULTS_CACHE_SECONDS + 1) * 1000));
    for (const quiz of quizzes)
      compare('folded results', quiz, await readResults(origin, quiz), expected.get(quiz.id) as Expected);
    if (/changed, restarting/.test(worker.output())) {
      problems.unshift(
        'a source file changed during the run and wrangler dev restarted the Worker: the run is void, run it again',
      );
    }

    const fiveXx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    if (fiveXx) problems.push(`${fiveXx} responses were 5xx`);
    const sorted = latencies.sort((a, b) => a - b);
    const requests = [...statuses.values()].reduce((a, b) => a + b, 0);
    const retries = Math.ceil(SUBMISSIONS / RETRY_EVERY);
    console.log(
      `[load] ${SUBMISSIONS} submissions (+${retries} retries) at concurrency ${CONCURRENCY} in ${seconds.toFixed(1)} s ` +
        `(${(SUBMISSIONS / seconds).toFixed(0)} submissions/s; ${requests} requests, p50 ${quantile(sorted, 0.5).toFixed(1)} ms, ` +
        `p99 ${quantile(sorted, 0.99).toFixed(1)} ms); ${ticks} cron ticks during the load, ${runs} settled rollup run(s) ` +
        `folded ${folded}; statuses ${JSON.stringify(Object.fromEntries(statuses))}; seed ${SEED}`,
    );
  } finally {
    await worker.stop();
  }
  if (problems.length) {
    writeFileSync(`${persistTo}wrangler.log`, worker.output());
    console.error(`[load] FAIL: ${problems.length} problem(s)\n  ${problems.slice(0, 20).join('\n  ')}`);
    console.error(`[load] KV state and wrangler.log kept in ${persistTo}`);
    process.exit(1);
  }
  rmSync(persistTo, { recursive: true, force: true });
  console.log(
    `[load] PASS: exactly ${SUBMISSIONS} takes with the client's score distribution, live and after the rollup; 0 5xx`,
  );
}

await main();
