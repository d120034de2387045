// API benchmark: autocannon against Lateral and a bare Worker under the same wrangler, in alternating rounds.

import { mkdirSync } from 'node:fs';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import type { QuizFile } from '../contract/quiz.ts';
import { startDevWorker } from './lib/dev-worker.ts';
import { median, quantile } from './lib/pool.ts';
import { loadQuizBank } from './lib/quiz-bank.ts';

const TMP = new URL('./tmp/', import.meta.url).pathname;

export type Run = { p50: number; p99: number; rps: number; non2xx: number; errors: number };
export type ApiFigure = {
  scenario: string;
  requestsPerIteration: number;
  responseBytes: number[];
  ours: Run;
  bare: Run;
  /** ours / bare, from the medians over rounds. */
  ratio: { p50: number; p99: number; rps: number };
  /** Submissions only: the bare Worker plus the two KV calls a submission cannot avoid, and ours / that. */
  floor?: Run;
  ratioToFloor?: { p50: number; p99: number; rps: number };
  rounds: { ours: Run[]; bare: Run[]; floor: Run[] };
};
export type ApiBench = {
  connections: number;
  latencyRate: number;
  seconds: number;
  rounds: number;
  figures: ApiFigure[];
};

type Scenario = { name: string; requests: CannonRequest[]; storageFloor?: boolean };
type Target = 'ours' | 'bare' | 'floor';

/** The same requests, asking the bare Worker to make a submission's KV read and write too. */
const withFloor = (requests: CannonRequest[]): CannonRequest[] =>
  requests.map((r) => (r.path?.endsWith('/submissions') ? { ...r, headers: { ...r.headers, 'x-bench-storage-floor': '1' } } : r));

const ratioOf = (a: Run, b: Run) => ({ p50: a.p50 / b.p50, p99: a.p99 / b.p99, rps: a.rps / b.rps });

function scenarios(quiz: QuizFile): Scenario[] {
  const base = `/api/quizzes/${quiz.id}`;
  const first = quiz.questions[0];
  const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct.slice(0, q.type === 'multiple' ? undefined : 1)]));
  // The widget posts text/plain so that no CORS preflight is needed; so does the benchmark.
  const text = { 'Content-Type': 'text/plain;charset=UTF-8' };
  return [
    { name: 'quiz fetch', requests: [{ method: 'GET', path: `${base}?lang=en` }] },
    {
      name: 'check',
      requests: [{ method: 'POST', path: `${base}/check`, headers: text, body: JSON.stringify({ questionId: first?.id, choiceIds: first?.correct.slice(0, 1), lang: 'en' }) }],
    },
    {
      name: 'attempt + submission',
      storageFloor: true,
      requests: [
        {
          method: 'POST',
          path: `${base}/attempts`,
          headers: text,
          body: '',
          onResponse: (_status, body, context) => {
            context.attempt = (JSON.parse(body) as { attempt: string }).attempt;
          },
        },
        {
          method: 'POST',
          path: `${base}/submissions`,
          headers: text,
          setupRequest: (request, context) => ({ ...request, body: JSON.stringify({ attempt: context.attempt, lang: 'en', answers }) }),
        },
      ],
    },
    { name: 'results', requests: [{ method: 'GET', path: `${base}/results` }] },
  ];
}

