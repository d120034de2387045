// Which Chromium every browser run here starts (the e2e suite, the widget benchmark), and how.

import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type LaunchOptions, chromium } from 'playwright-core';

const ROOT = new URL('../', import.meta.url).pathname;
/** Debian's `chromium` package installs it here. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless on a closed network: without the background-networking flags Chromium keeps dialling
 * Google's hosts. Wrangler listens on IPv4 only, so "localhost" must not resolve to ::1.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP localhost 127.0.0.1',
];

export type FoundChromium = {
  /** Where it came from, for messages and the bench report. */
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'system' | 'playwright';
  /** What `chromium.launch()` / `launchServer()` take. */
  launch: LaunchOptions & { executablePath: string };
};

export type Machine = {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  /** Debian's Chromium. */
  systemPath: string;
  /** Where `npx playwright-core install chromium` puts Playwright's own build. */
  playwrightPath: string;
};

const here = (): Machine => ({
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  systemPath: SYSTEM_CHROMIUM,
  playwrightPath: chromium.executablePath(),
});

/**
 * In order: the path in CHROMIUM_PATH (which must exist: a wrong path stops the run rather than
 * testing another browser); on Linux x64 the Chromium packed inside @sparticuz/chromium, so a bare
 * machine needs no system package; Debian's /usr/bin/chromium; Playwright's own download
 * (`npx playwright-core install chromium`, the way on macOS and Windows).
 */
export async function findChromium(machine: Partial<Machine> = {}): Promise<FoundChromium> {
  const { env, platform, arch, systemPath, playwrightPath } = { ...here(), ...machine };
  const launch = (executablePath: string, extraEnv: Record<string, string> = {}) => ({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...env, ...extraEnv },
  });
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`[chromium] CHROMIUM_PATH is ${wanted}, which does not exist.`);
    return { source: 'CHROMIUM_PATH', launch: launch(wanted) };
  }
  if (platform === 'linux' && arch === 'x64') {
    const dir = await unpackPackagedChromium();
    return { source: '@sparticuz/chromium', launch: launch(join(dir, 'chromium'), packagedEnv(dir, env)) };
  }
  if (existsSync(systemPath)) return { source: 'system', launch: launch(systemPath) };
  if (existsSync(playwrightPath)) return { source: 'playwright', launch: launch(playwrightPath) };
  throw new Error(
    `[chromium] no Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary, or run ` +
      '`npx playwright-core install chromium` (the build this project’s playwright-core expects).',
  );
}

/** The browser's own version line, e.g. "Chromium 153.0.8010.0", with where it came from. */
export function chromiumVersion(found: FoundChromium): string {
  try {
    // Debian's wrapper script complains on stderr; only the version line matters.
    const line = execFileSync(found.launch.executablePath, ['--version'], {
      encoding: 'utf8',
      env: found.launch.env,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')[0];
    return `${line || 'unknown'}, ${found.source}`;
  } catch {
    return `unknown, ${found.source}`;
  }
}

// The packaged Chromium: @sparticuz/chromium ships a headless Chromium for Linux x64 as brotli files
// (the browser, fonts, SwiftShader, and the NSS libraries a bare Amazon Linux lacks) that its
// `inflate` unpacks into the temporary directory. They are unpacked once per package version into
// node_modules/.cache, then renamed into place, so a run that dies half-way leaves nothing half-made.

const PACKED = ['chromium.br', 'fonts.tar.br', 'swiftshader.tar.br', 'al2023.tar.br'];

function packageDir(): string {
  // The package exports only its entry (build/index.js); its bin/ sits beside build/. (createRequire, as
  // vitest's module runner, which loads the e2e global setup, has no import.meta.resolve.)
  try {
    return dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
  } catch {
    throw new Error('[chromium] @sparticuz/chromium is not installed: run `npm install`, or set CHROMIUM_PATH.');
  }
}

async function unpackPackagedChromium(): Promise<string> {
  const pkg = packageDir();
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const cache = join(ROOT, 'node_modules/.cache/lateral-chromium');
  const dir = join(cache, version);
  if (existsSync(join(dir, 'chromium'))) return dir;

  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, `.${version}-`));
  try {
    const entry = join(pkg, 'build/index.js');
    const files = PACKED.map((f) => join(pkg, 'bin', f));
    // `inflate` writes to os.tmpdir(): a child process with its own TMPDIR keeps it inside staging.
    const script = `const { inflate } = await import(${JSON.stringify(entry)}); for (const f of ${JSON.stringify(files)}) await inflate(f);`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TMPDIR: staging },
    });
    // Only the packaged fonts, so text measures the same on every machine, with or without fonts of its own.
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${dir}/fonts</dir>\n  <cachedir>${dir}/fonts-cache</cachedir>\n</fontconfig>\n`,
    );
    renameSync(staging, dir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    // Another run unpacked the same version first: use that one.
    if (existsSync(join(dir, 'chromium'))) return dir;
    throw new Error(`[chromium] could not unpack @sparticuz/chromium ${version}: ${(err as Error).message}`);
  }
  for (const other of readdirSync(cache)) {
    if (other !== version && !other.startsWith('.')) rmSync(join(cache, other), { recursive: true, force: true });
  }
  return dir;
}

/** The packaged NSS libraries ahead of the system's, and the packaged fonts only. */
function packagedEnv(dir: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const libs = join(dir, 'al2023/lib');
  return {
    LD_LIBRARY_PATH: env.LD_LIBRARY_PATH ? `${libs}:${env.LD_LIBRARY_PATH}` : libs,
    FONTCONFIG_FILE: join(dir, 'fonts.conf'),
  };
}
