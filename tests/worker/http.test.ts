import { describe, expect, it } from 'vitest';
import { QUIZ, answersScoring, call, newAttempt, quiz, testEnv } from './helpers.ts';

const error = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('the error policy', () => {
  it('answers unknown routes with 404 JSON', async () => {
    const res = await call('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    expect((await error(res)).code).toBe('not_found');
  });

  it('answers a wrong method on a known route with 405 JSON and an Allow header', async () => {
    const cases: [string, string, string][] = [
      ['GET', `/api/quizzes/${QUIZ}/submissions`, 'POST'],
      ['DELETE', `/api/quizzes/${QUIZ}/attempts`, 'POST'],
      ['PUT', `/api/quizzes/${QUIZ}/check`, 'POST'],
      ['POST', `/api/quizzes/${QUIZ}`, 'GET'],
      ['DELETE', `/api/quizzes/${QUIZ}/results`, 'GET'],
      ['POST', '/api/health', 'GET'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await call(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('Allow')).toBe(allow);
      expect((await error(res)).code).toBe('method_not_allowed');
    }
  });

  it('answers 400 to a body that is not JSON, or not an object', async () => {
    for (const body of ['{"attempt":', 'hello', '[1,2]', '"text"', 'null', '']) {
      const res = await call(`/api/quizzes/${QUIZ}/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(['invalid_json', 'bad_request']).toContain((await error(res)).code);
    }
  });

  it('answers 415 to a body sent with another content type, or none', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      '',
    ]) {
      const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
      // Bytes, not a string: fetch labels a string body text/plain by itself.
      const body = new TextEncoder().encode('{}');
      const res = await call(`/api/quizzes/${QUIZ}/check`, { method: 'POST', headers, body });
      expect(res.status, type).toBe(415);
      expect((await error(res)).code).toBe('unsupported_media_type');
    }
  });

  it('accepts JSON sent as text/plain, so browsers skip the CORS preflight', async () => {
    const q = quiz.questions[0];
    if (!q) throw new Error('empty quiz');
    const res = await call(`/api/quizzes/${QUIZ}/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ questionId: q.id, choiceIds: q.correct }),
    });
    expect(res.status).toBe(200);
  });

  it('answers 413 to a body over 8 KB, whatever Content-Length says, and stores nothing', async () => {
    const attempt = await newAttempt({ RATE_LIMIT: 'off' });
    const huge = JSON.stringify({ attempt, lang: 'en', answers: answersScoring(1), padding: 'x'.repeat(9000) });
    const declared = await call(`/api/quizzes/${QUIZ}/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: huge,
    });
    expect(declared.status).toBe(413);
    expect((await error(declared)).code).toBe('payload_too_large');
    const streamed = await call(`/api/quizzes/${QUIZ}/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await testEnv.SCORES.list()).keys).toHaveLength(0);
  });
});

describe('headers for embedding and privacy', () => {
  it('lets any origin read the API without credentials and answers preflights', async () => {
    const res = await call(`/api/quizzes/${QUIZ}/submissions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://newsroom.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    const get = await call(`/api/quizzes/${QUIZ}`, { headers: { Origin: 'https://newsroom.example' } });
    expect(get.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('never blocks cross-site loading: CORP cross-origin, no X-Frame-Options', async () => {
    for (const path of ['/api/health', `/api/quizzes/${QUIZ}`, '/api/missing']) {
      const res = await call(path);
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      expect(res.headers.get('X-Frame-Options')).toBeNull();
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it('sets no cookie on any response', async () => {
    const off = { RATE_LIMIT: 'off' };
    const attempt = await newAttempt(off);
    const responses = [
      await call('/api/health'),
      await call('/api/quizzes'),
      await call(`/api/quizzes/${QUIZ}`),
      await call(`/api/quizzes/${QUIZ}/attempts`, { method: 'POST' }, off),
      await call(
        `/api/quizzes/${QUIZ}/submissions`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: 'tracking=1' },
          body: JSON.stringify({ attempt, lang: 'en', answers: answersScoring(2) }),
        },
        off,
      ),
      await call(`/api/quizzes/${QUIZ}/results`),
      await call('/api/missing'),
      await call(`/api/quizzes/${QUIZ}/check`, {
        method: 'POST',
        body: 'x',
        headers: { 'Content-Type': 'text/plain' },
      }),
    ];
    for (const res of responses) expect(res.headers.get('Set-Cookie')).toBeNull();
  });
});
