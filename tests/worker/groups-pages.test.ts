import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { QUIZ, budgetLeaving, call, expectedLogs, quiz, testEnv, untilRefused } from './helpers.ts';
import { createGroup, keyOf, takeIn } from './groups-support.ts';
import { knownTakes, visibleText } from './results-support.ts';

const form = (fields: Record<string, string>, ip = '203.0.113.40') => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': ip },
  body: new URLSearchParams(fields).toString(),
});
const OFF = { RATE_LIMIT: 'off' };

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The value of the read-only field with this id on a page. */
function field(html: string, id: string): string {
  const m = new RegExp(`<input id="${id}" type="text" readonly="" value="([^"]*)"`).exec(html);
  return (m?.[1] ?? '').replace(/&amp;/g, '&');
}

/** No figure at all: no numbers panel, chart or table. */
function expectNoFigures(html: string) {
  expect(html).not.toContain('data-figure');
  expect(html).not.toContain('<svg');
  expect(html).not.toContain('<table');
}

afterEach(() => reset());

describe('creating a group from the results page', () => {
  it('offers a "Create a class group" form on the quiz’s results page, but not when the page is framed', async () => {
    const html = await (await call(`/results/${QUIZ}?lang=es`)).text();
    expect(html).toContain('Crear un grupo de clase');
    expect(html).toContain(`<form method="post" action="/results/${QUIZ}/groups?lang=es">`);
    expect(html).toMatch(
      /<label for="group-name">[^<]+<\/label><input id="group-name" name="name" type="text" maxlength="60"/,
    );
    expect(await (await call(`/results/${QUIZ}?embed=1`)).text()).not.toContain('group-name');
  });

  it('answers the form with the new group, shown once: code, class link, embeds and the results link with its warning', async () => {
    const res = await call(`/results/${QUIZ}/groups?lang=en`, form({ name: 'Period 3' }), OFF);
    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    const html = await res.text();
    const code = /<p class="join-code" data-figure="join_code">([A-Z0-9]{6})<\/p>/.exec(html)?.[1] ?? '';
    expect(code).not.toBe('');
    const classLink = field(html, 'class-link');
    const results = field(html, 'results-link');
    expect(classLink).toBe(`http://localhost/embed/${QUIZ}?group=${code}`);
    expect(results).toMatch(new RegExp(`^http://localhost/results/${QUIZ}/groups/${code}\\?key=[\\w-]{43}$`));
    expect(html).toContain('Keep this link now: it is shown only once.');
    expect(html).toContain(`data-group=&quot;${code}&quot;`);
    // The copy buttons' script is the page's only script, allowed by its hash.
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`script-src ${await sha256(scripts[0] ?? '')}`);
    expect(csp).not.toContain('unsafe-inline');
    // Each Copy button is named by its own word and its field's label: "Copy Class link", not five "Copy"s.
    expect(html).toMatch(
      /<button type="button" id="results-link-copy" aria-labelledby="results-link-copy results-link-label" data-copy="results-link" data-done="Copied" hidden="">Copy<\/button>/,
    );
    for (const id of ['results-link', 'class-link', 'embed-script', 'embed-placeholder', 'embed-iframe']) {
      expect(html).toContain(`<label for="${id}" id="${id}-label">`);
      expect(html).toContain(`aria-labelledby="${id}-copy ${id}-label"`);
    }
    // How long the group lasts, said where the teacher first sees it.
    expect(visibleText(html)).toMatch(/This group and its results link last until \d{1,2} \w+ \d{4}\./);

    // The link opens the group's page; it is the only place the secret was ever shown.
    const page = await call(new URL(results).pathname + new URL(results).search);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Group ${code}`);
  });

  it('refuses the form past the daily write budget with a page that says so', async () => {
    const env = { ...(await budgetLeaving(1)), RATE_LIMIT: 'on' };
    expect((await call(`/results/${QUIZ}/groups`, form({}, '192.0.2.50'), env)).status).toBe(201);
    const refused = await call(`/results/${QUIZ}/groups`, form({}, '192.0.2.50'), env);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(refused.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(visibleText(await refused.text())).toContain(
      'This site has saved as many changes today as one day allows, so the group was not made. Please try again tomorrow',
    );
    // The Spanish form is refused in Spanish: the API's English message is for developers.
    const es = await call(`/results/${QUIZ}/groups?lang=es`, form({}, '192.0.2.50'), env);
    expect(es.status).toBe(429);
    const text = visibleText(await es.text());
    expect(text).toContain('Espera antes de volver a intentarlo');
    expect(text).toContain('Vuelve a intentarlo mañana (después de la medianoche UTC)');
    expect(text).not.toMatch(/groups|site|Please/);
  });

  it('answers the per-minute brake on both group forms with a page in the page’s language, not JSON', async () => {
    const ip = '192.0.2.77';
    const env = { RATE_LIMIT: 'on' };
    const attempt = () =>
      call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST', headers: { 'CF-Connecting-IP': ip } }, env);
    expect((await untilRefused(attempt, 120)).refused?.status).toBe(429);
    for (const path of [`/results/${QUIZ}/groups?lang=es`, `/results/${QUIZ}/groups/CFHJKM/key?lang=es`]) {
      const refused = await call(path, form({ name: 'x', key: 'y' }, ip), env);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toBe('60');
      expect(refused.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(visibleText(await refused.text())).toContain(
        'Demasiadas solicitudes desde tu red. Espera un minuto y vuelve a intentarlo.',
      );
    }
  });

  it('says in the page’s language when the site cannot make groups yet (no ATTEMPT_SECRET)', async () => {
    const logged = expectedLogs();
    const refused = await call(`/results/${QUIZ}/groups?lang=es`, form({}), {
      LOCAL_DEV: undefined,
      ATTEMPT_SECRET: undefined,
    });
    expect(refused.status).toBe(503);
    // Said once per isolate (warnOnce): whatever this test logged is that line.
    expect(logged().filter((line) => !line.startsWith('[lateral] ATTEMPT_SECRET is not set'))).toEqual([]);
    expect(visibleText(await refused.text())).toContain(
      'Todavía no se pueden crear grupos en este sitio: no está configurado del todo.',
    );
  });

  it('says in the page’s language when the group’s name is too long', async () => {
    const refused = await call(`/results/${QUIZ}/groups?lang=es`, form({ name: 'x'.repeat(61) }), OFF);
    expect(refused.status).toBe(400);
    const text = visibleText(await refused.text());
    expect(text).toContain('El nombre de un grupo puede tener como máximo 60 caracteres.');
    expect(text).not.toContain('Field');
  });
});

describe('a group’s results page', () => {
  it('shows the group’s figures with everyone’s beside each, and links that keep the key', async () => {
    const created = await createGroup({ name: 'Period 3' });
    const { code } = created.group;
    const key = keyOf(created);
    const takes = knownTakes(22);
    for (const t of takes.slice(0, 11)) await takeIn(code, t);
    for (const t of takes.slice(11)) await takeIn(undefined, t);
    const res = await call(`/results/${QUIZ}/groups/${code.toLowerCase()}?key=${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toContain(`Group ${code}Period 3`);
    expect(text).toContain('Takes11everyone 22');
    expect(text).toMatch(/your class \d+%, everyone \d+%/);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain(`href="?lang=es&amp;key=${key}"`);
    expect(html).toContain(`/api/quizzes/${QUIZ}/groups/${code}/results.csv?key=${key}&amp;lang=en`);
    expect(html).toContain(`/api/quizzes/${QUIZ}/groups/${code}/results?key=${key}`);
    expect(html).toContain('Replace this results link');
    expect(html).not.toContain('<script');
    // Each question's headline says the class's share and everyone's.
    const first = quiz.questions[0]?.id;
    expect(html).toMatch(
      new RegExp(`data-figure="everyone:question:${first}:percent_correct">your class \\d+%, everyone \\d+%`),
    );
    // Every table with shares has an Everyone column, the languages' too.
    for (const id of ['table-skills', 'table-languages']) {
      const table = new RegExp(`<table id="${id}"[\\s\\S]*?</thead>`).exec(html)?.[0] ?? '';
      expect(table, id).toContain('>Everyone</th>');
    }
  });

  it('puts the long "your class …, everyone …" values under their bars on a phone, so the bars keep their width', async () => {
    const created = await createGroup();
    for (const t of knownTakes(11)) await takeIn(created.group.code, t);
    const html = await (await call(`/results/${QUIZ}/groups/${created.group.code}?key=${keyOf(created)}`)).text();
    // Every chart of shares beside everyone's (skills, questions, languages) is marked, and the page's CSS stacks them.
    const charts = [...html.matchAll(/<div class="(bars[^"]*)" role="img"/g)].map((m) => m[1]);
    expect(charts.length).toBeGreaterThan(quiz.questions.length);
    expect(charts.every((c) => c?.split(' ').includes('bars-crowd'))).toBe(true);
    expect(html).toMatch(/@media \(max-width:480px\)\{\.bars-crowd\{grid-template-columns:minmax\(0,1fr\)\}/);
    // The quiz's own page has no everyone's figure beside its values: its bars stay as they were.
    expect(await (await call(`/results/${QUIZ}`)).text()).not.toContain('class="bars bars-crowd"');
  });

  it('shows counts of takes only below 10 takes in the group, and says why', async () => {
    const created = await createGroup();
    for (const t of knownTakes(4)) await takeIn(created.group.code, t);
    for (const t of knownTakes(12)) await takeIn(undefined, t);
    const html = await (await call(`/results/${QUIZ}/groups/${created.group.code}?key=${keyOf(created)}`)).text();
    const text = visibleText(html);
    expect(text).toContain(
      'figures for a question or a skill appear once it has 10 answers in the group (so far: 4), so that no student’s answers can be picked out',
    );
    expect(html).not.toContain('data-figure="question:');
    expect(html).not.toContain('table-skills');
  });

  it('refuses a wrong or replaced key (403), an unknown code (404) and an ended group (410), with no figure', async () => {
    const created = await createGroup();
    const { code } = created.group;
    await takeIn(code, knownTakes(1)[0] ?? { lang: 'en', answers: {} });
    const wrong = await call(`/results/${QUIZ}/groups/${code}?key=nope`);
    expect(wrong.status).toBe(403);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('This link does not open these results');
    expectNoFigures(wrongHtml);
    const unknown = await call(`/results/${QUIZ}/groups/CFHJKM?key=${keyOf(created)}`);
    expect(unknown.status).toBe(404);
    expectNoFigures(await unknown.text());

    // Replace the link through the page's form: the old one is refused from then on.
    const replaced = await call(`/results/${QUIZ}/groups/${code}/key?lang=en`, form({ key: keyOf(created) }), OFF);
    expect(replaced.status).toBe(201);
    const replacedHtml = await replaced.text();
    expect(replacedHtml).toContain('Here is the new results link');
    expect(visibleText(replacedHtml)).toContain('The old link no longer opens these results.');
    const fresh = new URL(field(replacedHtml, 'results-link')).searchParams.get('key');
    expect(fresh).not.toBe(keyOf(created));
    expect((await call(`/results/${QUIZ}/groups/${code}?key=${keyOf(created)}`)).status).toBe(403);
    expect((await call(`/results/${QUIZ}/groups/${code}?key=${fresh}`)).status).toBe(200);

    const stored = (await testEnv.SCORES.get(`v1:group:${code}`, 'json')) as Record<string, unknown>;
    await testEnv.SCORES.put(`v1:group:${code}`, JSON.stringify({ ...stored, expiresAt: '2026-01-05T00:00:00.000Z' }));
    const ended = await call(`/results/${QUIZ}/groups/${code}?key=${fresh}`);
    expect(ended.status).toBe(410);
    const endedHtml = await ended.text();
    expect(endedHtml).toContain('The group ended on 5 January 2026');
    expectNoFigures(endedHtml);
  });
});
