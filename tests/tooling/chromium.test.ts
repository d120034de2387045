// Which Chromium the browser runs start (scripts/chromium.ts), and that the one packed in npm renders a page.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumVersion, findChromium } from '../../scripts/chromium.ts';

const scratch = mkdtempSync(join(tmpdir(), 'lateral-chromium-test-'));
const present = join(scratch, 'present-chromium');
writeFileSync(present, '');
const absent = join(scratch, 'absent-chromium');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A machine with neither Debian's nor Playwright's Chromium unless a test says so. */
const bare = { env: {}, systemPath: absent, playwrightPath: absent };

describe('finding Chromium', () => {
  it('takes CHROMIUM_PATH first, even where a packaged or system Chromium is there', async () => {
    const found = await findChromium({
      ...bare,
      env: { CHROMIUM_PATH: present },
      platform: 'linux',
      arch: 'x64',
      systemPath: present,
    });
    expect(found.source).toBe('CHROMIUM_PATH');
    expect(found.launch.executablePath).toBe(present);
  });

  it('stops with a message naming CHROMIUM_PATH when it points at nothing, rather than testing another browser', async () => {
    await expect(findChromium({ ...bare, env: { CHROMIUM_PATH: absent }, systemPath: present })).rejects.toThrow(
      `CHROMIUM_PATH is ${absent}, which does not exist`,
    );
  });

  it('on Linux x64 takes the Chromium inside @sparticuz/chromium before /usr/bin/chromium', async () => {
    const found = await findChromium({ ...bare, platform: 'linux', arch: 'x64', systemPath: present });
    expect(found.source).toBe('@sparticuz/chromium');
    expect(found.launch.executablePath).toMatch(/node_modules\/\.cache\/lateral-chromium\/[\d.]+\/chromium$/);
    expect(found.launch.env?.FONTCONFIG_FILE).toMatch(/lateral-chromium\/[\d.]+\/fonts\.conf$/);
    expect(found.launch.env?.LD_LIBRARY_PATH).toMatch(/lateral-chromium\/[\d.]+\/al2023\/lib$/);
  });

  it('elsewhere takes the system Chromium, then Playwright’s own download', async () => {
    const mac = { ...bare, platform: 'darwin' as const, arch: 'arm64' };
    expect((await findChromium({ ...mac, systemPath: present })).source).toBe('system');
    expect((await findChromium({ ...mac, playwrightPath: present })).source).toBe('playwright');
    expect((await findChromium({ ...bare, platform: 'linux', arch: 'arm64', systemPath: present })).source).toBe(
      'system',
    );
  });

  it('says how to get one when there is none', async () => {
    await expect(findChromium({ ...bare, platform: 'win32', arch: 'x64' })).rejects.toThrow(
      /Set CHROMIUM_PATH .* or run `npx playwright-core install chromium`/,
    );
  });
});

describe('the packaged Chromium', () => {
  it('launches through playwright-core with only its own fonts and libraries, and renders a page', async () => {
    // The real environment less anything that could point at a system browser.
    const { CHROMIUM_PATH: _, ...env } = process.env;
    const found = await findChromium({ env, platform: 'linux', arch: 'x64', systemPath: absent });
    expect(chromiumVersion(found)).toMatch(/^Chromium \d+\.\d+\.\d+\.\d+, @sparticuz\/chromium$/);
    const browser = await chromium.launch(found.launch);
    try {
      const page = await browser.newPage();
      await page.setContent('<p style="font: 16px sans-serif">¿Qué dijo Sheinbaum?</p>');
      // The text was drawn with the packaged font, whatever fonts this machine has.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'p' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((f) => f.familyName)).toEqual(['Open Sans']);
      expect(fonts[0]?.glyphCount).toBe('¿Qué dijo Sheinbaum?'.length);
    } finally {
      await browser.close();
    }
  });
});
