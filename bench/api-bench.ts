// API benchmark: autocannon against Lateral and a bare Worker under the same wrangler, in rotating rounds.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import type { QuizFile } from '../contract/quiz.ts';
import { type Scenario, scenarios, withStorageFloor } from './lib/api-scenarios.ts';
import { type DevWorker, startDevWorker } from './lib/dev-worker.ts';
import { median, quantile } from './lib/pool.ts';
import { loadQuizBank } from './lib/quiz-bank.ts';

const TMP = new URL('./tmp/', import.meta.url).pathname;

/** Latency at a fixed rate every target can sustain, so it is service time rather than queueing. */
export const LATENCY_RATE = 100;
export const LATENCY_CONNECTIONS = 1;

export type Run = { p50: number; p99: number; rps: number; non2xx: number; errors: number; ok: number };
type Ratio = { p50: number; p99: number; rps: number };
export type Compared = { run: Run; ratio: Ratio };
/**
 * bare: the issue's baseline, a Worker that only returns the recorded bytes.
 * router: the same Worker behind the assets router Lateral's own config puts in front of /api/*.
 * floor: router plus a submission's one KV read and one KV write.
 */
export type Target = 'ours' | 'bare' | 'router' | 'floor';

export type ApiFigure = {
  scenario: string;
  diagnostic: boolean;
  requestsPerIteration: number;
  responseBytes: number[];
  ours: Run;
  bare: Run;
  /** ours / bare, from the medians over rounds. */
  ratio: Ratio;
  router: Compared;
  floor?: Compared;
  rounds: Partial<Record<Target, Run[]>>;
};
export type ApiBench = {
  connections: number;
  /** Connections of the paced latency run (1: service time); `connections` is the throughput run's. */
  latencyConnections?: number;
  latencyRate: number;
  seconds: number;
  rounds: number;
  figures: ApiFigure[];
  /** Submissions Lateral stored during the run: results, measured last, reads them unfolded from the current hour. */
  storedSubmissions: number;
};

