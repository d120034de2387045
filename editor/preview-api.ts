// The preview's stand-in for the quiz API: the real widget, answered in the page by the Worker's own grading code.

import type { AttemptGrant, SubmissionResult } from '../contract/api.ts';
import { isLang, type QuizFile } from '../contract/quiz.ts';
import { scoreOf } from '../contract/score.ts';
import { ApiFailure } from '../worker/http/errors.ts';
import { checkAnswer, findQuestion, grade, validateAnswers, validateChoiceIds } from '../worker/takes/grading.ts';
import { publicQuiz, servedQuiz } from '../worker/quizzes/bundled.ts';

/**
 * The preview widget's API origin. Nothing is ever sent there: the page's fetch answers it, so a
 * draft is previewed as it stands, unsaved edits included, and no preview take is ever recorded.
 */
export const PREVIEW_ORIGIN = 'https://preview.lateral.invalid';

type Body = Record<string, unknown>;

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });
}

/** One request of the widget, answered as /api/quizzes/:id would answer it, from `quiz`. */
export function answerPreview(quiz: QuizFile, url: URL, method: string, body: Body): Response {
  const path = url.pathname.replace(/^\/api\/quizzes\/[^/]+/, '');
  const langParam = url.searchParams.get('lang') ?? body.lang;
  const lang = isLang(langParam) ? langParam : 'en';
  try {
    if (method === 'GET' && path === '') {
      const first = Number(url.searchParams.get('questions')) || undefined;
      // A draft has one version: its own content.
      return json(publicQuiz(servedQuiz(quiz), lang, first));
    }
    if (method === 'POST' && path === '/attempts') {
      return json(
        { attempt: 'preview', expiresAt: new Date(Date.now() + 3600_000).toISOString() } satisfies AttemptGrant,
        201,
      );
    }
    if (method === 'POST' && path === '/check') {
      const question = findQuestion(quiz, body.questionId);
      return json(checkAnswer(question, validateChoiceIds(question, body.choiceIds), lang));
    }
    if (method === 'POST' && path === '/submissions') {
      const graded = grade(quiz, validateAnswers(quiz, body.answers));
      const verdicts = quiz.questions.map((q) => ({
        correct: graded.correctByQuestion[q.id] === true,
        skill: q.skill,
      }));
      // No crowd to compare with: a preview take is nobody's.
      const result: SubmissionResult = { ...scoreOf(verdicts), percentile: null };
      return json(result, 201);
    }
    return json({ error: { code: 'not_found', message: 'Not in the preview.' } }, 404);
  } catch (err) {
    if (err instanceof ApiFailure) return json({ error: { code: err.code, message: err.message } }, err.status);
    return json({ error: { code: 'internal', message: String(err) } }, 500);
  }
}

/** Routes the page's requests to PREVIEW_ORIGIN to `answerPreview`; everything else goes out as usual. */
export function installPreviewApi(current: () => QuizFile | null): void {
  const real = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith(`${PREVIEW_ORIGIN}/`)) return real(input, init);
    const quiz = current();
    if (!quiz) return json({ error: { code: 'not_found', message: 'Nothing to preview.' } }, 404);
    let body: Body = {};
    try {
      body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Body) : {};
    } catch {
      // An unreadable body is answered like the API answers one: a 400 from the checks below.
    }
    return answerPreview(quiz, new URL(href), init?.method ?? 'GET', body);
  };
}
