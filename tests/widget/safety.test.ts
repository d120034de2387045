// Quiz text is data, never markup; links only to the web; styles that a strict CSP allows; nothing sent but answers.

import { afterEach, expect, it } from 'vitest';
import { httpUrl } from '../../widget/shared/safe-url.ts';
import { HOSTILE_TEXT } from './fake-api.ts';
import { mountTest } from './harness.ts';

afterEach(() => document.body.replaceChildren());

it('renders a choice that looks like HTML as text, creating no element', async () => {
  const w = await mountTest();
  await w.press('Start the quiz');
  expect(w.root.querySelector('img')).toBeNull();
  expect([...w.root.querySelectorAll('label .body')].map((b) => b.textContent)).toContain(HOSTILE_TEXT);
});

it('shows a javascript: source as plain text, not as a link', async () => {
  const w = await mountTest();
  await w.press('Start the quiz');
  await w.answer(['That troops entered']);
  const items = [...w.root.querySelectorAll('.sources li')];
  expect(items[1]?.textContent).toBe('Sneaky link');
  expect(items[1]?.querySelector('a')).toBeNull();
  expect(w.root.querySelector('a[href^="javascript"]')).toBeNull();
});

it('accepts only http and https addresses as links', () => {
  expect(httpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
  expect(httpUrl('http://example.org')).toBe('http://example.org/');
  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil',
    'not a url',
    42,
  ]) {
    expect(httpUrl(bad), String(bad)).toBeNull();
  }
});

it('styles itself with an adopted stylesheet inside an open shadow root, with no <style> or style="" a CSP would block', async () => {
  const w = await mountTest();
  await w.press('Start the quiz');
  expect(w.host.shadowRoot?.mode).toBe('open');
  expect(w.root.adoptedStyleSheets.length).toBe(1);
  expect(w.root.querySelector('style')).toBeNull();
  expect(document.querySelector('style')).toBeNull();
  // Preact sets style objects through the CSSOM (element.style.width), which CSP does not restrict.
  expect(w.root.querySelector('.bar i')?.getAttribute('style')).toContain('width');
  await w.pick('That troops entered');
  await w.press('Check answer');
  expect(w.root.adoptedStyleSheets.length).toBe(1);
  const css = [...(w.root.adoptedStyleSheets[0]?.cssRules ?? [])].map((r) => r.cssText).join('\n');
  expect(css).toContain('.fb');
  expect(css).toContain(':host');
});

it('sends no cookies (the default credentials mode, as the script tag’s crossorigin), only text/plain bodies (no CORS preflight), and nothing but the answers and language', async () => {
  const w = await mountTest();
  await w.press('Start the quiz');
  await w.answer(['<img'], ['Search the author'], ['True']);
  await w.press('See my score');
  for (const call of w.api.calls) {
    // Not `omit`: it would split the API from the script's connection and never match the preload (issue 26).
    // The default, same-origin, sends no cookie to the API's origin, which is another site.
    expect(call.init.credentials).toBeUndefined();
    if (call.method === 'POST' && call.init.body !== undefined) {
      expect(call.init.headers).toEqual({ 'Content-Type': 'text/plain' });
    }
  }
  expect(Object.keys(w.api.callsTo('submit')[0]?.body as object).sort()).toEqual(['answers', 'attempt', 'lang']);
  expect(document.cookie).toBe('');
  expect(localStorage.length + sessionStorage.length).toBe(0);
});
