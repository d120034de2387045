// Class groups on the reader's side (issue 15): the code a site gives, the code a reader types, and the attempt.

import { describe, expect, it } from 'vitest';
import { quizEmbedOptions, readEmbedOptions } from '../../contract/embed-options.ts';
import { configFromAttributes, configFromOptions } from '../../widget/core/config.ts';
import { fakeApi, ORIGIN } from './fake-api.ts';
import { mountTest, settle } from './harness.ts';

/** The fake API, plus the group lookup: K7MW3R is a group of this quiz, WXY379 has ended, anything else is unknown. */
function apiWithGroups() {
  const api = fakeApi();
  const inner = api.fetch;
  const lookups: string[] = [];
  api.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const m = /\/groups\/([^/]+)$/.exec(url.pathname);
    if (!m) return inner(input, init);
    const typed = decodeURIComponent(m[1] ?? '');
    lookups.push(typed);
    const code = typed.replace(/[\s.-]/g, '').toUpperCase();
    const answer = (body: unknown, status: number) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (code === 'K7MW3R') {
      return answer({ code, quizId: 'q', createdAt: '2026-11-29T00:00:00Z', expiresAt: '2027-05-28T00:00:00Z' }, 200);
    }
    if (code === 'WXY379') return answer({ error: { code: 'group_expired', message: 'ended' } }, 410);
    return answer({ error: { code: 'group_not_found', message: 'no such group' } }, 404);
  }) as typeof fetch;
  return Object.assign(api, { lookups });
}

const attemptUrls = (api: ReturnType<typeof fakeApi>) => api.callsTo('attempt').map((c) => new URL(c.url).search);

describe('a class group given by the site (data-group, ?group=, Lateral.mount)', () => {
  it('reads the code through the one options parser, for attributes, mount() and the iframe page', () => {
    const div = document.createElement('div');
    div.setAttribute('data-lateral-quiz', 'q');
    div.setAttribute('data-group', 'k7m 2qx');
    expect(configFromAttributes(div.dataset, {}, ORIGIN)?.group).toBe('k7m 2qx');
    expect(configFromOptions({ quiz: 'q', group: 'K7MW3R' }, ORIGIN).group).toBe('K7MW3R');
    expect(() => configFromOptions({ quiz: 'q', group: 42 }, ORIGIN)).toThrow('[lateral] options.group must be');
    expect(readEmbedOptions((k) => ({ group: 'K7MW3R' })[k as string])).toEqual({ group: 'K7MW3R' });
    // Pages about a quiz write a code the one way codes are stored, and drop what cannot be typed for one.
    expect(quizEmbedOptions((k) => ({ group: 'k7m-w3r' })[k as string])).toEqual({ group: 'K7MW3R' });
    expect(quizEmbedOptions((k) => ({ group: '"><script>' })[k as string])).toEqual({});
  });

  it('says "You’re taking this with group CODE" and asks for the attempt in that group', async () => {
    const api = apiWithGroups();
    const w = await mountTest({ api, overrides: { group: 'k7m w3r' } });
    expect(w.root.querySelector('.grp[role="status"]')?.textContent).toBe("You're taking this with group K7MW3R.");
    expect(api.lookups).toEqual(['K7MW3R']);
    expect(w.buttons().map((b) => b.textContent)).not.toContain('Have a class code?');
    await w.press('Start the quiz');
    expect(attemptUrls(api)).toEqual(['?group=K7MW3R']);
  });

  it('says plainly when the code is no group (or has ended), and the quiz runs without one', async () => {
    for (const [given, lang, said] of [
      ['ZZ99', 'en', 'There is no group ZZ99 for this quiz, or it has ended.'],
      ['WXY379', 'es', 'No hay ningún grupo WXY379 en este quiz, o ya terminó.'],
    ] as const) {
      const api = apiWithGroups();
      const w = await mountTest({ api, overrides: { group: given, lang } });
      expect(w.root.querySelector('.grp [role="alert"]')?.textContent).toContain(said);
      await w.press(lang === 'en' ? 'Start the quiz' : 'Empezar el quiz');
      expect(attemptUrls(api)).toEqual(['']);
      expect(w.root.querySelector('.prompt, h2')?.textContent).toBeTruthy();
    }
  });

  it('takes the quiz without the group when the group ends between the lookup and Start', async () => {
    const api = apiWithGroups();
    api.fail('attempt', { status: 410, code: 'group_expired' });
    const w = await mountTest({ api, overrides: { group: 'K7MW3R' } });
    await w.press('Start the quiz');
    expect(attemptUrls(api)).toEqual(['?group=K7MW3R', '']);
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
    expect(api.callsTo('submit')[0]?.body).toMatchObject({ attempt: 'token-1' });
  });
});

describe('a class code typed by the reader', () => {
  it('is behind a collapsed "Have a class code?" that opens a labelled field', async () => {
    const api = apiWithGroups();
    const w = await mountTest({ api });
    expect(w.root.querySelector('#lt-code')).toBeNull();
    await w.press('Have a class code?');
    const input = w.root.querySelector<HTMLInputElement>('#lt-code');
    expect(input).not.toBeNull();
    expect(w.root.querySelector('label[for="lt-code"]')?.textContent).toBe('Class code');
    expect(input?.getAttribute('aria-describedby')).toBe('lt-code-note');
    expect(w.root.activeElement).toBe(input);
  });

  it('says when a typed code is no group, then joins the right one whatever its case and spaces', async () => {
    const api = apiWithGroups();
    const w = await mountTest({ api });
    await w.press('Have a class code?');
    const type = async (text: string) => {
      const input = w.root.querySelector<HTMLInputElement>('#lt-code');
      if (!input) throw new Error('no code field');
      input.value = text;
      await w.press('Use this code');
    };
    await type('cfh jkm');
    expect(w.root.querySelector('#lt-code-note')?.textContent).toContain('There is no group CFHJKM');
    expect(w.root.querySelector('#lt-code')?.getAttribute('aria-invalid')).toBe('true');
    await type('k7m w3r');
    expect(w.text()).toContain("You're taking this with group K7MW3R.");
    // The field that had focus is gone: the line saying so takes it, not the top of the host page.
    expect(w.root.activeElement).toBe(w.root.querySelector('.grp[role="status"]'));
    expect(api.lookups).toEqual(['CFHJKM', 'K7MW3R']);
    await w.press('Start the quiz');
    expect(attemptUrls(api)).toEqual(['?group=K7MW3R']);
  });

  it('keeps a group across a retake', async () => {
    const api = apiWithGroups();
    const w = await mountTest({ api, overrides: { group: 'K7MW3R' } });
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    await w.press('Retake the quiz');
    await settle();
    expect(attemptUrls(api)).toEqual(['?group=K7MW3R', '?group=K7MW3R']);
  });
});
