import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_ORIGIN, answerPreview, installPreviewApi } from '../../editor/preview-api.ts';
import { checkAnswer } from '../../worker/takes/grading.ts';
import { publicQuiz, servedQuiz } from '../../worker/quizzes/bundled.ts';
import { bundled } from './bundled-quiz.ts';

const at = (path: string) => new URL(`${PREVIEW_ORIGIN}/api/quizzes/${bundled.id}${path}`);

describe("the preview's stand-in API", () => {
  it('serves the quiz exactly as the Worker builds it', async () => {
    const res = answerPreview(bundled, at('?lang=es&questions=1'), 'GET', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(publicQuiz(servedQuiz(bundled), 'es', 1))));
  });

  it('checks answers with the Worker’s grading code, and refuses bad ones the same way', async () => {
    const q = bundled.questions[2];
    if (!q) throw new Error('no question');
    const choice = q.choices[1]?.id ?? '';
    const res = answerPreview(bundled, at('/check?lang=en'), 'POST', { questionId: q.id, choiceIds: [choice] });
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(checkAnswer(q, [choice], 'en'))));
    const bad = answerPreview(bundled, at('/check'), 'POST', { questionId: q.id, choiceIds: ['zz'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });

  it('grades a whole take without recording it: no crowd to compare with', async () => {
    const attempt = answerPreview(bundled, at('/attempts'), 'POST', {});
    expect(attempt.status).toBe(201);
    const answers = Object.fromEntries(
      bundled.questions.map((q, i) => [
        q.id,
        i < 5 ? q.correct : [q.choices.find((c) => !q.correct.includes(c.id))?.id ?? ''],
      ]),
    );
    const res = answerPreview(bundled, at('/submissions'), 'POST', { attempt: 'preview', lang: 'es', answers });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ score: 5, total: bundled.questions.length, percentile: null });
  });

  describe('installed on the page', () => {
    const original = window.fetch;
    afterEach(() => {
      window.fetch = original;
    });

    it('answers only requests to the preview origin and lets every other request through', async () => {
      const passThrough = vi.fn(async () => new Response('real'));
      window.fetch = passThrough as unknown as typeof fetch;
      installPreviewApi(() => bundled);
      const preview = await fetch(`${PREVIEW_ORIGIN}/api/quizzes/${bundled.id}?lang=en`);
      expect(((await preview.json()) as { id: string }).id).toBe(bundled.id);
      expect(passThrough).not.toHaveBeenCalled();
      expect(await (await fetch('https://news.example/other')).text()).toBe('real');
      expect(passThrough).toHaveBeenCalledTimes(1);
    });
  });
});
