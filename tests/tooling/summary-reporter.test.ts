// The closing line CI reads (tests/summary-reporter.ts) counts every way a run can fail, not only failed tests.

import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/summary/', import.meta.url).pathname;

/** Runs vitest over the fixture files whose names contain one of `filters`, as `npm test` would run ours. */
function runFixtures(...filters: string[]): Promise<{ code: number; lines: string[] }> {
  return runVitest('vitest.config.ts', filters);
}

function runVitest(config: string, filters: string[] = []): Promise<{ code: number; lines: string[] }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`${ROOT}node_modules/vitest/vitest.mjs`, 'run', '--config', `${FIXTURES}${config}`, ...filters],
      { cwd: ROOT, env: { ...process.env, CI: 'true', NO_COLOR: '1' } },
      (error, stdout) => resolve({ code: error ? Number(error.code) : 0, lines: stdout.trim().split('\n') }),
    );
  });
}

describe('the summary line', () => {
  it('counts a file that fails to load, a failed setup hook and an unhandled error as failures', async () => {
    const { code, lines } = await runFixtures();
    // passes and leaves-a-rejection pass; fails, throws-on-import, hook-fails and the stray rejection fail;
    // the test behind the failed hook never ran.
    expect(lines.at(-1)).toBe('Tests: 2 passed, 4 failed, 1 skipped');
    expect(code).toBe(1);
  });

  it('counts a file that fails to load as one failure', async () => {
    const { code, lines } = await runFixtures('passes', 'throws-on-import');
    expect(lines.at(-1)).toBe('Tests: 1 passed, 1 failed');
    expect(code).toBe(1);
  });

  it('counts a global setup that stops the run (the e2e setup without a browser) as a failure', async () => {
    const { code, lines } = await runVitest('vitest.setup-fails.config.ts');
    expect(lines).toContain('Tests: 0 passed, 1 failed');
    expect(code).toBe(1);
  });

  it('keeps the exact form .ci/run parses when everything passes', async () => {
    const { code, lines } = await runFixtures('passes');
    expect(lines.at(-1)).toBe('Tests: 1 passed, 0 failed');
    expect(code).toBe(0);
  });
});
