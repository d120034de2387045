// .ci/run keeps the guard rails in CI (types, format, lint, size budget, the suite) and installs nothing outside npm.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../.ci/run', import.meta.url).pathname;
const lines = readFileSync(SCRIPT, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('.ci/run', () => {
  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n', SCRIPT])).not.toThrow();
  });

  it('runs every guard rail before the suite: typecheck, format check, lint and the size budget', () => {
    const at = (command: string) => lines.indexOf(command);
    for (const command of ['npm run typecheck', 'npm run format:check', 'npm run lint', 'npm run size']) {
      expect(at(command), command).toBeGreaterThan(-1);
      expect(at(command), command).toBeLessThan(lines.findIndex((line) => line.startsWith('npm test')));
    }
  });

  it('needs no system package: no apt-get, the browser comes from npm', () => {
    expect(lines.filter((line) => /\bapt(-get)?\b/.test(line))).toEqual([]);
  });
});
