import { describe, expect, it } from 'vitest';
import type { CheckResult, QuizList, Results, SubmissionResult } from '../../contract/api.ts';
import { MAX_ARTICLE_BYTES } from '../../contract/article.ts';
import type { Draft, InvalidQuizError } from '../../contract/editor.ts';
import type { Quiz } from '../../contract/quiz.ts';
import type { OembedResponse } from '../../worker/pages/oembed.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { QUIZ, answersScoring, call, postJson, quiz } from './helpers.ts';
import {
  EDITOR_ENV,
  articleFor,
  classQuiz,
  editorClient,
  jsonInit,
  publishQuiz,
  saveDraft,
  signIn,
} from './editor-support.ts';

const OFF = { RATE_LIMIT: 'off' };

async function takeQuiz(id: string, score: number, lang: 'en' | 'es' = 'en') {
  const grant = await call(`/api/quizzes/${id}/attempts`, { method: 'POST' }, OFF);
  expect(grant.status).toBe(201);
  const { attempt } = (await grant.json()) as { attempt: string };
  return postJson(`/api/quizzes/${id}/submissions`, { attempt, lang, answers: answersScoring(score) }, OFF);
}

describe('a quiz published from the editor', () => {
  it('is served exactly like the same quiz bundled from questions/', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('same-as-bundled');
    const published = await publishQuiz(editor, target);
    expect(published).toMatchObject({ id: target.id, revision: 1, newRevision: true });

    for (const path of ['?lang=en', '?lang=es', '?lang=es&questions=1']) {
      const mine = (await (await call(`/api/quizzes/${target.id}${path}`)).json()) as Quiz;
      const bundled = (await (await call(`/api/quizzes/${QUIZ}${path}`)).json()) as Quiz;
      expect(mine).toEqual({ ...bundled, id: target.id });
    }
    const list = (await (await call('/api/quizzes?lang=es')).json()) as QuizList;
    const bundledRow = list.quizzes.find((q) => q.id === QUIZ);
    expect(list.quizzes.find((q) => q.id === target.id)).toEqual({ ...bundledRow, id: target.id });
  });

  it('checks and grades answers exactly like the bundled quiz', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('graded-alike');
    await publishQuiz(editor, target);
    for (const q of quiz.questions.slice(0, 4)) {
      for (const choice of q.choices) {
        const body = { questionId: q.id, choiceIds: [choice.id], lang: 'es' };
        const mine = (await (await postJson(`/api/quizzes/${target.id}/check`, body)).json()) as CheckResult;
        const bundled = (await (await postJson(`/api/quizzes/${QUIZ}/check`, body)).json()) as CheckResult;
        expect(mine).toEqual(bundled);
      }
    }
    const res = await takeQuiz(target.id, 7);
    expect(res.status).toBe(201);
    const result = (await res.json()) as SubmissionResult;
    expect(result).toMatchObject({ score: 7, total: quiz.questions.length });
    const results = (await (await call(`/api/quizzes/${target.id}/results`)).json()) as Results;
    expect(results.takes).toBe(1);
    // One take: its score is held back by the small-number rule, like a bundled quiz's (issue 22 §5).
    expect(results.scoresHeldBack).toBe(true);
  });

  it('has an iframe page, oEmbed, a results page and a CSV, like any quiz', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('embeddable');
    const published = await publishQuiz(editor, target);
    const page = await call(`/embed/${target.id}?lang=es`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`data-lateral-quiz="${target.id}"`);
    const oembed = await call(`/oembed?url=${encodeURIComponent(published.snippets.pasteUrl)}`);
    expect(oembed.status).toBe(200);
    expect(((await oembed.json()) as OembedResponse).html).toContain(`/embed/${target.id}`);
    expect((await call(`/results/${target.id}`)).status).toBe(200);
    expect((await call(`/api/quizzes/${target.id}/results.csv`)).status).toBe(200);
    expect((await call(`/?quiz=${target.id}`)).status).toBe(200);
    expect(published.snippets.script).toBe(
      `<link rel="preload" as="fetch" crossorigin href="http://localhost/api/quizzes/${target.id}?lang=${target.languages[0]}&amp;questions=1">` +
        `<script src="http://localhost/embed.js" crossorigin data-quiz="${target.id}" data-lang="${target.languages[0]}" async></script>`,
    );
    expect(published.resultsUrl).toBe(`http://localhost/results/${target.id}`);
  });

  it('is folded by the rollup like a bundled quiz', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('rolled-up');
    await publishQuiz(editor, target);
    for (const score of [3, 5, 5]) expect((await takeQuiz(target.id, score)).status).toBe(201);
    const reports = await rollup({ ...(await import('./helpers.ts')).testEnv }, Date.now() + 3 * 3600_000);
    expect(reports.find((r) => r.quizId === target.id)?.folded).toBe(3);
    const results = (await (await call(`/api/quizzes/${target.id}/results`)).json()) as Results;
    expect(results.takes).toBe(3);
  });
});

