// Baseline Worker for the API benchmark: answers each benchmarked request with Lateral's recorded body, and does nothing else.

/** "METHOD /path?query" → status and body, recorded by bench/api-bench.ts and passed as a base64 var. */
type Recorded = Record<string, { status: number; body: string }>;
type BareEnv = {
  RESPONSES_B64: string;
  KV: {
    getWithMetadata(key: string): Promise<unknown>;
    put(key: string, value: string, options: { metadata: unknown; expirationTtl: number }): Promise<void>;
  };
};

let responses: Recorded | undefined;

/** Metadata the size of a stored Lateral submission (a 16-question quiz), so the storage floor writes alike. */
const METADATA = {
  v: 1,
  s: 9,
  t: 16,
  l: 'en',
  d: '2026-11-24',
  a: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`question-${i}`, '1:a,b'])),
};

export default {
  async fetch(request: Request, env: BareEnv): Promise<Response> {
    // Decoded once per isolate, so the hot path is one lookup.
    responses ??= JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(env.RESPONSES_B64), (c) => c.charCodeAt(0))),
    ) as Recorded;
    const url = new URL(request.url);
    const found = responses[`${request.method} ${url.pathname}${url.search}`];
    if (!found) return new Response('{"error":{"code":"not_found","message":"Not recorded."}}', { status: 404 });
    // The storage floor: only the KV calls a submission cannot avoid (one read for the retry check, one write).
    if (request.headers.has('x-bench-storage-floor')) {
      const key = `bare:${crypto.randomUUID()}`;
      await env.KV.getWithMetadata(key);
      await env.KV.put(key, '', { metadata: METADATA, expirationTtl: 3600 });
    }
    return new Response(found.body, { status: found.status, headers: { 'Content-Type': 'application/json' } });
  },
};
