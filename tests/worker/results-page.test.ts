import { beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../contract/api.ts';
import { SKILL_LABELS } from '../../contract/skills.ts';
import { QUIZ, call, countingKv, quiz, testEnv } from './helpers.ts';
import {
  csvValue,
  expectedFigures,
  figure,
  footerText,
  knownTakes,
  parseCsv,
  seed,
  tableRows,
  visibleText,
} from './results-support.ts';

const takes = knownTakes(12);
const expected = expectedFigures(takes);
const pct = (part: number, whole: number) => Math.round((part / whole) * 100);

const json = async () => (await (await call(`/api/quizzes/${QUIZ}/results`)).json()) as Results;
const csv = async (lang = 'en') => parseCsv(await (await call(`/api/quizzes/${QUIZ}/results.csv?lang=${lang}`)).text());
const page = async (query = '') => (await call(`/results/${QUIZ}${query}`)).text();

beforeAll(() => seed(takes));

describe('results of 12 seeded takes', () => {
  it('the JSON counts exactly the seeded takes, question by question and choice by choice', async () => {
    const r = await json();
    expect(r.takes).toBe(12);
    expect(r.minAnswersForShares).toBe(10);
    expect(r.scoreDistribution).toEqual(expected.distribution);
    expect(r.languages).toEqual({ en: 8, es: 4 });
    expect(r.meanScore).toBeCloseTo(expected.mean, 2);
    expect(r.questions).toEqual(expected.questions);
    for (const q of quiz.questions) {
      const same = quiz.questions.filter((x) => x.skill === q.skill);
      expect(r.skills[q.skill]).toEqual({
        correct: same.reduce((n, x) => n + (expected.questions[x.id]?.correct ?? 0), 0),
        total: same.length * 12,
      });
    }
  });

  it('the CSV holds the same figures as the JSON, shares rounded as the page rounds them', async () => {
    const r = await json();
    const rows = await csv();
    expect(csvValue(rows, 'quiz', QUIZ, 'takes')).toBe('12');
    expect(csvValue(rows, 'quiz', QUIZ, 'questions')).toBe(String(quiz.questions.length));
    expect(csvValue(rows, 'quiz', QUIZ, 'mean_score')).toBe(String(Math.round(expected.mean * 10) / 10));
    expect(csvValue(rows, 'quiz', QUIZ, 'median_score')).toBe(String(r.medianScore));
    expect(csvValue(rows, 'quiz', QUIZ, 'min_answers_for_shares')).toBe('10');
    expect(csvValue(rows, 'quiz', QUIZ, 'freshness_seconds')).toBe(String(r.freshnessSeconds));
    expected.distribution.forEach((n, score) => {
      expect(csvValue(rows, 'score', String(score), 'takes')).toBe(String(n));
    });
    expect(rows.filter((row) => row.section === 'day').map((row) => [row.key, row.value])).toEqual(
      r.daily.map((d) => [d.date, String(d.takes)]),
    );
    expect(csvValue(rows, 'language', 'en', 'takes')).toBe('8');
    expect(csvValue(rows, 'language', 'en', 'percent_of_takes')).toBe('67');
    expect(csvValue(rows, 'language', 'es', 'percent_of_takes')).toBe('33');
    for (const q of quiz.questions) {
      const e = expected.questions[q.id];
      expect(csvValue(rows, 'question', q.id, 'answered')).toBe('12');
      expect(csvValue(rows, 'question', q.id, 'correct')).toBe(String(e?.correct));
      expect(csvValue(rows, 'question', q.id, 'percent_correct')).toBe(String(pct(e?.correct ?? 0, 12)));
      for (const c of q.choices) {
        const chosen = e?.choices[c.id] ?? 0;
        expect(csvValue(rows, 'choice', `${q.id}/${c.id}`, 'chosen')).toBe(String(chosen));
        expect(csvValue(rows, 'choice', `${q.id}/${c.id}`, 'percent_chosen')).toBe(String(pct(chosen, 12)));
        expect(csvValue(rows, 'choice', `${q.id}/${c.id}`, 'is_correct')).toBe(q.correct.includes(c.id) ? '1' : '0');
      }
    }
    for (const [skill, s] of Object.entries(r.skills)) {
      expect(csvValue(rows, 'skill', skill, 'correct')).toBe(String(s?.correct));
      expect(csvValue(rows, 'skill', skill, 'answers')).toBe(String(s?.total));
      expect(csvValue(rows, 'skill', skill, 'percent_correct')).toBe(String(pct(s?.correct ?? 0, s?.total ?? 1)));
    }
  });

  it('the page shows every figure of the CSV: key figures, histogram, days, skills, questions, languages', async () => {
    const html = await page();
    const rows = await csv();
    const total = quiz.questions.length;
    expect(figure(html, 'takes')).toBe('12');
    expect(figure(html, 'mean_score')).toBe(`${csvValue(rows, 'quiz', QUIZ, 'mean_score')} of ${total}`);
    expect(figure(html, 'median_score')).toBe(`${csvValue(rows, 'quiz', QUIZ, 'median_score')} of ${total}`);
    expect(tableRows(html, 'table-scores')).toEqual(
      expected.distribution.map((n, s) => [
        `${s} of ${total}`,
        String(csvValue(rows, 'score', String(s), 'takes') ?? n),
      ]),
    );
    expect(tableRows(html, 'table-daily').map((r) => r[1])).toEqual(
      rows.filter((r) => r.section === 'day').map((r) => r.value),
    );
    expect(tableRows(html, 'table-languages')).toEqual([
      ['English', '8', '67%'],
      ['Spanish', '4', '33%'],
    ]);
    const skillRows = rows.filter((r) => r.section === 'skill' && r.measure === 'percent_correct');
    expect(tableRows(html, 'table-skills').sort()).toEqual(
      skillRows
        .map((r) => [
          SKILL_LABELS[r.key as keyof typeof SKILL_LABELS].en,
          String(csvValue(rows, 'skill', r.key, 'correct')),
          String(csvValue(rows, 'skill', r.key, 'answers')),
          `${r.value}%`,
        ])
        .sort(),
    );
    quiz.questions.forEach((q, j) => {
      const correct = csvValue(rows, 'question', q.id, 'correct');
      expect(figure(html, `question:${q.id}:percent_correct`)).toBe(
        `${csvValue(rows, 'question', q.id, 'percent_correct')}% answered correctly (${correct} of 12)`,
      );
      expect(tableRows(html, `table-q${j + 1}`)).toEqual(
        q.choices.map((c) => [
          c.text.en,
          q.correct.includes(c.id) ? 'Yes' : 'No',
          String(csvValue(rows, 'choice', `${q.id}/${c.id}`, 'chosen')),
          `${csvValue(rows, 'choice', `${q.id}/${c.id}`, 'percent_chosen')}%`,
        ]),
      );
    });
  });

  it('calls out the wrong answer that drew the most people in, by its text', async () => {
    const text = visibleText(await page());
    for (const q of quiz.questions) {
      const counts = expected.questions[q.id]?.choices ?? {};
      const wrong = q.choices.filter((c) => !q.correct.includes(c.id) && (counts[c.id] ?? 0) > 0);
      const top = Math.max(0, ...wrong.map((c) => counts[c.id] ?? 0));
      const leaders = wrong.filter((c) => counts[c.id] === top);
      if (leaders.length === 0) expect(text).toContain('Nobody chose a wrong answer.');
      else if (leaders.length === 1)
        expect(text).toContain(`Most chosen wrong answer: “${leaders[0]?.text.en}” (${top} of 12`);
      else expect(text).toContain(`Most chosen wrong answers (tied): “${leaders[0]?.text.en}”`);
    }
    expect(text).toContain('✓ Correct answer');
  });

  it('speaks Spanish with ?lang=es, prompts and answers taken from the quiz in Spanish', async () => {
    const html = await page('?lang=es');
    expect(html).toMatch(/^<!doctype html><html lang="es"/);
    const text = visibleText(html);
    expect(text).toContain(quiz.title.es);
    expect(text).toContain(quiz.questions[0]?.prompt.es);
    expect(text).toContain('Participaciones');
    const mean = Math.round(expected.mean * 10) / 10;
    // Mexican Spanish, the one Spanish locale everywhere (contract/quiz.ts LOCALES), writes a decimal point.
    const decimal = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 }).format(mean);
    expect(figure(html, 'mean_score')).toBe(`${decimal} de ${quiz.questions.length}`);
    const rows = await csv('es');
    expect(csvValue(rows, 'language', 'es', 'takes')).toBe('4');
    expect(rows.find((r) => r.section === 'question')?.label).toBe(quiz.questions[0]?.prompt.es);
  });

  it('says when the figures were updated and how fresh they are, in words', async () => {
    const r = await json();
    const text = footerText(await page());
    expect(text).toMatch(
      /Updated \d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2} UTC\. Figures include submissions up to about 60 seconds old\./,
    );
    expect(r.freshnessSeconds).toBe(60);
    const es = footerText(await page('?lang=es'));
    expect(es).toContain('Las cifras incluyen envíos de hasta hace unos 60 segundos.');
  });

  it('labels every chart for screen readers and gives each a data table', async () => {
    const html = await page();
    const charts = [...html.matchAll(/role="img" aria-labelledby="([^"]+)"/g)].map((m) => m[1] ?? '');
    // Histogram, days, skills, every question, languages.
    expect(charts).toHaveLength(4 + quiz.questions.length);
    for (const ids of charts) for (const id of ids.split(' ')) expect(html).toContain(`id="${id}"`);
    expect([...html.matchAll(/<table id=/g)]).toHaveLength(charts.length);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('links both exports from the page', async () => {
    const html = await page();
    expect(html).toContain(`href="/api/quizzes/${QUIZ}/results.csv?lang=en"`);
    expect(html).toContain(`href="/api/quizzes/${QUIZ}/results"`);
  });
});

