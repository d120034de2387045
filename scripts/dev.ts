// `npm start`: wrangler dev (KV on disk, no account, no network) plus a local stand-in for the cron trigger.

import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 8787);
const origin = `http://localhost:${port}`;
// LOCAL_DEV=1 is the one dev-only setting: it lets attempts be signed with the public local default
// secret (a deployed Worker without ATTEMPT_SECRET refuses them). Results uncached locally, so a
// newcomer sees their own take on the results page at once.
const args = [
  'wrangler',
  'dev',
  '--port',
  String(port),
  '--ip',
  '127.0.0.1',
  '--var',
  'LOCAL_DEV:1',
  '--var',
  'RESULTS_CACHE_SECONDS:0',
  ...process.argv.slice(2),
];

const wrangler = spawn('npx', args, {
  stdio: 'inherit',
  // Offline by design: no telemetry, and the placeholder Request.cf instead of fetching one.
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
});

/** wrangler dev does not fire cron triggers by itself; production runs the rollup every minute, so do we. */
async function runRollup(): Promise<void> {
  try {
    await fetch(`${origin}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('* * * * *')}`);
  } catch {
    // Not up yet, or restarting after an edit: the next tick tries again.
  }
}

async function announce(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) {
        console.log(
          `\n  Lateral is running.\n  Demo page:  ${origin}/\n  Results:    ${origin}/results/trump-mexico-troops\n  API:        ${origin}/api/quizzes\n`,
        );
        return;
      }
    } catch {
      // Still starting.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

void announce();
const cron = setInterval(runRollup, 60_000);

const stop = () => {
  clearInterval(cron);
  wrangler.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wrangler.on('exit', (code) => {
  clearInterval(cron);
  process.exit(code ?? 0);
});
