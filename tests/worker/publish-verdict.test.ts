// Publish answers with the rules' own verdict: exactly what the editor shows, the build and questions:check report (tests/content/one-verdict.test.ts).

import { describe, expect, it } from 'vitest';
import type { InvalidQuizError } from '../../contract/editor.ts';
import type { QuizFile } from '../../contract/quiz.ts';
import { draftProblems } from '../../contract/rules/quiz-problems.ts';
import { sha256Hex } from '../../reading-map/extract/sha256.ts';
import flawed from '../fixtures/quizzes/flawed-quiz.json';
import text from '../fixtures/quizzes/flawed-quiz.article.txt?raw';
import { editorClient, saveDraft, signIn } from './editor-support.ts';

describe('publishing a flawed quiz', () => {
  it('refuses it with every problem the editor shows beside the fields, errors and warnings alike', async () => {
    const editor = editorClient(await signIn());
    const quiz = structuredClone(flawed) as unknown as QuizFile;
    const article = {
      text,
      sha256: await sha256Hex(text),
      title: quiz.source.title,
      lang: 'en' as const,
      format: 'text' as const,
      wordCount: text.split(/\s+/).length,
      parts: [],
    };
    expect((await saveDraft(editor, quiz, undefined, article)).status).toBe(201);
    const res = await editor(`/editor/api/drafts/${quiz.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    const { problems } = ((await res.json()) as InvalidQuizError).error;
    const today = new Date().toISOString().slice(0, 10);
    expect(problems).toEqual(draftProblems({ quiz, article }, today));
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([
      'passage-not-verbatim',
      'choices-duplicate',
    ]);
  });
});
