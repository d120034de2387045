import { describe, expect, it } from 'vitest';
import { parseQuizFile, quizFileText, slugOf } from '../../editor/quiz-file.ts';
import onDisk from '../../questions/trump-mexico-troops.json?raw';
import { bundled } from './bundled-quiz.ts';

describe('quiz files in and out of the editor', () => {
  it('exports a file that reads back as the same quiz: one format for the editor and questions/', () => {
    const text = quizFileText(bundled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(bundled);
    expect(parseQuizFile(text)).toEqual({ ok: true, quiz: bundled });
  });

  it('opens the file in questions/ as it is on disk', () => {
    expect(parseQuizFile(onDisk)).toEqual({ ok: true, quiz: bundled });
  });

  it('refuses what is not a quiz file, and fills in what an unfinished one lacks', () => {
    expect(parseQuizFile('not json')).toEqual({ ok: false, failure: 'not-json' });
    expect(parseQuizFile('[1,2]')).toEqual({ ok: false, failure: 'not-quiz' });
    expect(parseQuizFile('{"id":"Bad Id","questions":[]}')).toEqual({ ok: false, failure: 'not-quiz' });
    const read = parseQuizFile('{"id":"half-done","questions":[]}');
    expect(read).toMatchObject({
      ok: true,
      quiz: { id: 'half-done', title: { en: '', es: '' }, languages: ['en', 'es'], results: 'public' },
    });
  });

  it('makes a quiz address from a title', () => {
    expect(slugOf('¿Quién lo dijo? A quiz on “experts”')).toBe('quien-lo-dijo-a-quiz-on-experts');
    expect(slugOf('x'.repeat(80))).toHaveLength(48);
  });
});

describe('a draft from npm run quiz:draft', () => {
  it('opens with its draft notes dropped: what is left to write is shown field by field instead', () => {
    const draft = {
      ...structuredClone(bundled),
      draft: { by: 'quiz:draft', articleSha256: 'abc', note: 'write it' },
      questions: bundled.questions.map((q) => ({
        ...q,
        draft: { signal: 'date', reason: { en: 'r', es: 'r' }, strength: 1 },
      })),
    };
    const read = parseQuizFile(JSON.stringify(draft));
    expect(read).toEqual({ ok: true, quiz: bundled });
  });
});
