// embed.js asks for question 1 before the widget exists; only the widget's request for that address takes the answer.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyFetch } from '../../widget/core/early-fetch.ts';

const QUESTION_1 = 'https://quiz.example/api/quizzes/test-quiz?lang=en&questions=1';
const answer = (body: string) => Promise.resolve(new Response(body));

afterEach(() => vi.unstubAllGlobals());

describe('the early answer to question 1', () => {
  it('goes to the request for its address, even when another request comes first', async () => {
    const network = vi.fn((input: RequestInfo | URL) => answer(`network: ${input}`));
    vi.stubGlobal('fetch', network);
    const fetchFor = earlyFetch(QUESTION_1, answer('early'));
    const other = 'https://quiz.example/api/quizzes/test-quiz/attempts';
    expect(await (await fetchFor(other, { method: 'POST' })).text()).toBe(`network: ${other}`);
    expect(await (await fetchFor(QUESTION_1)).text()).toBe('early');
    expect(network.mock.calls.map(([input]) => String(input))).toEqual([other]);
  });

  it('is used once: asking for question 1 again (a retry) goes to the network', async () => {
    const network = vi.fn(() => answer('network'));
    vi.stubGlobal('fetch', network);
    const fetchFor = earlyFetch(QUESTION_1, answer('early'));
    expect(await (await fetchFor(QUESTION_1)).text()).toBe('early');
    expect(await (await fetchFor(QUESTION_1)).text()).toBe('network');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed early request away from the page until the widget asks, then reports it there', async () => {
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    const fetchFor = earlyFetch(QUESTION_1, failed);
    // Nothing handled the rejection but earlyFetch: an unhandled rejection would fail this run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(fetchFor(QUESTION_1)).rejects.toThrow('Failed to fetch');
  });
});
