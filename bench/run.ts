// `npm run bench`: every benchmark with its baseline in one run; writes bench/results.json, bench/RESULTS.md and the README section.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { type ApiBench, runApiBench } from './api-bench.ts';
import { type KvCost, measureKvCost } from './kv-cost.ts';
import { type PeerFigure, measurePeers } from './peers.ts';
import { renderReport } from './report.ts';
import { NETWORKS, type NetworkModel } from './lib/network-proxy.ts';
import { type WidgetFigure, runWidgetBench } from './widget-bench.ts';
import { runNetworkBench } from './widget-network-bench.ts';
import { chromiumVersion, findChromium } from '../scripts/chromium.ts';

const ROOT = new URL('../', import.meta.url).pathname;

export type BenchResults = {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    wrangler: string;
    chromium: string;
    loadAverage: { before: number[]; after: number[] };
  };
  commit: string;
  seconds: number;
  api?: ApiBench;
  widget?: WidgetFigure;
  peers?: PeerFigure[];
  kv?: KvCost;
  errors: string[];
};

function version(command: string, args: string[]): string {
  try {
    // Only the first line matters.
    return (
      execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n')[0] ?? ''
    );
  } catch {
    return 'unknown';
  }
}

/** Writes the results, the markdown, and the README section between its markers when it has them. */
function publish(results: BenchResults): string {
  const markdown = renderReport(results);
  writeFileSync(`${ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${ROOT}bench/RESULTS.md`, markdown);
  const README = `${ROOT}README.md`;
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  if (existsSync(README)) {
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    if (from !== -1 && to > from) {
      writeFileSync(README, `${readme.slice(0, from + START.length)}\n${markdown}\n${readme.slice(to)}`);
      console.log('[bench] README.md section updated');
    }
  }
  return markdown;
}

async function measureAll(): Promise<BenchResults> {
  const started = performance.now();
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      wrangler: (JSON.parse(readFileSync(`${ROOT}node_modules/wrangler/package.json`, 'utf8')) as { version: string })
        .version,
      chromium: chromiumVersion(await findChromium()),
      loadAverage: { before: loadavg(), after: [] },
    },
    commit: version('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    seconds: 0,
    errors: [],
  };
  /** A section that fails is reported and the others still run; the exit code says so at the end. */
  const section = async <T>(name: string, run: () => Promise<T> | T): Promise<T | undefined> => {
    console.log(`[bench] ${name}…`);
    try {
      return await run();
    } catch (err) {
      results.errors.push(`${name}: ${(err as Error).message}`);
      console.error(`[bench] ${name} failed: ${(err as Error).stack}`);
      return undefined;
    }
  };
  const quick = process.env.BENCH_QUICK === '1';
  results.peers = await section('peers', () => measurePeers());
  results.widget = await section('widget', () => runWidgetBench({ loads: quick ? 5 : 21 }));
  const networks = await section('widget over modelled networks', async () => [
    ...(await runNetworkBench({ rounds: quick ? 3 : 15 })),
    // Diagnostic: a slow phone's CPU on the faster network, script tag only.
    ...(await runNetworkBench({
      rounds: quick ? 3 : 9,
      networks: [NETWORKS[0] as NetworkModel],
      modes: ['script'],
      cpuSlowdown: 4,
    })),
  ]);
  if (results.widget && networks) results.widget.networks = networks;
  results.api = await section('api', () => runApiBench(quick ? { rounds: 1, seconds: 2 } : { rounds: 5, seconds: 3 }));
  results.kv = await section('kv cost', () => measureKvCost(quick ? [1000] : [1000, 10_000, 100_000]));
  results.machine.loadAverage.after = loadavg();
  results.seconds = Math.round((performance.now() - started) / 1000);
  return results;
}

// `--render` only rewrites RESULTS.md and the README section from bench/results.json.
const results = process.argv.includes('--render')
  ? (JSON.parse(readFileSync(`${ROOT}bench/results.json`, 'utf8')) as BenchResults)
  : await measureAll();
console.log(`\n${publish(results)}`);
console.log(`[bench] wrote bench/results.json and bench/RESULTS.md (measuring took ${results.seconds} s)`);
if (results.errors.length) {
  console.error(`[bench] ${results.errors.length} section(s) failed:\n  ${results.errors.join('\n  ')}`);
  process.exit(1);
}
