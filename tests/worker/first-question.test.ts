// The first-question address is a public contract: every pasted snippet preloads it, embed.js fetches it (issue 26).

import { describe, expect, it } from 'vitest';
import { firstQuestionUrl } from '../../contract/links.ts';
import type { Quiz } from '../../contract/quiz.ts';
import { QUIZ, call } from './helpers.ts';

describe('the first-question address', () => {
  it('stays exactly what published snippets preload', () => {
    // Changing this string breaks the preload in every snippet already pasted: it must never change by accident.
    expect(firstQuestionUrl('https://quiz.example', 'trump-mexico-troops', 'es')).toBe(
      'https://quiz.example/api/quizzes/trump-mexico-troops?lang=es&questions=1',
    );
  });

  it('is answered with question 1, the whole count, cacheable and readable from any origin without credentials', async () => {
    const res = await call(firstQuestionUrl('http://localhost', QUIZ, 'en').replace('http://localhost', ''), {
      headers: { Origin: 'https://news.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
    const quiz = (await res.json()) as Quiz;
    expect(quiz.questions).toHaveLength(1);
    expect(quiz.questionCount).toBeGreaterThan(1);
  });
});
