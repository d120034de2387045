// The size check of a quiz counts the record the Worker really stores, group code included.

import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../contract/quiz.ts';
import { submissionRecord, worstCaseRecordBytes } from '../../contract/submission-record.ts';

const tiny = {
  questions: [{ id: 'q1', choices: [{ id: 'a' }, { id: 'b' }] }],
} as unknown as Pick<QuizFile, 'questions'>;

describe('the largest stored submission', () => {
  it('is every choice picked, in a class group, with the longest version, language and day', () => {
    const expected = '{"v":2,"q":"000000000000","s":1,"t":1,"l":"en","d":"2026-12-31","a":{"q1":"1:a,b"},"g":"XXXXXX"}';
    expect(worstCaseRecordBytes(tiny)).toBe(expected.length);
  });

  it('is built by the same function as every record the Worker stores', () => {
    const record = submissionRecord({
      version: 'abcdefabcdef',
      score: 0,
      total: 1,
      lang: 'es',
      day: '2026-12-07',
      answers: { q1: { correct: false, choiceIds: ['b'] } },
    });
    expect(record).toEqual({ v: 2, q: 'abcdefabcdef', s: 0, t: 1, l: 'es', d: '2026-12-07', a: { q1: '0:b' } });
  });
});
