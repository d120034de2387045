// Issue 9 from the reader's side: refused takes still end with a score, Turnstile only when the quiz asks, late figures said.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { TURNSTILE_SCRIPT, type Turnstile } from '../../widget/later/turnstile.ts';
import { fakeApi, resultsFixture } from './fake-api.ts';
import { mountTest, owe, settle } from './harness.ts';

afterEach(() => {
  document.body.replaceChildren();
  window.turnstile = undefined;
  vi.restoreAllMocks();
});

const alertText = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent ?? '';

/** Right, wrong (multiple choice, one of two), right: the widget's own verdicts add up to 2 of 3. */
async function finishTake(api = fakeApi(), lang: 'en' | 'es' = 'en') {
  const w = await mountTest({ api, overrides: { lang } });
  await w.press(lang === 'en' ? 'Start the quiz' : 'Empezar el quiz');
  const labels = lang === 'en' ? ['Search the author', 'True'] : ['Buscar a la autora', 'Verdadero'];
  await w.pick('<img');
  for (const [i, label] of ['', ...labels].entries()) {
    if (label) await w.pick(label);
    await w.press(lang === 'en' ? 'Check answer' : 'Revisar respuesta');
    const next = lang === 'en' ? ['Next question', 'See my score'] : ['Siguiente pregunta', 'Ver mi resultado'];
    await w.press(next[i < 2 ? 0 : 1] ?? '');
  }
  return w;
}

describe('a finished take the server will not count', () => {
  it('too soon after the attempt: still shows the score from the widget’s own verdicts, with a plain note', async () => {
    const api = fakeApi();
    api.fail('submit', { status: 422, code: 'too_fast' });
    const w = await finishTake(api);
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
    expect(w.root.querySelector('.refused')?.textContent).toBe('This take was not added to the results.');
    const groups = [...w.root.querySelectorAll('.chips')].map((ul) => ul.textContent);
    expect(groups).toEqual(['Reading comprehension · 2 of 2', 'Lateral reading']);
    // Nothing to compare with, nothing to retry: no alert, no crowd, one submission.
    expect(w.root.querySelector('[role="alert"]')).toBeNull();
    expect(w.text()).not.toContain('How you compare');
    expect(w.api.callsTo('submit')).toHaveLength(1);
    expect(w.api.callsTo('results')).toHaveLength(0);
    expect(w.events.at(-1)?.detail).toEqual({ quizId: 'test-quiz', score: 2, total: 3 });
    expect(w.button('Retake the quiz')).toBeTruthy();
  });

  it('over the daily limit: the score and its own note, in English and in Spanish', async () => {
    const api = fakeApi();
    api.fail('submit', { status: 429, code: 'daily_limit' });
    const w = await finishTake(api);
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
    expect(w.root.querySelector('.refused')?.textContent).toBe(
      'This take was not recorded today (the daily limit was reached).',
    );
    const esApi = fakeApi();
    esApi.fail('submit', { status: 429, code: 'daily_limit' });
    const es = await finishTake(esApi, 'es');
    expect(es.root.querySelector('.end h2')?.textContent).toBe('2 de 3');
    expect(es.root.querySelector('.refused')?.textContent).toBe(
      'Este intento no se registró hoy (se alcanzó el límite diario).',
    );
    const tooFast = fakeApi();
    tooFast.fail('submit', { status: 422, code: 'too_fast' });
    const es2 = await finishTake(tooFast, 'es');
    expect(es2.root.querySelector('.refused')?.textContent).toBe('Este intento no se sumó a los resultados.');
  });

  it('still treats a plain 429 (rate limited) as busy, with a retry that keeps the token', async () => {
    const api = fakeApi();
    api.fail('submit', 429);
    const w = await finishTake(api);
    expect(alertText(w.root)).toContain('Wait a moment, then try again.');
    await w.press('Try again');
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
    expect(w.root.querySelector('.refused')).toBeNull();
    expect(new Set(w.api.callsTo('submit').map((c) => (c.body as { attempt: string }).attempt)).size).toBe(1);
  });
});

/**
 * Turnstile as the page would get it: nothing until the widget adds Cloudflare's script; then
 * `window.turnstile`, whose render answers through the callbacks as the test decides.
 */
function fakeTurnstile(answers: ('token' | 'error')[] = ['token']) {
  const scripts: string[] = [];
  const rendered: { box: HTMLElement; options: Parameters<Turnstile['render']>[1] }[] = [];
  const removed: string[] = [];
  let tokens = 0;
  const turnstile: Turnstile = {
    render(box, options) {
      rendered.push({ box, options });
      const answer = answers.shift() ?? 'token';
      // Later, as the real one answers; settle() waits for the answer it owes.
      owe(
        new Promise<void>((answered) =>
          setTimeout(() => {
            if (answer === 'token') options.callback(`ts-${++tokens}`);
            else options['error-callback']();
            answered();
          }),
        ),
      );
      return `widget-${rendered.length}`;
    },
    remove: (id) => void removed.push(id),
  };
  const append = document.head.append.bind(document.head);
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes) {
      if (node instanceof HTMLScriptElement && node.src.startsWith('https://challenges.cloudflare.com/')) {
        scripts.push(node.src);
        window.turnstile = turnstile;
      }
    }
    append(...nodes);
  });
  return { scripts, rendered, removed };
}