describe('publishing again, and unpublishing', () => {
  it('makes a new immutable revision for changed content, and none for the same content', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('republished');
    expect((await publishQuiz(editor, target)).revision).toBe(1);
    expect(await publishQuiz(editor, target)).toMatchObject({ revision: 1, newRevision: false });
    const fixed = structuredClone(target);
    fixed.intro.en = 'A corrected introduction.';
    expect(await publishQuiz(editor, fixed)).toMatchObject({ revision: 2, newRevision: true });
    const served = (await (await call(`/api/quizzes/${target.id}`)).json()) as Quiz;
    expect(served.intro).toBe('A corrected introduction.');
  });

  it('hides an unpublished quiz from readers, keeps its results, and lets a take under way finish', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('hidden-later');
    await publishQuiz(editor, target);
    expect((await takeQuiz(target.id, 4)).status).toBe(201);
    const grant = (await (await call(`/api/quizzes/${target.id}/attempts`, { method: 'POST' }, OFF)).json()) as {
      attempt: string;
    };

    expect((await editor(`/editor/api/drafts/${target.id}/unpublish`, { method: 'POST' })).status).toBe(204);
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(404);
    expect((await call(`/embed/${target.id}`)).status).toBe(404);
    expect((await call(`/api/quizzes/${target.id}/attempts`, { method: 'POST' }, OFF)).status).toBe(404);
    const list = (await (await call('/api/quizzes')).json()) as QuizList;
    expect(list.quizzes.map((q) => q.id)).not.toContain(target.id);
    // The reader who started before still gets their take counted.
    const late = await postJson(
      `/api/quizzes/${target.id}/submissions`,
      { attempt: grant.attempt, lang: 'es', answers: answersScoring(9) },
      OFF,
    );
    expect(late.status).toBe(201);
    const results = (await (await call(`/api/quizzes/${target.id}/results`)).json()) as Results;
    expect(results.takes).toBe(2);
    expect((await call(`/results/${target.id}`)).status).toBe(200);

    // Publishing again brings it back with its results.
    expect(await publishQuiz(editor, target)).toMatchObject({ revision: 1, newRevision: false });
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(200);
    expect(((await (await call(`/api/quizzes/${target.id}/results`)).json()) as Results).takes).toBe(2);
  });

  it('keeps versions as a bundled quiz does: a take started on one is graded and counted by it', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('versioned');
    const first = await publishQuiz(editor, target);
    const grant = (await (await call(`/api/quizzes/${target.id}/attempts`, { method: 'POST' }, OFF)).json()) as {
      attempt: string;
    };
    // A wording fix: a new revision, the same version.
    const reworded = structuredClone(target);
    reworded.intro.es = 'Una introducción corregida.';
    const second = await publishQuiz(editor, reworded);
    expect(second).toMatchObject({ revision: 2, version: first.version });
    // A changed answer key: a new version.
    const regraded = structuredClone(reworded);
    const q = regraded.questions[0];
    const other = q?.choices.find((c) => !q.correct.includes(c.id));
    if (!q || !other) throw new Error('no question to change');
    q.correct = [other.id];
    const third = await publishQuiz(editor, regraded);
    expect(third.revision).toBe(3);
    expect(third.version).not.toBe(first.version);
    expect(((await (await call(`/api/quizzes/${target.id}`)).json()) as Quiz).version).toBe(third.version);

    // Started on the first version, submitted now: graded by the first version's key, counted under it.
    const res = await postJson(
      `/api/quizzes/${target.id}/submissions`,
      { attempt: grant.attempt, lang: 'en', answers: answersScoring(quiz.questions.length) },
      OFF,
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as SubmissionResult).score).toBe(quiz.questions.length);
    const old = (await (await call(`/api/quizzes/${target.id}/results?version=${first.version}`)).json()) as Results;
    expect(old.takes).toBe(1);
    const now = (await (await call(`/api/quizzes/${target.id}/results`)).json()) as Results;
    expect(now.takes).toBe(0);
    expect(now.versions.map((v) => v.version)).toEqual([first.version, third.version]);
  });

  it('answers 404 when unpublishing a quiz that was never published', async () => {
    const editor = editorClient(await signIn());
    expect((await saveDraft(editor, classQuiz('never-published'))).status).toBe(201);
    expect((await editor('/editor/api/drafts/never-published/unpublish', { method: 'POST' })).status).toBe(404);
  });
});

