// Renders bench results as the markdown tables of bench/RESULTS.md and the README, with each goal met or missed.

import type { ApiFigure, Compared } from './api-bench.ts';
import type { BenchResults } from './run.ts';
import type { NetworkFigure } from './widget-network-bench.ts';

const GOALS = { p50: 1.3, rps: 0.75, gzipBytes: 12 * 1024, networkTime: 1.2 };

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function api(r: BenchResults): string[] {
  if (!r.api) return [];
  const { connections, seconds, rounds } = r.api;
  const latencyConnections = r.api.latencyConnections ?? connections;
  const lines = [
    `### API: Lateral vs a bare Worker (same wrangler ${r.machine.wrangler}, same run)`,
    '',
    `autocannon, ${rounds} rounds per endpoint, rotating which Worker goes first; medians over rounds. ` +
      `Latency: ${seconds} s on ${latencyConnections === 1 ? 'one connection' : `${latencyConnections} connections`} at a fixed ${r.api.latencyRate} requests/s (below both Workers' capacity, so it is service time, not queueing), ` +
      `each response timed to the microsecond. Throughput: ${seconds} s on ${connections} connections as fast as they go. ` +
      'The bare Worker answers each request with the bytes Lateral sent for it and does nothing else. ' +
      'Rows marked ↳ compare with stricter baselines that add what the platform costs Lateral anyway, to show where the gap comes from. ' +
      `Goals: p50 at most ${GOALS.p50}x bare, throughput at least ${GOALS.rps}x bare.`,
    '',
    '| Endpoint | Response bytes | p50 ms (ours / bare) | p50 ratio | p99 ms (ours / bare) | req/s (ours / bare) | req/s ratio | Goals |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const sub = (label: string, f: ApiFigure, c: Compared) =>
    `| ↳ ${label} | | ${ms(f.ours.p50)} / ${ms(c.run.p50)} | ${x(c.ratio.p50)} | ${ms(f.ours.p99)} / ${ms(c.run.p99)} ` +
    `| ${int(f.ours.rps)} / ${int(c.run.rps)} | ${x(c.ratio.rps)} | diagnostic |`;
  for (const f of r.api.figures) {
    const ok = f.ratio.p50 <= GOALS.p50 && f.ratio.rps >= GOALS.rps;
    const errors = f.ours.non2xx + f.ours.errors + f.bare.non2xx + f.bare.errors;
    const goal = f.diagnostic ? 'diagnostic' : verdict(ok);
    lines.push(
      `| ${f.scenario}${f.requestsPerIteration > 1 ? ` (${f.requestsPerIteration} requests)` : ''} | ${f.responseBytes.map(int).join(' + ')} ` +
        `| ${ms(f.ours.p50)} / ${ms(f.bare.p50)} | ${x(f.ratio.p50)} | ${ms(f.ours.p99)} / ${ms(f.bare.p99)} ` +
        `| ${int(f.ours.rps)} / ${int(f.bare.rps)} | ${x(f.ratio.rps)} | ${goal}${errors ? ` (${errors} non-2xx or errors)` : ''} |`,
    );
    lines.push(sub('vs the bare Worker behind the same assets router as Lateral', f, f.router));
    if (f.floor) lines.push(sub("vs that, plus the submission's 1 KV read and 1 KV write", f, f.floor));
  }
  lines.push(
    '',
    `Results is measured last: the ${int(r.api.storedSubmissions)} submissions stored by the row above sit unfolded in the current hour, ` +
      'so each time its 30 s edge cache expires, requests recompute them from KV lists (1,000 keys per call), as a busy hour would in production.',
  );
  return [...lines, ''];
}

/** The goal's table: each embed mode over each modelled network, paired with the minimal embed round by round. */
function networks(r: BenchResults): string[] {
  const list = r.widget?.networks;
  if (!list?.length) return [];
  const line = (n: NetworkFigure) =>
    `| ${n.name}${n.cpuSlowdown > 1 ? `, CPU ${n.cpuSlowdown}x slower` : ''} | ${n.mode} | **${x(n.ratio)}** (${n.p25.toFixed(2)}–${n.p75.toFixed(2)}) ` +
    `| ${ms(n.lateralMs)} / ${ms(n.minimalMs)} | ${n.requests} on ${n.connections} | ${n.loadAverage.map((l) => l.toFixed(1)).join(' ')} ` +
    `| ${n.cpuSlowdown > 1 ? 'diagnostic' : verdict(n.ratio <= GOALS.networkTime)} |`;
  return [
    '### Widget over a modelled network: first question vs a minimal Preact embed (goal)',
    '',
    `Headless Chromium (${r.machine.chromium}). Every origin (host page, Lateral and the baseline) sits behind a local TLS + HTTP/2 front ` +
      'that delays each chunk by half the round trip, adds one round trip to each new connection for the TCP handshake, and paces the downlink; ' +
      'text is sent brotli-compressed, as Cloudflare does. The baseline (one Preact button in a shadow root, or the same in an iframe page) ' +
      "is served from Lateral's own origin through the same front. Each round loads both in fresh browser contexts (cold connections and caches), " +
      "in rotating order; the ratio is the median of the per-round ratios (p25–p75 beside it). Time runs from the embed's first request " +
      "(the script, or the iframe's page) to the first answer choice usable, the harness pressing Start as soon as it can; the page logs when it is done. " +
      `Requests and connections are counted at Lateral's front. Goal: at most ${GOALS.networkTime}x for every embed mode. ` +
      `Measured ${list[0]?.date.slice(0, 16).replace('T', ' ')} UTC at commit ${list[0]?.commit}.`,
    '',
    '| Network | Embed | Ratio (p25–p75) | Median ms, Lateral / minimal | Requests on connections | Load average | Goal |',
    '|---|---|---|---|---|---|---|',
    ...list.map(line),
    '',
  ];
}

function widget(r: BenchResults): string[] {
  if (!r.widget) return [];
  const w = r.widget;
  const files = (list: { url: string }[]) => list.map((f) => `\`${f.url}\``).join(' + ');
  return [
    ...networks(r),
    '### Widget on loopback: first question vs a minimal Preact embed (diagnostic: no handshakes, CPU shared with the server)',
    '',
    `Headless Chromium (${r.machine.chromium}), median of ${w.loads} fresh page loads each (new browser context, empty cache), alternating. ` +
      'Time runs from the embed script request starting (Resource Timing) to the first answer choice being enabled; ' +
      'the harness presses Start the moment it is enabled. The baseline is one Preact button rendered into a shadow root ' +
      'by a script tag served by the same wrangler. Bytes are what the page downloaded by then, compressed at gzip -9 / brotli 11. ' +
      `Goal: at most ${int(GOALS.gzipBytes)} B gzip. The time is a diagnostic of local CPU (the network table above holds the time goal).`,
    '',
    '| Page | Downloaded before usable | gzip B | brotli B | Median ms to usable | Goals |',
    '|---|---|---|---|---|---|',
    `| Lateral, first question | ${files(w.bytes.widget)} | ${int(w.bytes.widgetTotal.gzip)} | ${int(w.bytes.widgetTotal.brotli)} ` +
      `| ${ms(w.widget.firstQuestion)} (Start button: ${ms(w.widget.startButton)}) ` +
      `| size ${verdict(w.bytes.widgetTotal.gzip <= GOALS.gzipBytes)}, time ${x(w.ratio)} (diagnostic) |`,
    `| Minimal Preact button | ${files(w.bytes.minimal)} | ${int(w.bytes.minimalTotal.gzip)} | ${int(w.bytes.minimalTotal.brotli)} | ${ms(w.minimal.button)} | baseline |`,
    ...(w.wholeTake
      ? [
          `| Lateral, a whole take | ${wholeTakeFiles(w.wholeTake.files)} | ${int(w.wholeTake.total.gzip)} | ${int(w.wholeTake.total.brotli)} | | for the record |`,
        ]
      : []),
    '',
    `Where the time goes (medians, ms after the script request started): ${timeline(w.widget.phases)}; first question usable at ${ms(w.widget.firstQuestion)}. ` +
      `Minimal page: ${timeline(w.minimal.phases)}; button usable at ${ms(w.minimal.button)}.`,
    '',
  ];
}

/** A whole take's responses, grouped: the scripts by name, the JSON by route with a count. */
function wholeTakeFiles(files: { url: string }[]): string {
  const groups = new Map<string, number>();
  for (const { url } of files) {
    const path = url.replace(/\?.*$/, '');
    const route = path.startsWith('/api/') ? path.replace(/^\/api\/quizzes\/[^/]+/, '/api/quizzes/:id') : path;
    groups.set(route, (groups.get(route) ?? 0) + 1);
  }
  return [...groups].map(([route, n]) => `\`${route}\`${n > 1 ? ` ×${n}` : ''}`).join(' + ');
}

const timeline = (phases: { resource: string; start: number; end: number }[]) =>
  phases.map((p) => `\`${p.resource}\` ${ms(p.start)}–${ms(p.end)}`).join(', ');

function peers(r: BenchResults): string[] {
  if (!r.peers) return [];
  const ours = r.widget?.bytes;
  const lines = [
    '### Peers: what a host page must load (gzip -9, from their npm packages)',
    '',
    '| Embed | Files | gzip B | brotli B | Not counted |',
    '|---|---|---|---|---|',
  ];
  if (ours) {
    const script = ours.widget.filter((f) => f.url.endsWith('.js'));
    const gz = script.reduce((n, f) => n + f.gzip, 0);
    const br = script.reduce((n, f) => n + f.brotli, 0);
    lines.push(
      `| **Lateral** (script with styles inlined) | ${script.map((f) => `\`${f.url}\``).join(' + ')} | ${int(gz)} | ${int(br)} | the quiz JSON: ${int(ours.widgetTotal.gzip - gz)} B gzip more |`,
    );
  }
  for (const p of r.peers) {
    lines.push(
      `| ${p.name} ${p.version} | ${p.files.map((f) => `\`${f.path}\``).join(' + ')} | ${int(p.total.gzip)} | ${int(p.total.brotli)} | ${p.notCounted} |`,
    );
  }
  return [...lines, ''];
}

function kv(r: BenchResults): string[] {
  if (!r.kv) return [];
  const lines = [
    '### KV cost at scale (local KV in workerd, counted at the binding)',
    '',
    'Submissions seeded over 24 settled hours, plus 10 in the current hour. "Storage" is the submission\'s own read and write; ' +
      'the percentile behind each submission adds a results read, cached 30 s per location when deployed. ' +
      '"Unfolded" is a results read before any rollup ran (a stopped cron); "folded" is the normal case. ' +
      '"After an edit": a second edition of the quiz deployed, 10 of its takes in the current hour, each version\'s figures read.',
    '',
    '| Stored | Ops per submission: storage (writes) | with percentile, cache cold / warm | Ops per results read: folded / unfolded | after an edit: current / earlier version | Rollup: invocations, ops, folded |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of r.kv.sizes) {
    lines.push(
      `| ${int(s.stored)} | ${s.submission.storage} (${s.submission.puts}) | ${s.submission.withPercentileUncached} / ${s.submission.withPercentileCached} ` +
        `| ${s.resultsRead.folded} / ${s.resultsRead.unfolded} | ${s.resultsRead.afterEdit ? `${s.resultsRead.afterEdit.current} / ${s.resultsRead.afterEdit.earlier}` : 'not measured'} ` +
        `| ${s.rollup.invocations}, ${s.rollup.operations.join(' + ')} ops, ${s.rollup.folded.map(int).join(' + ')} |`,
    );
  }
  const largest = r.kv.sizes.at(-1);
  if (largest) {
    const ops = largest.rollup.operations[0] ?? 0;
    const perList = largest.rollup.folded[0] && ops > 3 ? (largest.rollup.folded[0] ?? 0) / (ops - 3) : 0;
    lines.push(
      '',
      `Rollup throughput: ${int(largest.rollup.folded[0] ?? 0)} submissions folded in one invocation with ${ops} of its 900-operation budget ` +
        `(${int(perList)} per list call; a list returns at most 1,000, so one invocation can fold up to about ${int(897 * 1000)} when hours are full).`,
    );
  }
  if (r.kv.foldCpu) {
    const us = r.kv.foldCpu.microsecondsPerSubmission;
    lines.push(
      `Fold CPU: ${us.toFixed(1)} µs per submission (median of ${r.kv.foldCpu.runs} folds of ${int(r.kv.foldCpu.records)} in workerd), ` +
        `so a 10 ms CPU invocation (Workers Free) folds about ${int(10_000 / us)}.`,
    );
  }
  return [...lines, '', ...groupKv(r)];
}

function groupKv(r: BenchResults): string[] {
  const groups = r.kv?.groups ?? [];
  if (!groups.length) return [];
  const lines = [
    '#### Class groups',
    '',
    "Takes seeded in settled hours, each in a group. A group results read returns the group's figures and everyone's beside them. " +
      'The rollup writes one tally per group that had takes, and spends at most 900 operations per invocation.',
    '',
    '| Groups × takes | Ops per take: attempt check + submission (writes) | Ops per group read: folded / unfolded | Rollup: invocations, largest invocation, group writes |',
    '|---|---|---|---|',
  ];
  for (const g of groups) {
    lines.push(
      `| ${int(g.groups)} × ${int(g.perGroup)} | ${g.attempt} + ${g.submission.storage} (${g.submission.puts}) | ${g.groupRead.folded} / ${g.groupRead.unfolded} ` +
        `| ${g.rollup.invocations}, ${Math.max(...g.rollup.operations)} ops, ${int(g.rollup.groupWrites)} |`,
    );
  }
  return [...lines, ''];
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  return [
    `_Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC at commit ${r.commit} by \`npm run bench\` (${r.seconds} s) on ${m.cpu}, ${m.cores} cores, ` +
      `${m.memoryGiB} GiB, Node ${m.node}. A shared, noisy machine (load average ${m.loadAverage.before.map((n) => n.toFixed(1)).join(' ')} ` +
      `at the start): read the ratios, not the absolute times._`,
    '',
    ...api(r),
    ...widget(r),
    ...peers(r),
    ...kv(r),
    ...(r.errors.length ? ['**Sections that failed in this run:**', '', ...r.errors.map((e) => `- ${e}`), ''] : []),
  ].join('\n');
}