const challenge = { turnstileSiteKey: '0x4AAAAAAAtest' };

describe('Turnstile', () => {
  it('is never fetched for a quiz without a challenge', async () => {
    const ts = fakeTurnstile();
    const w = await finishTake();
    expect(ts.scripts).toEqual([]);
    expect(w.api.callsTo('attempt')[0]?.body).toBeUndefined();
  });

  it('is fetched at Start when the quiz carries a challenge, drawn in the widget, and its token goes with the attempt', async () => {
    const ts = fakeTurnstile();
    const api = fakeApi({ extras: { challenge } });
    const w = await mountTest({ api });
    expect(ts.scripts).toEqual([]);
    await w.press('Start the quiz');
    await settle();
    expect(ts.scripts).toEqual([TURNSTILE_SCRIPT]);
    expect(ts.rendered).toHaveLength(1);
    const [{ box, options }] = ts.rendered as [(typeof ts.rendered)[number]];
    expect(w.root.contains(box)).toBe(true);
    expect(options).toMatchObject({ sitekey: challenge.turnstileSiteKey, appearance: 'interaction-only' });
    expect(options).toMatchObject({ language: 'en', theme: 'auto' });
    expect(w.api.callsTo('attempt').map((c) => c.body)).toEqual([{ turnstile: 'ts-1' }]);
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
    expect(w.api.callsTo('submit')[0]?.body).toMatchObject({ attempt: 'token-1' });
  });

  it('offers a retry when the challenge fails, which runs a fresh challenge and then saves the score', async () => {
    // The challenge fails at Start, and again when the reader finishes; the reader's retry passes it.
    const ts = fakeTurnstile(['error', 'error', 'token']);
    const api = fakeApi({ extras: { challenge } });
    const w = await mountTest({ api });
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    await settle();
    expect(alertText(w.root)).toContain("We couldn't confirm that a person is taking this quiz.");
    expect(w.api.callsTo('submit')).toHaveLength(0);
    await w.press('Try again');
    await settle();
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
    expect(w.api.callsTo('attempt').map((c) => c.body)).toEqual([{ turnstile: 'ts-1' }]);
    // Each challenge is drawn fresh, the one before removed.
    expect(ts.rendered).toHaveLength(3);
    expect(ts.removed).toEqual(['widget-1', 'widget-2']);
  });

  it('offers the same retry when the Worker refuses the token (403 challenge_failed), in Spanish too', async () => {
    fakeTurnstile();
    const api = fakeApi({ extras: { challenge } });
    api.fail('attempt', { status: 403, code: 'challenge_failed' }, { status: 403, code: 'challenge_failed' });
    const w = await mountTest({ api, overrides: { lang: 'es' } });
    await w.press('Empezar el quiz');
    for (const [i, choice] of ['<img', 'Buscar a la autora', 'Verdadero'].entries()) {
      await w.pick(choice);
      await w.press('Revisar respuesta');
      await w.press(i < 2 ? 'Siguiente pregunta' : 'Ver mi resultado');
    }
    await settle();
    expect(alertText(w.root)).toContain('No pudimos confirmar que una persona está respondiendo el quiz.');
    await w.press('Reintentar');
    await settle();
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 de 3');
    expect(w.api.callsTo('attempt').map((c) => c.body)).toEqual([
      { turnstile: 'ts-1' },
      { turnstile: 'ts-2' },
      { turnstile: 'ts-3' },
    ]);
  });

  it('says so when Turnstile cannot load at all (blocked), and tries again on the retry', async () => {
    const api = fakeApi({ extras: { challenge } });
    // No fake: the script "loads" (happy-dom fetches nothing) but defines no window.turnstile.
    const w = await mountTest({ api });
    await w.press('Start the quiz');
    await w.answer(['<img'], ['Search the author'], ['True']);
    await w.press('See my score');
    await settle();
    expect(alertText(w.root)).toContain("We couldn't confirm that a person is taking this quiz.");
    expect(w.api.callsTo('attempt')).toHaveLength(0);
    fakeTurnstile();
    await w.press('Try again');
    await settle();
    expect(w.root.querySelector('.end h2')?.textContent).toBe('2 of 3');
  });
});

describe('crowd figures that run late', () => {
  it('says the figures are behind, by how much when the Worker says', async () => {
    const api = fakeApi();
    api.results = resultsFixture({ stale: true, rollupLagSeconds: 600 });
    const w = await finishTake(api);
    expect(w.root.querySelector('.delayed')?.textContent).toBe(
      "Other readers' figures are about 10 minutes behind: the latest takes are not in them yet.",
    );
    const es = fakeApi();
    es.results = resultsFixture({ stale: true });
    const w2 = await finishTake(es, 'es');
    expect(w2.root.querySelector('.delayed')?.textContent).toBe(
      'Las cifras de los demás van con retraso: los intentos más recientes aún no aparecen.',
    );
  });

  it('says nothing of delay when the figures are fresh', async () => {
    const w = await finishTake();
    expect(w.root.querySelector('.histo')).not.toBeNull();
    expect(w.root.querySelector('.delayed')).toBeNull();
  });
});
