import { describe, expect, it } from 'vitest';
import { LATERAL } from './helpers.ts';

// Through wrangler dev, because these files are answered by the assets layer, before the Worker runs.
const get = (path: string, init?: RequestInit) => fetch(`${LATERAL.replace('localhost', '127.0.0.1')}${path}`, init);

async function laterChunkPath(): Promise<string> {
  const embed = await (await get('/embed.js')).text();
  const chunk = /w\/later\.[0-9a-f]{10}\.js/.exec(embed)?.[0];
  if (!chunk) throw new Error('embed.js names no w/later.<hash>.js chunk');
  return `/${chunk}`;
}

describe('static widget files', () => {
  it('serves embed.js to any site, cached for minutes so fixes reach every host page soon', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=604800');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.has('X-Frame-Options')).toBe(false);
    expect(res.headers.has('Set-Cookie')).toBe(false);
  });

  it('serves the content-hashed chunk as immutable for a year', async () => {
    const res = await get(await laterChunkPath());
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('revalidates embed.js by ETag', async () => {
    const etag = (await get('/embed.js')).headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await get('/embed.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('does not publish the _headers file itself', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('sends the Worker routes past the assets layer', async () => {
    const embed = await get('/embed/trump-mexico-troops');
    expect(embed.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect((await get('/api/health')).status).toBe(200);
    expect((await get('/')).headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });
});
