// .ci/run, run for real against a stand-in npm: the guard rails gate the suite, a failure stops the run, the
// closing line adds the load test to the suite's count, and nothing outside npm gets installed.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../.ci/run', import.meta.url).pathname;
/** What the script may call besides npm: a shell and the text tools it pipes through. */
const TOOLS = ['bash', 'env', 'dirname', 'mktemp', 'tee', 'sed', 'tail', 'cat', 'rm'];
/** Package managers outside npm: each is on PATH, and a call to one is recorded and fails. */
const SYSTEM_INSTALLERS = ['apt-get', 'apt', 'sudo', 'dnf', 'yum', 'apk', 'brew', 'pip', 'curl', 'wget'];

type Run = { code: number; stdout: string; calls: string[] };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function which(tool: string): string {
  const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${tool} is not installed on this machine`);
  return found;
}

/**
 * Runs .ci/run with a PATH holding only the tools above and a stand-in npm that logs each call, prints
 * `suiteLine` for `npm test`, and exits 1 for the call named in `failing` (e.g. `run lint`).
 */
function runCi({ failing = '', suiteLine = 'Tests: 41 passed, 0 failed' } = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), 'ci-run-'));
  dirs.push(dir);
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  mkdirSync(bin);
  for (const tool of TOOLS) symlinkSync(which(tool), join(bin, tool));
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> "${log}"\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub(
    'npm',
    `[ "$*" = "$FAIL_ON" ] && exit 1
[ "$1" = test ] && printf 'vitest output\\n%s\\n' "$SUITE_LINE"
exit 0`,
  );
  for (const name of SYSTEM_INSTALLERS) stub(name, 'exit 1');
  const result = spawnSync(which('bash'), [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: bin, HOME: dir, FAIL_ON: failing, SUITE_LINE: suiteLine },
  });
  let calls: string[] = [];
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    // Nothing was called.
  }
  return { code: result.status ?? -1, stdout: result.stdout, calls };
}

const GUARD_RAILS = ['npm run typecheck', 'npm run format:check', 'npm run lint', 'npm run size'];

describe('.ci/run', () => {
  it('runs every guard rail, then the suite, then the load test, and passes', () => {
    const { code, calls } = runCi();
    expect(code).toBe(0);
    const suite = calls.indexOf('npm test');
    expect(suite).toBeGreaterThan(-1);
    for (const rail of GUARD_RAILS) {
      expect(calls.indexOf(rail), rail).toBeGreaterThan(-1);
      expect(calls.indexOf(rail), rail).toBeLessThan(suite);
    }
    expect(calls.indexOf('npm run test:load')).toBeGreaterThan(suite);
  });

  it("ends with one line counting the suite's tests plus the load test", () => {
    const { code, stdout } = runCi({ suiteLine: 'Tests: 41 passed, 0 failed' });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('Tests: 42 passed, 0 failed');
  });

  it.each(GUARD_RAILS)('stops before the suite when `%s` fails', (rail) => {
    const { code, calls } = runCi({ failing: rail.replace(/^npm /, '') });
    expect(code).not.toBe(0);
    expect(calls.at(-1)).toBe(rail);
    expect(calls).not.toContain('npm test');
  });

  it('fails, and skips the load test, when the suite fails', () => {
    const { code, calls, stdout } = runCi({ failing: 'test', suiteLine: 'Tests: 40 passed, 1 failed' });
    expect(code).not.toBe(0);
    expect(calls).not.toContain('npm run test:load');
    expect(stdout).not.toMatch(/^Tests: .* passed, 0 failed$/m);
  });

  it('installs from the lockfile, and falls back to npm install when npm ci refuses it', () => {
    expect(runCi().calls[0]).toBe('npm ci --no-audit --no-fund');
    const { code, calls } = runCi({ failing: 'ci --no-audit --no-fund' });
    expect(code).toBe(0);
    expect(calls.slice(0, 2)).toEqual(['npm ci --no-audit --no-fund', 'npm install --no-audit --no-fund']);
  });

  it('needs no system package: it calls npm and nothing that installs from elsewhere', () => {
    const { code, calls } = runCi();
    expect(code).toBe(0);
    expect(calls.filter((call) => !call.startsWith('npm '))).toEqual([]);
  });
});