/** Sends one pass of a scenario to Lateral and keeps each response, for the bare Worker to replay. */
async function record(origin: string, scenario: Scenario, into: Record<string, { status: number; body: string }>) {
  const context: Record<string, unknown> = {};
  const sizes: number[] = [];
  for (const step of scenario.requests) {
    const request = step.setupRequest ? step.setupRequest(step, context) : step;
    const res = await fetch(`${origin}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
    const body = await res.text();
    if (!res.ok) throw new Error(`${scenario.name}: ${request.method} ${request.path} answered ${res.status} ${body}`);
    step.onResponse?.(res.status, body, context);
    into[`${request.method} ${request.path}`] = { status: res.status, body };
    sizes.push(Buffer.byteLength(body));
  }
  return sizes;
}

/** Latency at a fixed rate both Workers can sustain, so it is service time rather than queueing. */
export const LATENCY_RATE = 100;

/**
 * One target, twice: at LATENCY_RATE for p50/p99 (timed per response, to the microsecond), then
 * closed-loop as fast as the connections go, for requests per second.
 */
async function measure(origin: string, requests: CannonRequest[], connections: number, seconds: number): Promise<Run> {
  const times: number[] = [];
  const paced = await autocannon({ url: origin, connections, duration: seconds, requests, timeout: 30, overallRate: LATENCY_RATE }).on(
    'response',
    (_client, status, _bytes, ms) => {
      if (status < 300) times.push(ms);
    },
  );
  const flat = await autocannon({ url: origin, connections, duration: seconds, requests, timeout: 30 });
  const sorted = times.sort((x, y) => x - y);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    rps: flat.requests.average,
    non2xx: paced.non2xx + flat.non2xx,
    errors: paced.errors + paced.timeouts + flat.errors + flat.timeouts,
  };
}

const mid = (runs: Run[]): Run => ({
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  rps: median(runs.map((r) => r.rps)),
  non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});

export async function runApiBench({ rounds = 5, seconds = 5, connections = 10 } = {}): Promise<ApiBench> {
  const quiz = loadQuizBank()[0] as QuizFile;
  mkdirSync(TMP, { recursive: true });
  const persistTo = `${TMP}api-bench-${process.pid}/`;
  // As deployed, but without the per-client brake: every request comes from one address here.
  const ours = await startDevWorker({ persistTo, vars: { RATE_LIMIT: 'off' }, logLevel: 'warn' });
  let bare: Awaited<ReturnType<typeof startDevWorker>> | undefined;
  try {
    const list = scenarios(quiz);
    const recorded: Record<string, { status: number; body: string }> = {};
    const sizes = new Map<string, number[]>();
    for (const s of list) sizes.set(s.name, await record(ours.origin, s, recorded));
    bare = await startDevWorker({
      config: 'bench/bare-worker/wrangler.toml',
      vars: { RESPONSES_B64: Buffer.from(JSON.stringify(recorded)).toString('base64') },
      persistTo: `${persistTo}bare/`,
      readyPath: `/api/quizzes/${quiz.id}?lang=en`,
      logLevel: 'warn',
    });

    const figures: ApiFigure[] = [];
    const bareOrigin = bare.origin;
    const target = (scenario: Scenario, who: Target) =>
      who === 'ours'
        ? { origin: ours.origin, requests: scenario.requests }
        : { origin: bareOrigin, requests: who === 'floor' ? withFloor(scenario.requests) : scenario.requests };
    for (const scenario of list) {
      const runs = { ours: [] as Run[], bare: [] as Run[], floor: [] as Run[] };
      const targets: Target[] = scenario.storageFloor ? ['ours', 'bare', 'floor'] : ['ours', 'bare'];
      // Warm each up (module load, JIT, first KV file), then rotate which goes first.
      for (const who of targets) await measure(target(scenario, who).origin, target(scenario, who).requests, connections, 2);
      for (let round = 0; round < rounds; round++) {
        const order = [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)];
        for (const who of order) {
          const { origin, requests } = target(scenario, who);
          runs[who].push(await measure(origin, requests, connections, seconds));
        }
      }
      const o = mid(runs.ours);
      const b = mid(runs.bare);
      const f = runs.floor.length ? mid(runs.floor) : undefined;
      figures.push({
        scenario: scenario.name,
        requestsPerIteration: scenario.requests.length,
        responseBytes: sizes.get(scenario.name) ?? [],
        ours: o,
        bare: b,
        ratio: ratioOf(o, b),
        ...(f ? { floor: f, ratioToFloor: ratioOf(o, f) } : {}),
        rounds: runs,
      });
      console.log(
        `[bench] api ${scenario.name}: p50 ${o.p50.toFixed(2)} vs ${b.p50.toFixed(2)} ms (x${(o.p50 / b.p50).toFixed(2)}), ` +
          `${o.rps.toFixed(0)} vs ${b.rps.toFixed(0)} req/s (x${(o.rps / b.rps).toFixed(2)})`,
      );
    }
    return { connections, latencyRate: LATENCY_RATE, seconds, rounds, figures };
  } finally {
    await bare?.stop();
    await ours.stop();
  }
}

if (import.meta.main) console.log(JSON.stringify(await runApiBench({ rounds: 1, seconds: 3 }), null, 2));
