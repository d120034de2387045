// A stand-in for the Worker's /api in widget tests: a small bilingual quiz, real grading, failures on demand.

import type {
  AttemptGrant,
  CheckRequest,
  CheckResult,
  Results,
  Submission,
  SubmissionResult,
} from '../../contract/api.ts';
import { LANGS, type Lang, type Quiz, type ResultsVisibility } from '../../contract/quiz.ts';
import { textLang } from '../../contract/quiz-languages.ts';

export const QUIZ_ID = 'test-quiz';
export const ORIGIN = 'https://quiz.example';

/** Choice text an attacker might try: it must show as text, never become markup. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';

const KEY: Record<string, string[]> = { q1: ['a'], q2: ['a', 'c'], q3: ['t'] };

/**
 * Optional parts of a quiz as newer Workers send them: when its facts were checked (and that day written out),
 * a Turnstile challenge, and the languages it is written in (both unless a test says otherwise).
 */
export type QuizExtras = Partial<Pick<Quiz, 'checkedAt' | 'checkedOn' | 'version' | 'challenge' | 'languages'>>;

export function quizFixture(lang: Lang, results: ResultsVisibility = 'public', extras: QuizExtras = {}): Quiz {
  const en = lang === 'en';
  return {
    id: QUIZ_ID,
    lang,
    title: en ? 'Reading a claim' : 'Cómo leer una afirmación',
    intro: en ? 'Practise reading like a fact-checker.' : 'Practica leer como verificador.',
    source: { title: 'Troops claim denied', author: 'A. Writer', publisher: 'Example Press' },
    languages: ['en', 'es'],
    results,
    version: '0123456789ab',
    // No date unless a test gives one, as from a Worker older than dated facts: the widget then shows none.
    checkedAt: '',
    ...extras,
    estimatedMinutes: 2,
    questionCount: 3,
    questions: [
      {
        id: 'q1',
        type: 'single',
        skill: 'comprehension',
        prompt: en ? 'What did the article claim?' : '¿Qué afirmó el artículo?',
        choices: [
          { id: 'a', text: HOSTILE_TEXT },
          { id: 'b', text: en ? 'That troops entered' : 'Que entraron tropas' },
          { id: 'c', text: en ? 'Nothing at all' : 'Nada' },
        ],
      },
      {
        id: 'q2',
        type: 'multiple',
        skill: 'lateral-reading',
        prompt: en ? 'Which are good checks?' : '¿Cuáles son buenas comprobaciones?',
        choices: [
          { id: 'a', text: en ? 'Search the author' : 'Buscar a la autora' },
          { id: 'b', text: en ? 'Trust the headline' : 'Confiar en el titular' },
          { id: 'c', text: en ? 'Find other coverage' : 'Buscar otra cobertura' },
        ],
      },
      {
        id: 'q3',
        type: 'true-false',
        skill: 'claim-vs-denial',
        prompt: en ? 'The president denied it.' : 'La presidenta lo negó.',
        choices: [
          { id: 't', text: en ? 'True' : 'Verdadero' },
          { id: 'f', text: en ? 'False' : 'Falso' },
        ],
      },
    ],
  };
}

export function checkResult(questionId: string, choiceIds: string[], lang: Lang): CheckResult {
  const correct = KEY[questionId] ?? [];
  const en = lang === 'en';
  return {
    correct: correct.length === choiceIds.length && correct.every((id) => choiceIds.includes(id)),
    correctChoiceIds: correct,
    explanation: en ? 'Pin down exactly what is claimed.' : 'Precisa qué se afirma exactamente.',
    choiceExplanations: {
      a: en ? 'Why a' : 'Por qué a',
      b: en ? 'Why b' : 'Por qué b',
      c: en ? 'Why c' : 'Por qué c',
      t: 'T',
      f: 'F',
    },
    passage: { text: 'Trump said Mexico had agreed.', translation: { es: 'Trump dijo que México había aceptado.' } },
    skill: questionId === 'q2' ? 'lateral-reading' : 'comprehension',
    sources: [
      { name: 'Reuters report', date: '2025-03-01', url: 'https://example.org/reuters', accessed: '2026-11-24' },
      { name: 'Sneaky link', url: 'javascript:alert(1)', accessed: '2026-11-24' },
    ],
  };
}

export function resultsFixture(overrides: Partial<Results> = {}): Results {
  return {
    quizId: QUIZ_ID,
    version: '0123456789ab',
    currentVersion: '0123456789ab',
    versions: [{ version: '0123456789ab', since: '2026-11-24', takes: 20, questionCount: 3 }],
    checkedAt: '2026-11-24',
    takes: 20,
    meanScore: 1.5,
    medianScore: 2,
    total: 3,
    scoreDistribution: [2, 6, 8, 4],
    questions: {
      q1: { answered: 20, correct: 15, choices: {} },
      q2: { answered: 20, correct: 5, choices: {} },
      q3: { answered: 20, correct: 18, choices: {} },
    },
    questionsPending: {},
    skills: {},
    skillsPending: {},
    daily: [],
    languages: { en: 12, es: 8 },
    scoresHeldBack: false,
    updatedAt: '2026-01-01T00:00:00Z',
    freshnessSeconds: 3600,
    minAnswersForShares: 10,
    ...overrides,
  };
}

