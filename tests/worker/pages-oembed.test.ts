import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api.ts';
import type { OembedResponse } from '../../worker/pages/oembed.ts';
import { QUIZ, call, quiz } from './helpers.ts';

const ORIGIN = 'http://localhost';
const oembed = (url: string, extra = '') => call(`/oembed?url=${encodeURIComponent(url)}${extra}`);

describe('GET /oembed', () => {
  it('describes an embed address as a rich oEmbed 1.0 iframe', async () => {
    const res = await oembed(`${ORIGIN}/embed/${QUIZ}`, '&format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await res.json()) as OembedResponse;
    expect(body).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: quiz.title.en,
      provider_name: 'Lateral',
      provider_url: `${ORIGIN}/`,
      width: 640,
      height: 560,
      cache_age: 86400,
    });
    expect(body.html).toMatch(
      /^<iframe src="http:\/\/localhost\/embed\/[a-z0-9-]+" width="640" height="560" title="[^"]+"/,
    );
    expect(body.html).toContain(' data-lateral-frame></iframe>');
    // Hosts that keep scripts (Ghost) get the loader that resizes the iframe; WordPress drops it.
    expect(body.html).toMatch(/<\/iframe><script src="http:\/\/localhost\/embed\.js" crossorigin async><\/script>$/);
  });

  it('keeps WordPress-safe attributes on the iframe', async () => {
    const { html } = (await (await oembed(`${ORIGIN}/embed/${QUIZ}`)).json()) as OembedResponse;
    for (const name of ['src', 'width', 'height', 'title', 'frameborder', 'class'])
      expect(html).toContain(` ${name}="`);
  });

  it('honours maxwidth and maxheight', async () => {
    const body = (await (
      await oembed(`${ORIGIN}/embed/${QUIZ}`, '&maxwidth=320&maxheight=400')
    ).json()) as OembedResponse;
    expect(body.width).toBe(320);
    expect(body.height).toBe(400);
    expect(body.html).toContain('width="320" height="400"');
    const roomy = (await (
      await oembed(`${ORIGIN}/embed/${QUIZ}`, '&maxwidth=2000&maxheight=2000')
    ).json()) as OembedResponse;
    expect([roomy.width, roomy.height]).toEqual([640, 560]);
  });

  it('embeds the results view for a results address and the quiz for the demo page', async () => {
    const results = (await (await oembed(`${ORIGIN}/results/${QUIZ}`)).json()) as OembedResponse;
    expect(results.html).toContain(`src="${ORIGIN}/embed/${QUIZ}?view=results"`);
    const demo = (await (await oembed(`${ORIGIN}/?quiz=${QUIZ}&lang=es`)).json()) as OembedResponse;
    expect(demo.html).toContain(`src="${ORIGIN}/embed/${QUIZ}?lang=es"`);
    expect(demo.title).toBe(quiz.title.es);
  });

  it('answers 404 for unknown quizzes, other paths and other sites', async () => {
    for (const url of [
      `${ORIGIN}/embed/nope`,
      `${ORIGIN}/api/quizzes/${QUIZ}`,
      `https://evil.example/embed/${QUIZ}`,
      'not a url',
    ]) {
      const res = await oembed(url);
      expect(res.status, url).toBe(404);
      expect(((await res.json()) as ApiError).error.code).toBe('not_found');
    }
  });

  it('answers 501 for XML and 400 without a url or with a nonsense size', async () => {
    const xml = await oembed(`${ORIGIN}/embed/${QUIZ}`, '&format=xml');
    expect(xml.status).toBe(501);
    expect(((await xml.json()) as ApiError).error.code).toBe('not_implemented');
    expect((await call('/oembed')).status).toBe(400);
    expect((await oembed(`${ORIGIN}/embed/${QUIZ}`, '&maxwidth=wide')).status).toBe(400);
    expect((await oembed(`${ORIGIN}/embed/${QUIZ}`, '&maxheight=-5')).status).toBe(400);
  });
});
