import { describe, expect, it } from 'vitest';
import { QUIZ, call, quiz } from './helpers.ts';

const ORIGIN = 'http://localhost';

describe('GET /embed/:quizId', () => {
  it('serves a page that hosts the widget in frame mode, titled with the quiz', async () => {
    const res = await call(`/embed/${QUIZ}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain(`<title>${quiz.title.en}</title>`.replace(/'/g, '&#39;'));
    expect(page).toMatch(new RegExp(`<div data-lateral-quiz="${QUIZ}" data-frame=""[^>]*></div>`));
    // A class group's class link opens this page on its own: the quiz is the page's main content, for screen readers.
    expect(page).toMatch(
      new RegExp(
        `<main aria-label="[^"]+">\\n<div data-lateral-quiz="${QUIZ}"[^>]*></div>\\n<noscript>.*</noscript>\\n</main>`,
      ),
    );
    expect(page).toContain(`<script src="${ORIGIN}/embed.js" crossorigin async></script>`);
    expect(page).toContain(`<link rel="stylesheet" href="${ORIGIN}/pages/frame.css">`);
    // The page asks for question 1 while embed.js comes, at the address the widget fetches first (issue 26).
    expect(page).toContain(
      `<link rel="preload" as="fetch" crossorigin href="${ORIGIN}/api/quizzes/${QUIZ}?lang=en&amp;questions=1">`,
    );
    const es = await (await call(`/embed/${QUIZ}?lang=es`)).text();
    expect(es).toContain(`href="${ORIGIN}/api/quizzes/${QUIZ}?lang=es&amp;questions=1"`);
    const results = await (await call(`/embed/${QUIZ}?view=results`)).text();
    expect(results).not.toContain('rel="preload"');
  });

  it('may be framed by any site and loaded cross-origin', async () => {
    const res = await call(`/embed/${QUIZ}`);
    expect(res.headers.has('X-Frame-Options')).toBe(false);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.has('Set-Cookie')).toBe(false);
  });

  it('allows no inline script or style, only files from its own origin', async () => {
    const csp = (await call(`/embed/${QUIZ}`)).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).toContain(`script-src 'self' ${ORIGIN}`);
    expect(csp).toContain(`style-src 'self' ${ORIGIN}`);
    expect(csp).toContain(`connect-src 'self' ${ORIGIN}`);
    expect(csp).toContain(`frame-src 'self' ${ORIGIN}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const page = await (await call(`/embed/${QUIZ}`)).text();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|<[a-z][^>]*\sstyle=/);
  });

  it('advertises its oEmbed endpoint for the plain embed address', async () => {
    const page = await (await call(`/embed/${QUIZ}?lang=es&theme=dark`)).text();
    const href = `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/embed/${QUIZ}`)}&amp;format=json`;
    expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${href}"`);
  });

  it('passes valid lang, theme, accent and view options to the widget', async () => {
    const page = await (await call(`/embed/${QUIZ}?lang=es&theme=dark&accent=%23A0522D&view=results`)).text();
    expect(page).toContain('<html lang="es">');
    expect(page).toContain(`<title>${quiz.title.es}</title>`);
    expect(page).toContain('data-lang="es" data-theme="dark" data-accent="#A0522D" data-view="results"');
    expect(page).toContain('Este cuestionario necesita JavaScript.');
  });

  it('drops hostile or unknown option values instead of echoing them', async () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    const res = await call(`/embed/${QUIZ}?lang=${hostile}&theme=${hostile}&accent=${hostile}&view=${hostile}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toContain('alert(1)');
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(new RegExp(`<div data-lateral-quiz="${QUIZ}" data-frame=""></div>`));
  });

  it('rejects an accent that is not a CSS colour, and a language the quiz lacks', async () => {
    const page = await (
      await call(`/embed/${QUIZ}?accent=${encodeURIComponent('url(//evil.example/x)')}&lang=fr&theme=neon`)
    ).text();
    expect(page).not.toMatch(/data-accent|data-lang|data-theme/);
  });

  it('takes the accent by the same rule as the script tag and Lateral.mount: any CSS colour a site writes', async () => {
    for (const accent of ['red', 'rgb(10 125 90 / 80%)', '#0a7d5a']) {
      const page = await (await call(`/embed/${QUIZ}?accent=${encodeURIComponent(accent)}`)).text();
      expect(page, accent).toContain(`data-accent="${accent}"`);
    }
  });

  it('answers an unknown quiz with a readable, frameable 404 page that escapes the id', async () => {
    const res = await call(`/embed/${encodeURIComponent('<img src=x onerror=alert(1)>')}?lang=es`);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.has('X-Frame-Options')).toBe(false);
    const page = await res.text();
    expect(page).toContain('Cuestionario no encontrado');
    expect(page).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(page).not.toContain('<img');
  });
});

describe('GET /', () => {
  it('is a demo article that embeds the quiz by script tag and by iframe, with the request origin', async () => {
    const res = await call('/', { headers: { Host: 'quiz.example.org' } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h2 id="article-heading">The article</h2>');
    expect(page).toContain('This is our summary, not the article.');
    expect(page).toContain(quiz.source.publisher);
    // The demo embeds with the very snippet it offers for copying, preload and all.
    expect(page).toContain(
      `<link rel="preload" as="fetch" crossorigin href="${ORIGIN}/api/quizzes/${QUIZ}?lang=en&amp;questions=1">` +
        `<script src="${ORIGIN}/embed.js" crossorigin data-quiz="${QUIZ}" data-lang="en" async></script>`,
    );
    expect(page).toMatch(new RegExp(`<iframe src="${ORIGIN}/embed/${QUIZ}"[^>]*data-lateral-frame></iframe>`));
    expect(page).toContain(`href="/results/${QUIZ}"`);
  });

  it('shows the four embed codes filled in with the origin it was asked on', async () => {
    const origin = 'https://quiz.example.org';
    const page = await (await call(`${origin}/`)).text();
    // One line to paste: question 1 preloaded, the script in the same credentials mode (issue 26).
    expect(page).toContain(
      `&lt;link rel=&quot;preload&quot; as=&quot;fetch&quot; crossorigin href=&quot;${origin}/api/quizzes/${QUIZ}?lang=en&amp;amp;questions=1&quot;&gt;` +
        `&lt;script src=&quot;${origin}/embed.js&quot; crossorigin data-quiz=&quot;${QUIZ}&quot; data-lang=&quot;en&quot; async&gt;&lt;/script&gt;`,
    );
    expect(page).toContain(`&lt;div data-lateral-quiz=&quot;${QUIZ}&quot; data-lang=&quot;en&quot;&gt;&lt;/div&gt;`);
    expect(page).toContain(`&lt;iframe src=&quot;${origin}/embed/${QUIZ}&quot;`);
    expect(page).toContain(`<code id="snippet-url">${origin}/embed/${QUIZ}</code>`);
    expect(page).not.toContain('localhost');
  });

  it('lets the widget on our own pages run a Turnstile check when it is on: Cloudflare’s challenge origin for scripts and frames only', async () => {
    const turnstile = { TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET: 'secret' };
    for (const path of ['/', `/embed/${QUIZ}`]) {
      const policy = async (env = {}) => (await call(path, {}, env)).headers.get('Content-Security-Policy') ?? '';
      const csp = await policy(turnstile);
      const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
      expect(directive('script-src'), path).toContain('https://challenges.cloudflare.com');
      expect(directive('frame-src'), path).toContain('https://challenges.cloudflare.com');
      expect(directive('connect-src'), path).not.toContain('challenges.cloudflare.com');
      expect(directive('style-src'), path).not.toContain('challenges.cloudflare.com');
      // Off, the pages name no third party at all.
      expect(await policy(), path).not.toContain('challenges.cloudflare.com');
    }
  });

  it('runs under a strict policy of its own, with no inline script or style', async () => {
    const res = await call('/');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const page = await res.text();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|<[a-z][^>]*\sstyle=/);
  });

  it('carries the oEmbed discovery link for its own address', async () => {
    const page = await (await call('/')).text();
    const href = `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/?quiz=${QUIZ}`)}&amp;format=json`;
    expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${href}"`);
  });

  it('sets the widgets language and theme from the query, and escapes hostile values', async () => {
    const page = await (await call(`/?lang=es&theme=dark`)).text();
    expect(page).toContain(`data-quiz="${QUIZ}" data-lang="es" data-theme="dark" async`);
    expect(page).toContain('<html lang="en" data-theme="dark">');
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    const safe = await (await call(`/?lang=${hostile}&theme=${hostile}`)).text();
    expect(safe).not.toContain('alert(1)');
    expect(safe).toContain('<html lang="en" data-theme="auto">');
  });

  it('answers an unknown ?quiz= with a 404 page', async () => {
    const res = await call('/?quiz=no-such-quiz');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Quiz not found');
  });
});
