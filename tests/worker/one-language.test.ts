// A quiz in one language (issue 19 §3): published without the other language's text, served in its own language
// to every reader, graded, counted and shown in results, the pages' words in the reader's language around it.

import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, MIN_ANSWERS_FOR_SHARES, type QuizList, type Results } from '../../contract/api.ts';
import type { Quiz, QuizFile } from '../../contract/quiz.ts';
import { csvCell } from '../../worker/results/csv.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { answersScoring, call, postJson, testEnv } from './helpers.ts';
import { classQuiz, editorClient, publishQuiz, signIn } from './editor-support.ts';

const OFF = { RATE_LIMIT: 'off' };
/** Enough takes for the per-question figures (the small-number rule), so the pages show the prompts. */
const MIN_TAKES = MIN_ANSWERS_FOR_SHARES;
const ID = 'solo-espanol';

/**
 * The bundled quiz declared Spanish only, as a teacher leaves it after switching English off in the editor:
 * the English text is still in the draft, and must not reach readers.
 */
function spanishOnly(): QuizFile {
  const quiz = classQuiz(ID);
  // Without outside sources: the rules look for each source's name in the quiz's first language's
  // explanations, and the bundled Spanish ones translate some names (Servicio de Investigación del Congreso).
  const questions = quiz.questions.map(({ sources: _sources, asOf: _asOf, ...q }) => q);
  return { ...quiz, languages: ['es'], questions };
}
const draft = spanishOnly();
const first = draft.questions[0] as QuizFile['questions'][number];

async function take(lang: string, score = 2) {
  const grant = await call(`/api/quizzes/${ID}/attempts`, { method: 'POST' }, OFF);
  const { attempt } = (await grant.json()) as { attempt: string };
  return postJson(`/api/quizzes/${ID}/submissions`, { attempt, lang, answers: answersScoring(score, draft) }, OFF);
}

beforeAll(async () => {
  await publishQuiz(editorClient(await signIn()), draft);
});

describe('a Spanish-only quiz', () => {
  it('is served in Spanish to a reader who asks for English, and says so', async () => {
    const res = await call(`/api/quizzes/${ID}?lang=en&questions=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Language')).toBe('es');
    const served = (await res.json()) as Quiz;
    expect(served).toMatchObject({ lang: 'es', languages: ['es'], title: draft.title.es, intro: draft.intro.es });
    expect(served.questions[0]?.prompt).toBe(first.prompt.es);
    // In whatever order the take shows them: the Spanish texts, all of them.
    const shown = served.questions[0]?.choices.map((c) => c.text).sort();
    expect(shown).toEqual(first.choices.map((c) => c.text.es).sort());
  });

  it('still refuses a language Lateral does not speak', async () => {
    expect((await call(`/api/quizzes/${ID}?lang=fr`)).status).toBe(400);
  });

  it('was published without the English text the draft kept', async () => {
    const whole = await (await call(`/api/quizzes/${ID}?lang=es`)).text();
    expect(whole).not.toContain(first.prompt.en as string);
    const list = (await (await call('/api/quizzes?lang=en')).json()) as QuizList;
    expect(list.quizzes.find((q) => q.id === ID)).toMatchObject({ title: draft.title.es, languages: ['es'] });
  });

  it('explains a checked answer in Spanish, whatever language the check asks for', async () => {
    const choice = first.correct[0];
    const res = await postJson(`/api/quizzes/${ID}/check?lang=en`, { questionId: first.id, choiceIds: [choice] }, OFF);
    expect(res.status).toBe(200);
    const checked = (await res.json()) as CheckResult;
    expect(checked.correct).toBe(true);
    expect(checked.explanation).toBe(first.explanation.es);
    expect(checked.choiceExplanations[choice as string]).toBe(
      first.choices.find((c) => c.id === choice)?.explanation.es,
    );
  });

  it('counts takes in Spanish, refuses one claimed in English, and shows them in the results', async () => {
    expect((await take('en')).status).toBe(400);
    for (let i = 0; i < MIN_TAKES; i++) expect((await take('es', 3)).status).toBe(201);
    await rollup({ ...testEnv }, Date.now() + 3 * 3600_000);
    const results = (await (await call(`/api/quizzes/${ID}/results`)).json()) as Results;
    expect(results.takes).toBe(MIN_TAKES);
    expect(results.languages).toMatchObject({ es: MIN_TAKES, en: 0 });
    expect(results.scoreDistribution[3]).toBe(MIN_TAKES);
  });

  it('has a results page in Spanish by default, and in English on request with the quiz’s words marked Spanish', async () => {
    const spanish = await (await call(`/results/${ID}`)).text();
    expect(spanish).toContain('<html lang="es"');
    expect(spanish).toContain(`<span lang="es">${draft.title.es}</span>`);
    const english = await call(`/results/${ID}?lang=en`);
    expect(english.headers.get('Content-Language')).toBe('en');
    const page = await english.text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain(`<span lang="es">${draft.title.es}</span>`);
    expect(page).toMatch(new RegExp(`<h3 id="q1-title" lang="es">${literally(first.prompt.es as string)}</h3>`));
    expect(page).not.toContain(first.prompt.en as string);
    // The page's own words switch to either language, whatever the quiz is written in.
    expect(page).toContain('hreflang="en"');
    expect(page).toContain('hreflang="es"');
  });

  it('writes a CSV with English labels around the Spanish prompts', async () => {
    const csv = await (await call(`/api/quizzes/${ID}/results.csv?lang=en`)).text();
    expect(csv).toContain(`language,es,Spanish,takes,${MIN_TAKES}`);
    expect(csv).toContain(`,${csvCell(first.prompt.es as string)},percent_correct,`);
    expect(csv).toContain(draft.title.es as string);
    expect(csv).not.toContain(draft.title.en as string);
  });

  it('embeds as a Spanish page by default, and as an English interface when asked', async () => {
    const plain = await (await call(`/embed/${ID}`)).text();
    expect(plain).toContain('<html lang="es">');
    expect(plain).toContain(`<title>${draft.title.es}</title>`);
    const english = await (await call(`/embed/${ID}?lang=en`)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('data-lang="en"');
    expect(english).toContain(`<title>${draft.title.es}</title>`);
  });
});

/** A string as a regular expression matching it literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