describe('publish refuses what the build would refuse', () => {
  it('lists every problem of an unfinished draft, question by question, and publishes nothing', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('unfinished');
    const first = target.questions[0];
    if (!first) throw new Error('no question');
    first.prompt.es = '';
    first.correct = ['zz'];
    target.title.en = '';
    expect((await saveDraft(editor, target)).status).toBe(201);
    const res = await editor(`/editor/api/drafts/${target.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    const body = (await res.json()) as InvalidQuizError;
    expect(body.error.code).toBe('invalid_quiz');
    expect(body.error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: { field: 'title.en', lang: 'en' } }),
        expect.objectContaining({ where: { question: first.id, field: 'prompt.es', lang: 'es' } }),
        expect.objectContaining({ where: { question: first.id, field: 'correct' } }),
      ]),
    );
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(404);
  });

  it('refuses passages that are not in the article word for word, and a draft with no article', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('misquoted');
    const article = await articleFor(target);
    const second = target.questions[1];
    if (!second) throw new Error('no question');
    second.passage.text = 'Words the article never said.';
    await saveDraft(editor, target, undefined, article);
    let res = await editor(`/editor/api/drafts/${target.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    const errors = ((await res.json()) as InvalidQuizError).error.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      {
        code: 'passage-not-verbatim',
        severity: 'error',
        where: { question: second.id, field: 'passage.text' },
        message: { en: expect.any(String), es: expect.any(String) },
      },
    ]);

    const bare = classQuiz('no-article');
    await saveDraft(editor, bare, undefined, null);
    res = await editor(`/editor/api/drafts/${bare.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as InvalidQuizError).error.problems[0]?.where.field).toBe('article');
  });

  it("won't publish over a quiz file that ships in questions/", async () => {
    const editor = editorClient(await signIn());
    await saveDraft(editor, structuredClone(quiz));
    const res = await editor(`/editor/api/drafts/${QUIZ}/publish`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('commit the file');
  });
});

describe('drafts', () => {
  it('are saved, listed, loaded and deleted; deleting one leaves its published quiz alone', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('kept-draft');
    const first = await saveDraft(editor, target);
    expect(first.status).toBe(201);
    const saved = (await first.json()) as { updatedAt: string };
    const loaded = await (await editor(`/editor/api/drafts/${target.id}`)).json();
    expect(loaded).toMatchObject({ quiz: target, article: await articleFor(target), updatedAt: saved.updatedAt });
    const list = (await (await editor('/editor/api/drafts')).json()) as { drafts: { id: string; title: string }[] };
    expect(list.drafts).toContainEqual(expect.objectContaining({ id: target.id, title: quiz.title.en }));

    await publishQuiz(editor, target);
    expect((await editor(`/editor/api/drafts/${target.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await editor(`/editor/api/drafts/${target.id}`)).status).toBe(404);
    expect((await call(`/api/quizzes/${target.id}`)).status).toBe(200);
  });

  it('refuses a save that started from an older copy, so two tabs never overwrite each other', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('two-tabs');
    const created = (await (await saveDraft(editor, target)).json()) as Draft;
    // By revision, not by a timestamp two saves in one millisecond could share (issue 24).
    const tabA = await saveDraft(editor, target, created.revision);
    expect(tabA.status).toBe(200);
    expect(((await tabA.json()) as Draft).revision).toBe((created.revision ?? 0) + 1);
    const tabB = await saveDraft(editor, target, created.revision);
    expect(tabB.status).toBe(409);
    expect(((await tabB.json()) as { error: { code: string } }).error.code).toBe('conflict');
    // A first save of an id that already exists is a conflict too.
    expect((await saveDraft(editor, target)).status).toBe(409);
  });

  it('refuses a body that is not a draft of this id, and an article whose SHA-256 is not its text', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('checked-body');
    const article = await articleFor(target);
    const cases: [unknown, number][] = [
      [{ quiz: { ...target, id: 'another-id' }, article }, 400],
      [{ quiz: 'a quiz', article }, 400],
      [{ quiz: target }, 400],
      [{ quiz: target, article: { ...article, sha256: '0'.repeat(64) } }, 400],
      [{ quiz: target, article: { text: 'x'.repeat(MAX_ARTICLE_BYTES + 1), sha256: 'a' } }, 413],
      [{ quiz: target, article: null, base: '2026-12-07T23:00:00.000Z' }, 400],
      [{ quiz: target, article: null, base: 0 }, 400],
    ];
    for (const [body, status] of cases) {
      expect((await editor(`/editor/api/drafts/${target.id}`, jsonInit('PUT', body))).status).toBe(status);
    }
    const huge = await editor(
      `/editor/api/drafts/${target.id}`,
      jsonInit('PUT', { quiz: target, article: null, padding: 'x'.repeat(1_100_000) }),
    );
    expect(huge.status).toBe(413);
    expect((await editor('/editor/api/drafts/Not_An_Id')).status).toBe(400);
    expect((await editor(`/editor/api/drafts/${target.id}`)).status).toBe(404);
  });

  it('accept an unfinished quiz: completeness is checked when publishing', async () => {
    const editor = editorClient(await signIn());
    const empty = { id: 'blank-draft', title: { en: '', es: '' }, questions: [] };
    const res = await editor('/editor/api/drafts/blank-draft', jsonInit('PUT', { quiz: empty, article: null }));
    expect(res.status).toBe(201);
  });
});

