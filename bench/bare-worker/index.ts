// Baseline Worker for the API benchmark: answers each benchmarked request with Lateral's recorded body, and does nothing else.

/** "METHOD /path?query" → status and body, recorded by bench/api-bench.ts and passed as a base64 var. */
type Recorded = Record<string, { status: number; body: string }>;

let responses: Recorded | undefined;

export default {
  fetch(request: Request, env: { RESPONSES_B64: string }): Response {
    // Decoded once per isolate, so the hot path is one lookup.
    responses ??= JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(env.RESPONSES_B64), (c) => c.charCodeAt(0)))) as Recorded;
    const url = new URL(request.url);
    const found = responses[`${request.method} ${url.pathname}${url.search}`];
    if (!found) return new Response('{"error":{"code":"not_found","message":"Not recorded."}}', { status: 404 });
    return new Response(found.body, { status: found.status, headers: { 'Content-Type': 'application/json' } });
  },
};