/** `quiz` is the first questions (`?questions=N`, fetched on mount), `whole` the whole quiz (fetched at Start). */
export type Route = 'quiz' | 'whole' | 'attempt' | 'check' | 'submit' | 'results';
export type Call = { route: Route; method: string; url: string; body: unknown; init: RequestInit };

function routeOf(url: URL): Route {
  const path = url.pathname;
  if (path.endsWith('/attempts')) return 'attempt';
  if (path.endsWith('/check')) return 'check';
  if (path.endsWith('/submissions')) return 'submit';
  if (path.endsWith('/results')) return 'results';
  return url.searchParams.has('questions') ? 'quiz' : 'whole';
}

const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });

/** A queued failure: a network error, an HTTP status, or a status with the API's error code. */
export type Outcome = number | 'network' | { status: number; code: string };

/**
 * A fake API whose `fetch` the widget uses; `fail()` queues failures, `hold()` keeps a route's answers
 * back until released, `calls` records every request. With `extras.challenge`, attempts need a
 * `turnstile` token in their body, as the Worker's do (403 challenge_failed without one).
 */
export function fakeApi({
  visibility = 'public' as ResultsVisibility,
  percentile = 60 as number | null,
  extras = {} as QuizExtras,
} = {}) {
  const calls: Call[] = [];
  const failures: Partial<Record<Route, Outcome[]>> = {};
  const held: Partial<Record<Route, Promise<void>>> = {};
  let attempts = 0;
  const api = {
    calls,
    results: resultsFixture(),
    /** The next call(s) to `route` fail: with an HTTP status (and error code), or as a network error. */
    fail(route: Route, ...outcomes: Outcome[]) {
      failures[route] = [...(failures[route] ?? []), ...outcomes];
    },
    /** Answers to `route` wait until the returned function is called. */
    hold(route: Route) {
      let release = () => {};
      held[route] = new Promise<void>((resolve) => {
        release = () => {
          delete held[route];
          resolve();
        };
      });
      return release;
    },
    callsTo: (route: Route) => calls.filter((c) => c.route === route),
    fetch: (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input));
      const route = routeOf(url);
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ route, method: init.method ?? 'GET', url: url.href, body, init });
      await held[route];
      const failure = failures[route]?.shift();
      if (failure === 'network') throw new TypeError('Failed to fetch');
      if (typeof failure === 'number') {
        return json({ error: { code: 'internal', message: 'failed on purpose' } }, failure);
      }
      if (failure) return json({ error: { code: failure.code, message: 'refused on purpose' } }, failure.status);
      // As the Worker does: the text comes in the language asked for when the quiz has it, else in its first.
      const lang = textLang(extras.languages ?? LANGS, (url.searchParams.get('lang') ?? 'en') as Lang);
      if (route === 'whole') return json(quizFixture(lang, visibility, extras));
      if (route === 'quiz') {
        const quiz = quizFixture(lang, visibility, extras);
        return json({ ...quiz, questions: quiz.questions.slice(0, Number(url.searchParams.get('questions'))) });
      }
      if (route === 'attempt') {
        if (extras.challenge && !(body as { turnstile?: string } | undefined)?.turnstile) {
          return json({ error: { code: 'challenge_failed', message: 'No Turnstile token.' } }, 403);
        }
        return json({ attempt: `token-${++attempts}`, expiresAt: '2030-01-01T00:00:00Z' } satisfies AttemptGrant, 201);
      }
      if (route === 'check') {
        const { questionId, choiceIds } = body as CheckRequest;
        return json(checkResult(questionId, choiceIds, lang));
      }
      if (route === 'submit') {
        const { answers } = body as Submission;
        const score = Object.entries(KEY).filter(
          ([q, key]) => checkResult(q, answers[q] ?? [], 'en').correct && key,
        ).length;
        const result: SubmissionResult = {
          score,
          total: 3,
          skills: {
            comprehension: { correct: 1, total: 1 },
            'lateral-reading': { correct: 0, total: 1 },
            'claim-vs-denial': { correct: 1, total: 2 },
          },
          percentile: visibility === 'public' ? percentile : null,
        };
        return json(result, 201);
      }
      return json(api.results);
    }) as typeof fetch,
  };
  return api;
}

export type FakeApi = ReturnType<typeof fakeApi>;