describe("the editor's helper routes", () => {
  it('says whether an address is free: not when a draft, a bundled or a published quiz has it', async () => {
    const editor = editorClient(await signIn());
    const free = async (id: string) =>
      ((await (await editor(`/editor/api/ids/${id}`)).json()) as { free: boolean }).free;
    expect(await free('brand-new-address')).toBe(true);
    expect(await free(QUIZ)).toBe(false);
    await saveDraft(editor, classQuiz('taken-by-draft'));
    expect(await free('taken-by-draft')).toBe(false);
    const published = classQuiz('taken-then-hidden');
    await publishQuiz(editor, published);
    await editor(`/editor/api/drafts/${published.id}/unpublish`, { method: 'POST' });
    await editor(`/editor/api/drafts/${published.id}`, { method: 'DELETE' });
    // Unpublished and its draft deleted: the address still belongs to it, and to its results.
    expect(await free(published.id)).toBe(false);
  });

  it('gives the embed codes of a published quiz again, and a bundled quiz file to start from', async () => {
    const editor = editorClient(await signIn());
    const target = classQuiz('codes-again');
    const published = await publishQuiz(editor, target);
    const codes = (await (await editor(`/editor/api/drafts/${target.id}/embed`)).json()) as typeof published;
    expect(codes.snippets).toEqual(published.snippets);
    expect(codes.resultsUrl).toBe(published.resultsUrl);
    // The file as it is in questions/: the versions the Worker serves it with are not part of it.
    const { versions, ...file } = quiz;
    expect(versions.length).toBeGreaterThan(0);
    expect(await (await editor(`/editor/api/bundled/${QUIZ}`)).json()).toEqual(file);
    expect((await editor('/editor/api/bundled/no-such-file')).status).toBe(404);
  });
});

describe('the editor on with EDITOR_ENV does not change reader routes', () => {
  it('serves the bundled quiz as before', async () => {
    expect((await call(`/api/quizzes/${QUIZ}`, {}, EDITOR_ENV)).status).toBe(200);
  });
});
