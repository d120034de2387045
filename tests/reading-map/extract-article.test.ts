// Importing articles: saved pages through Readability, plain text with headline and byline, and clear errors for bad input.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../contract/article.ts';
import { extractArticle } from '../../reading-map/index.ts';

const html = (name: string) => readFileSync(new URL(`../fixtures/html/${name}.html`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');
const FIRST_ARTICLE = new URL('../../../shared/article/article.txt', import.meta.url);

async function ok(input: string | Uint8Array, format?: 'html' | 'text') {
  const result = await extractArticle(input, format ? { format } : {});
  if (!result.ok) throw new Error(`expected an article, got ${result.error.code}: ${result.error.message}`);
  return result.article;
}

describe('a saved news page with navigation, ads and comments', () => {
  it('keeps the article and its metadata and drops the page around it', async () => {
    const a = await ok(html('news-site'));
    expect(a.format).toBe('html');
    expect(a.title).toBe('Harbour ferry fares to rise 12 percent in July');
    expect(a.byline).toBe('Priya Castellanos');
    expect(a.site).toBe('The Coastal Ledger');
    expect(a.published).toBe('2025-05-02');
    expect(a.text).toContain('the Port Wren Transit Authority said on Thursday');
    for (const chrome of [
      'Summer sale',
      'Related stories',
      'Refinance',
      'This is outrageous',
      'Subscribe',
      'Privacy',
    ]) {
      expect(a.text).not.toContain(chrome);
    }
    expect(a.text.match(/By Priya Castellanos/g)).toHaveLength(1);
  });

  it('keeps the image caption and its credit as a part of their own', async () => {
    const a = await ok(html('news-site'));
    const captions = a.parts.filter((p) => p.kind === 'caption').map((p) => a.text.slice(p.start, p.end));
    expect(captions).toEqual(['The morning ferry leaves Port Wren on April 28, 2025. Photo: Coastal Ledger/Sam Ortiz']);
  });

  it('gives every part as an exact range of the text', async () => {
    const a = await ok(html('news-site'));
    expect(a.parts[0]).toMatchObject({ kind: 'headline', start: 0 });
    for (const p of a.parts) expect(a.text.slice(p.start, p.end).trim()).toBe(a.text.slice(p.start, p.end));
    expect(a.parts.filter((p) => p.kind === 'paragraph')).toHaveLength(6);
  });
});

it('reads byline, date and site from meta tags when the page shows none, without adding them to the text', async () => {
  const a = await ok(html('meta-only'));
  expect(a).toMatchObject({ byline: 'Tomasz Wilk', published: '2025-06-14', site: 'Northgate Weekly' });
  expect(a.text).not.toContain('Tomasz Wilk');
  expect(a.text.startsWith('Library to open on Sundays from September\n\n')).toBe(true);
});

it('refuses a page with no article (a home page of links)', async () => {
  const result = await extractArticle(html('no-article'));
  expect(result).toMatchObject({ ok: false, error: { code: 'not-article' } });
  if (!result.ok) expect(result.error.message).toMatch(/No article found on this page/);
});

describe('plain text', () => {
  it('takes the first real line as headline, skipping short page chrome, and keeps a relative date as words', async () => {
    const a = await ok(readFileSync(FIRST_ARTICLE, 'utf8'));
    expect(a.title).toBe("Trump's claim that US troops would enter Mexico is denied by the president of Mexico");
    expect(a.byline).toBe('Apurbo40');
    expect(a.published).toBe('9 months ago');
    expect(a.site).toBe('Creatd, Inc.');
    expect(a.text).toBe(readFileSync(FIRST_ARTICLE, 'utf8'));
  });

  it('reads a "By …, role" byline, a publication line and the photo credit', async () => {
    const a = await ok(fixture('health-study'));
    expect(a).toMatchObject({ byline: 'Naomi Achterberg', published: '2025-09-18', lang: 'en', format: 'text' });
    expect(a.parts.find((p) => p.kind === 'caption')).toBeDefined();
  });

  it('hashes the text with SHA-256 (Web Crypto), the same digest Node computes', async () => {
    const a = await ok(fixture('careful-report'));
    expect(a.sha256).toBe(createHash('sha256').update(a.text).digest('hex'));
  });
});

describe('bad input gets a clear error, never a crash', () => {
  it('an empty file', async () => {
    expect(await extractArticle('  \n\n ')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await extractArticle(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('an HTML page with no text', async () => {
    const result = await extractArticle('<!doctype html><html><body><nav></nav></body></html>');
    expect(result.ok).toBe(false);
  });

  it('more than 200 KB of text', async () => {
    const big = `A long headline for a long article\n\n${'Word after word fills the page. '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 30))}`;
    const result = await extractArticle(big);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toMatch(/at most 200 KB/);
  });

  it('a binary file: a PDF, an image, bytes that are not UTF-8', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    expect(await extractArticle(pdf)).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(await extractArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toMatchObject({
      ok: false,
      error: { code: 'binary' },
    });
    expect(await extractArticle(new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      error: { code: 'binary' },
    });
  });

  it('a language the map cannot read', async () => {
    const french =
      "Les tarifs du traversier augmenteront en juillet\n\nLes tarifs du traversier du port vont augmenter de 12 pour cent à partir du 1er juillet, a annoncé jeudi l'autorité de transport. C'est la première hausse depuis 2019 et elle ne sera pas la dernière, selon les usagers qui sont inquiets pour leur budget.";
    const result = await extractArticle(french);
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-language' } });
    if (!result.ok) expect(result.error.message).toMatch(/French.*English and Spanish/);
  });

  it('accepts Spanish', async () => {
    const a = await ok(
      'El Gobierno niega el acuerdo sobre tropas\n\nPor Ana Ruiz\n\nLa presidenta negó el martes que exista un acuerdo para que tropas extranjeras entren en el país, según un comunicado de la oficina de la Presidencia. Expertos dicen que el 70 por ciento de la población rechaza la idea.',
    );
    expect(a.lang).toBe('es');
  });
});

describe('page metadata: bounded lookups, metadata first (issue 21)', () => {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report says the harbour board met on Tuesday and agreed to publish its accounts, the chair told reporters after a long meeting about the budget.</p>`,
  ).join('\n');
  const page = `<!doctype html><html class="date-outer update"><head><title>Board publishes accounts | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-09-17T08:00:00Z","author":{"@type":"Organization","name":"Harbour Post"},"publisher":{"@type":"Organization","name":"Harbour Post"}}</script>
</head><body class="validate"><div class="date-outer"><script>var updateDate = "x"; function validate(){ return "${'x'.repeat(3000)}"; }</script>
<main><article><h1>Board publishes accounts</h1><p class="byline">By Harbour Post</p>${paragraphs}</article></main></div></body></html>`;

  it('never takes a container or a script as the date, and reads the date from JSON-LD', async () => {
    const a = await ok(page, 'html');
    expect(a.published).toBe('2024-09-17');
    expect(a.text).not.toContain('validate()');
    expect(a.text).not.toContain('xxxxxxxx');
    expect(a.wordCount).toBeLessThan(250);
  });

  it('puts the outlet in site, not in the byline, and writes no byline the page does not show', async () => {
    const a = await ok(page, 'html');
    expect(a.site).toBe('Harbour Post');
    expect(a.byline).toBeUndefined();
    // The page's own "By Harbour Post" line stays as it is, once; nothing is written beside it.
    expect(a.text.match(/By Harbour Post/g)).toHaveLength(1);
  });
});

it('takes picture credits from the article (an <aside> included) but not a gallery of other stories’ headlines', async () => {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the harbour board met on Tuesday and agreed to publish its accounts, the chair told reporters after a long meeting about the budget.</p>`,
  ).join('\n');
  const teasers = [
    'Mayor opens the new ferry terminal on the east quay',
    'Storm closes the coast road for a second night',
  ]
    .map((t) => `<div class="gallery-caption"><a href="/story">${t}</a> Ana Ruiz • 8h</div>`)
    .join('');
  const page = `<!doctype html><html><head><title>Board publishes accounts</title></head><body>
<div class="related">${teasers}</div>
<main><article><h1>Board publishes accounts</h1>${paragraphs}
<aside><img src="board.jpg"><span class="credit">(Photo: Kiichiro Sato, AP)</span></aside></article></main></body></html>`;
  const a = await ok(page, 'html');
  expect(a.text).toContain('(Photo: Kiichiro Sato, AP)');
  expect(a.text).not.toContain('ferry terminal');
  expect(a.text).not.toContain('coast road');
});