/** Sends one pass of a scenario to Lateral and keeps each response, for the bare Worker to replay. */
async function record(origin: string, scenario: Scenario, into: Record<string, { status: number; body: string }>) {
  const context: Record<string, unknown> = {};
  const sizes: number[] = [];
  for (const step of scenario.requests) {
    const request = step.setupRequest ? step.setupRequest(step, context) : step;
    const res = await fetch(`${origin}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const body = await res.text();
    if (!res.ok) throw new Error(`${scenario.name}: ${request.method} ${request.path} answered ${res.status} ${body}`);
    step.onResponse?.(res.status, body, context);
    into[`${request.method} ${request.path}`] = { status: res.status, body };
    sizes.push(Buffer.byteLength(body));
  }
  return sizes;
}

/**
 * One target, twice: on one connection at LATENCY_RATE for p50/p99, which is service time (ten connections
 * measured queueing: 1.47x where one connection gives 1.03x, issue 26; each response is timed to the
 * microsecond, autocannon's own histogram rounds to whole ms), then closed-loop on `connections` as fast as
 * they go, for requests per second.
 */
async function measure(origin: string, requests: CannonRequest[], connections: number, seconds: number): Promise<Run> {
  const times: number[] = [];
  const paced = await autocannon({
    url: origin,
    connections: LATENCY_CONNECTIONS,
    duration: seconds,
    requests,
    timeout: 30,
    overallRate: LATENCY_RATE,
  }).on('response', (_client, status, _bytes, ms) => {
    if (status < 300) times.push(ms);
  });
  const flat = await autocannon({ url: origin, connections, duration: seconds, requests, timeout: 30 });
  const sorted = times.sort((x, y) => x - y);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    rps: flat.requests.average,
    non2xx: paced.non2xx + flat.non2xx,
    errors: paced.errors + paced.timeouts + flat.errors + flat.timeouts,
    ok: paced['2xx'] + flat['2xx'],
  };
}

const mid = (runs: Run[]): Run => ({
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  rps: median(runs.map((r) => r.rps)),
  non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  errors: runs.reduce((n, r) => n + r.errors, 0),
  ok: runs.reduce((n, r) => n + r.ok, 0),
});
const ratioOf = (a: Run, b: Run): Ratio => ({ p50: a.p50 / b.p50, p99: a.p99 / b.p99, rps: a.rps / b.rps });

export async function runApiBench({ rounds = 5, seconds = 3, connections = 10 } = {}): Promise<ApiBench> {
  const quiz = loadQuizBank()[0] as QuizFile;
  const persistTo = `${TMP}api-bench-${process.pid}/`;
  mkdirSync(`${TMP}bare-router-assets`, { recursive: true });
  writeFileSync(`${TMP}bare-router-assets/robots.txt`, 'User-agent: *\n');
  const workers: DevWorker[] = [];
  try {
    // As deployed, but without the per-client brake: every request comes from one address here.
    const ours = await startDevWorker({
      persistTo,
      vars: { LOCAL_DEV: '1', RATE_LIMIT: 'off', MIN_SECONDS_PER_QUESTION: '0', DAILY_WRITE_BUDGET: '1000000' },
      logLevel: 'warn',
    });
    workers.push(ours);
    const list = scenarios(quiz);
    const recorded: Record<string, { status: number; body: string }> = {};
    const sizes = new Map<string, number[]>();
    for (const s of list) sizes.set(s.name, await record(ours.origin, s, recorded));
    const bareOptions = (config: string, dir: string) => ({
      config,
      vars: { RESPONSES_B64: Buffer.from(JSON.stringify(recorded)).toString('base64') },
      persistTo: `${persistTo}${dir}/`,
      readyPath: '/api/health',
      logLevel: 'warn' as const,
    });
    const bare = await startDevWorker(bareOptions('bench/bare-worker/wrangler.toml', 'bare'));
    workers.push(bare);
    const router = await startDevWorker(bareOptions('bench/bare-worker/wrangler.router.toml', 'router'));
    workers.push(router);

    const target = (scenario: Scenario, who: Target) => {
      if (who === 'ours') return { origin: ours.origin, requests: scenario.requests };
      if (who === 'bare') return { origin: bare.origin, requests: scenario.requests };
      return {
        origin: router.origin,
        requests: who === 'floor' ? withStorageFloor(scenario.requests) : scenario.requests,
      };
    };
    const figures: ApiFigure[] = [];
    let storedSubmissions = 1;
    for (const scenario of list) {
      const targets: Target[] = scenario.storageFloor
        ? ['ours', 'bare', 'router', 'floor']
        : ['ours', 'bare', 'router'];
      const runs: Partial<Record<Target, Run[]>> = {};
      // Warm each up (module load, JIT, first KV file), then rotate which goes first.
      const warmups: Partial<Record<Target, Run>> = {};
      for (const who of targets) {
        warmups[who] = await measure(target(scenario, who).origin, target(scenario, who).requests, connections, 1);
      }
      for (let round = 0; round < rounds; round++) {
        const order = [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)];
        for (const who of order) {
          const { origin, requests } = target(scenario, who);
          runs[who] = [...(runs[who] ?? []), await measure(origin, requests, connections, seconds)];
        }
      }
      if (scenario.storageFloor) {
        // Every other successful request of ours was a stored submission.
        storedSubmissions += Math.floor([warmups.ours, ...(runs.ours ?? [])].reduce((n, r) => n + (r?.ok ?? 0), 0) / 2);
      }
      const median = (who: Target) => mid(runs[who] ?? []);
      const o = median('ours');
      const b = median('bare');
      const compared = (who: Target): Compared => ({ run: median(who), ratio: ratioOf(o, median(who)) });
      figures.push({
        scenario: scenario.name,
        diagnostic: scenario.diagnostic === true,
        requestsPerIteration: scenario.requests.length,
        responseBytes: sizes.get(scenario.name) ?? [],
        ours: o,
        bare: b,
        ratio: ratioOf(o, b),
        router: compared('router'),
        ...(scenario.storageFloor ? { floor: compared('floor') } : {}),
        rounds: runs,
      });
      console.log(
        `[bench] api ${scenario.name}: p50 ${o.p50.toFixed(2)} vs ${b.p50.toFixed(2)} ms (x${(o.p50 / b.p50).toFixed(2)}), ` +
          `${o.rps.toFixed(0)} vs ${b.rps.toFixed(0)} req/s (x${(o.rps / b.rps).toFixed(2)})`,
      );
    }
    return {
      connections,
      latencyConnections: LATENCY_CONNECTIONS,
      latencyRate: LATENCY_RATE,
      seconds,
      rounds,
      figures,
      storedSubmissions,
    };
  } finally {
    for (const w of workers.reverse()) await w.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(JSON.stringify(await runApiBench({ rounds: 1, seconds: 2 }), null, 2));
