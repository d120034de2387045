import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { QUIZ, answersScoring, call, newAttempt, testEnv } from './helpers.ts';

afterEach(() => reset());

const IP = '203.0.113.77';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) PrivacyProbe/9.9';

describe('what is stored about a reader', () => {
  it('keeps no IP address, user agent, referrer or exact time in keys, values or metadata', async () => {
    const off = { RATE_LIMIT: 'off' };
    const attempt = await newAttempt(off);
    const res = await call(
      `/api/quizzes/${QUIZ}/submissions`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'CF-Connecting-IP': IP,
          'X-Forwarded-For': IP,
          'User-Agent': UA,
          Referer: 'https://reader-blog.example/private-page',
        },
        body: JSON.stringify({ attempt, lang: 'es', answers: answersScoring(3) }),
      },
      off,
    );
    expect(res.status).toBe(201);

    const listed = await testEnv.SCORES.list();
    expect(listed.keys).toHaveLength(1);
    const key = listed.keys[0];
    const { value, metadata } = await testEnv.SCORES.getWithMetadata(key?.name ?? '');
    const stored = JSON.stringify({ name: key?.name, value, metadata });
    for (const secret of [IP, '203.0.113', 'PrivacyProbe', 'Mozilla', 'reader-blog', attempt]) {
      expect(stored).not.toContain(secret);
    }
    // `q` is the quiz version the take was graded against: about the quiz, not the reader.
    expect(Object.keys(metadata as object).sort()).toEqual(['a', 'd', 'l', 'q', 's', 't', 'v']);
    expect((metadata as { d: string }).d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