describe('GET /results/:quizId, the response', () => {
  it('is HTML under a strict CSP whose hash matches the one inline stylesheet, and no script unless framed', async () => {
    const res = await call(`/results/${QUIZ}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    const html = await res.text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`style-src ${await sha256(css)}`);
    expect(html).not.toContain('<script');
    expect(res.headers.has('Set-Cookie')).toBe(false);
  });

  it('drops the page chrome when embedded, may be framed anywhere, and reports its height to the host', async () => {
    const res = await call(`/results/${QUIZ}?embed=1&theme=dark&lang=es`);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    const html = await res.text();
    expect(html).toContain('data-theme="dark"');
    expect(html).toContain('<body class="embed">');
    expect(html).not.toContain('class="topbar"');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('source:"lateral",type:"resize",height:');
    expect(script).toContain('new ResizeObserver');
    expect(csp).toContain(`script-src ${await sha256(script)}`);
  });

  it('falls back to English and the automatic theme on unknown options', async () => {
    const html = await page('?lang=fr&theme=neon&embed=yes');
    expect(html).toMatch(/^<!doctype html><html lang="en" data-theme="auto"/);
    expect(html).not.toContain('<script');
  });

  it('sends a token form posted to a public quiz back to the page itself', async () => {
    const res = await call(`/results/${QUIZ}?lang=es`, { method: 'POST', body: 'token=x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/results/${QUIZ}?lang=es`);
  });

  it('answers an unknown quiz with a readable 404 page', async () => {
    const res = await call('/results/no-such-quiz');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('No quiz here');
  });

  it('is cacheable for the results cache period, and repeated views cost no KV operation', async () => {
    const counted = countingKv(testEnv.SCORES);
    const env = { SCORES: counted.kv, RESULTS_CACHE_SECONDS: '30' };
    const first = await call(`/results/${QUIZ}?lang=es`, {}, env);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=30');
    const afterFirst = counted.total();
    expect(afterFirst).toBeGreaterThan(0);
    await call(`/results/${QUIZ}`, {}, env);
    await call(`/api/quizzes/${QUIZ}/results.csv`, {}, env);
    expect(counted.total()).toBe(afterFirst);
  });
});

describe('GET /api/quizzes/:quizId/results.csv, the response', () => {
  it('is a UTF-8 CSV download named after the quiz, readable cross-origin', async () => {
    const res = await call(`/api/quizzes/${QUIZ}/results.csv`, { headers: { Origin: 'https://example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${QUIZ}-results.csv"`);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    // Response.text() would drop the byte-order mark, so look at the bytes.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFversion,section,key,label,measure,value\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('refuses other methods and unknown quizzes with JSON errors', async () => {
    const post = await call(`/api/quizzes/${QUIZ}/results.csv`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET');
    const missing = await call('/api/quizzes/nope/results.csv');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const badLang = await call(`/api/quizzes/${QUIZ}/results.csv?lang=fr`);
    expect(badLang.status).toBe(400);
  });
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
