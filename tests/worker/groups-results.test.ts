import { reset } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { type GroupCreated, type Results, enoughAnswers } from '../../contract/api.ts';
import { rollup } from '../../worker/results/rollup.ts';
import { grade } from '../../worker/takes/grading.ts';
import { currentVersion } from '../../worker/quizzes/bundled.ts';
import { type SubmissionRecord, encodeAnswer, writeSubmission } from '../../worker/store.ts';
import { QUIZ, call, countingKv, postJson, quiz, testEnv, bucketAgo, later } from './helpers.ts';
import { createGroup, errorOf, groupsPath, keyOf, readGroup, takeIn } from './groups-support.ts';
import { type Take, csvValue, expectedFigures, knownTakes, parseCsv } from './results-support.ts';

/** Takes stored straight into an hour that settled long ago, graded as the Worker grades them. */
async function seedRecords(entries: { take: Take; group?: string }[], hoursAgo: number): Promise<void> {
  const bucket = bucketAgo(hoursAgo);
  await Promise.all(
    entries.map(({ take, group }, i) => {
      const graded = grade(quiz, take.answers);
      const record: SubmissionRecord = {
        v: 2,
        q: currentVersion(quiz).version,
        s: graded.score,
        t: graded.total,
        l: take.lang,
        d: new Date().toISOString().slice(0, 10),
        a: Object.fromEntries(
          quiz.questions.map((q) => [
            q.id,
            encodeAnswer(graded.correctByQuestion[q.id] === true, take.answers[q.id] ?? []),
          ]),
        ),
        ...(group ? { g: group } : {}),
      };
      return writeSubmission(testEnv.SCORES, QUIZ, bucket, `seed${String(i).padStart(8, '0')}`, record);
    }),
  );
}

async function takeAll(code: string | undefined, takes: Take[]): Promise<void> {
  for (const t of takes) expect(await takeIn(code, t)).toBe(201);
}

function expectFigures(r: Results, takes: Take[]) {
  const want = expectedFigures(takes);
  expect(r.takes).toBe(want.takes);
  if (!enoughAnswers(takes.length)) {
    // The small-number rule: scores and languages wait for enough takes, for the crowd as for a group.
    expect(r).toMatchObject({ scoresHeldBack: true, scoreDistribution: [], languages: {}, meanScore: null });
    return;
  }
  expect(r.scoreDistribution).toEqual(want.distribution);
  expect(r.languages).toEqual(want.languages);
  expect(r.meanScore).toBeCloseTo(want.mean, 2);
}

afterEach(() => reset());

describe('a group’s results', () => {
  it('create, join, take, fold, read: the group sees its own takes, beside everyone’s, before and after the rollup', async () => {
    const takes = knownTakes(30);
    const [mine, theirs, nobody] = [takes.slice(0, 12), takes.slice(12, 17), takes.slice(17)];
    const a = await createGroup({ name: 'Period 3' });
    const b = await createGroup();
    await takeAll(a.group.code, mine);
    await takeAll(b.group.code, theirs);
    await takeAll(undefined, nobody);

    const check = async () => {
      const r = await readGroup(a.group.code, keyOf(a));
      expectFigures(r, mine);
      expect(r.questions).toEqual(expectedFigures(mine).questions);
      expect(r.group).toMatchObject({ code: a.group.code, name: 'Period 3', quizId: QUIZ });
      expect(r.crowd).not.toBeNull();
      expectFigures(r.crowd as Results, takes);
      expect(r.crowd?.questions).toEqual(expectedFigures(takes).questions);
      // Five takes: counted, but the small-number rule holds their scores back.
      const other = await readGroup(b.group.code, keyOf(b));
      expect(other.takes).toBe(theirs.length);
      expect(other).toMatchObject({
        scoresHeldBack: true,
        scoreDistribution: [],
        languages: {},
        meanScore: null,
        medianScore: null,
      });
    };
    await check();
    const reports = await rollup(testEnv, later());
    expect(reports.find((r) => r.quizId === QUIZ)?.folded).toBe(30);
    await check();
  });

  it('applies the small-number rule to the group: no per-question or per-skill figure below 10, however many took the quiz', async () => {
    const takes = knownTakes(25);
    const g = await createGroup();
    await takeAll(undefined, takes.slice(0, 15));
    await takeAll(g.group.code, takes.slice(15, 24));
    const nine = await readGroup(g.group.code, keyOf(g));
    expect(nine.takes).toBe(9);
    // Each question has 9 answers in the group: none is shown. A skill shows once it has 10 answers
    // (a skill practised by two questions has 18), whatever everyone else's count.
    expect(nine.questions).toEqual({});
    expect(Object.keys(nine.questionsPending ?? {}).length).toBe(quiz.questions.length);
    for (const [skill, score] of Object.entries(nine.skills)) {
      expect(score?.total, skill).toBeGreaterThanOrEqual(10);
    }
    // The crowd has 24 takes, so its figures are shown, and the group's are not derivable from them here.
    expect(Object.keys(nine.crowd?.questions ?? {})).toHaveLength(quiz.questions.length);
    // Nor the group's scores: a teacher knows who the nine are. Everyone's stay beside.
    expect(nine).toMatchObject({ scoresHeldBack: true, scoreDistribution: [], meanScore: null, medianScore: null });
    expect(nine.crowd?.scoreDistribution).toEqual(expectedFigures(takes.slice(0, 24)).distribution);
    const text = await (await call(`${groupsPath}/${g.group.code}/results.csv?key=${keyOf(g)}`)).text();
    const csv = parseCsv(text.replace('value,everyone', 'value'));
    expect(csv.filter((r) => ['question', 'choice', 'score'].includes(r.section))).toEqual([]);
    expect(csvValue(csv, 'group', g.group.code, 'scores_held_back')).toBe('1');
    expect(csvValue(csv, 'quiz', QUIZ, 'mean_score')).toBe('');
    const page = await (await call(`/results/${QUIZ}/groups/${g.group.code}?key=${keyOf(g)}`)).text();
    expect(page).toContain('This group’s scores appear once 10 takes are in the group (so far: 9)');
    expect(page).not.toContain('id="scores-desc"');

    await takeAll(g.group.code, takes.slice(24));
    const ten = await readGroup(g.group.code, keyOf(g));
    expect(ten.questions).toEqual(expectedFigures(takes.slice(15)).questions);
    expect(Object.keys(ten.skills).length).toBeGreaterThan(0);
    expectFigures(ten, takes.slice(15));
    expect(ten.scoresHeldBack).toBe(false);
    const tenCsv = parseCsv(
      (await (await call(`${groupsPath}/${g.group.code}/results.csv?key=${keyOf(g)}`)).text()).replace(
        'value,everyone',
        'value',
      ),
    );
    expect(csvValue(tenCsv, 'group', g.group.code, 'scores_held_back')).toBe('0');
    expect(tenCsv.filter((r) => r.section === 'score').length).toBe(quiz.questions.length + 1);
  });

  it('gives the CSV with the group’s figure and everyone’s beside it', async () => {
    const takes = knownTakes(24);
    const g = await createGroup({ name: 'Class, "B"' });
    await takeAll(g.group.code, takes.slice(0, 12));
    await takeAll(undefined, takes.slice(12));
    const res = await call(`${groupsPath}/${g.group.code.toLowerCase()}/results.csv?key=${keyOf(g)}&lang=es`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe(
      `attachment; filename="${QUIZ}-group-${g.group.code}-results.csv"`,
    );
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe('version,section,key,label,measure,value,everyone');
    const rows = text
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','));
    expect(rows[0]?.slice(0, 3)).toEqual([currentVersion(quiz).version, 'group', g.group.code]);
    const r = await readGroup(g.group.code, keyOf(g));
    // parseCsv reads the first six columns; the seventh is the crowd's.
    const parsed = parseCsv(text.replace('value,everyone', 'value'));
    expect(csvValue(parsed, 'quiz', QUIZ, 'takes')).toBe('12');
    const takesRow = rows.find((row) => row[1] === 'quiz' && row.includes('takes'));
    expect(takesRow?.at(-1)).toBe('24');
    const q = quiz.questions[0]?.id ?? '';
    const qRow = rows.find(
      (row) => row[1] === 'question' && row[2] === q && row.at(-2) === String(r.questions[q]?.correct),
    );
    expect(qRow?.at(-1)).toBe(String(r.crowd?.questions[q]?.correct));
  });

  it('costs at most 5 KV operations per read after the rollup, and never writes', async () => {
    const groups: GroupCreated[] = [];
    for (let i = 0; i < 5; i++) groups.push(await createGroup());
    // 40 takes in a settled hour, folded; then 3 live ones in the current hour, which no rollup may fold yet.
    const takes = knownTakes(40);
    await seedRecords(
      takes.map((t, i) => ({ take: t, group: groups[i % 5]?.group.code })),
      5,
    );
    const reports = await rollup(testEnv, Date.now());
    expect(reports.find((r) => r.quizId === QUIZ)?.folded).toBe(40);
    await takeAll(groups[0]?.group.code, takes.slice(0, 3));
    const counted = countingKv(testEnv.SCORES);
    const g = groups[0] as GroupCreated;
    const r = await readGroup(g.group.code, keyOf(g), { SCORES: counted.kv });
    expect(r.takes).toBe(11);
    expect(r.crowd?.takes).toBe(43);
    expect(counted.total()).toBeLessThanOrEqual(5);
    expect(counted.counts.put).toBe(0);
  });

  it('hides everyone’s figures when the quiz’s results are private', async () => {
    const g = await createGroup();
    await takeAll(g.group.code, knownTakes(2));
    quiz.results = 'private';
    try {
      const r = await readGroup(g.group.code, keyOf(g));
      expect(r.takes).toBe(2);
      expect(r.crowd).toBeNull();
      // Without everyone's figures, the page still says why the group's scores are held back.
      const page = await (await call(`/results/${QUIZ}/groups/${g.group.code}?key=${keyOf(g)}`)).text();
      expect(page).toContain('This group’s scores appear once 10 takes are in the group (so far: 2)');
    } finally {
      quiz.results = 'public';
    }
  });
});

describe('who may read a group’s results', () => {
  it('refuses a missing or wrong key with 403, and an unknown code with 404, showing no figure', async () => {
    const g = await createGroup();
    await takeAll(g.group.code, knownTakes(3));
    const base = `${groupsPath}/${g.group.code}`;
    for (const path of [`${base}/results`, `${base}/results?key=`, `${base}/results?key=${keyOf(g).slice(0, 42)}x`]) {
      const res = await call(path);
      const text = await res.text();
      expect(res.status, path).toBe(403);
      expect(JSON.parse(text).error.code).toBe('group_link_invalid');
      expect(text).not.toMatch(/takes|scoreDistribution/);
    }
    expect((await call(`${base}/results.csv?key=nope`)).status).toBe(403);
    expect((await errorOf(await call(`${groupsPath}/CFHJKM/results?key=${keyOf(g)}`))).status).toBe(404);
  });

  it('also takes the key as a Bearer token', async () => {
    const g = await createGroup();
    const res = await call(`${groupsPath}/${g.group.code}/results`, {
      headers: { Authorization: `Bearer ${keyOf(g)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('replaces a results link: the old key is refused from then on, the new one works, the join code stays', async () => {
    const g = await createGroup();
    await takeAll(g.group.code, knownTakes(2));
    const old = keyOf(g);
    const res = await postJson(`${groupsPath}/${g.group.code}/key`, { key: old }, { RATE_LIMIT: 'off' });
    expect(res.status).toBe(201);
    const replaced = (await res.json()) as GroupCreated;
    const fresh = keyOf(replaced);
    expect(fresh).not.toBe(old);
    expect(replaced.group.code).toBe(g.group.code);
    expect(replaced.links.classLink).toBe(g.links.classLink);

    for (const path of ['results', 'results.csv']) {
      const refused = await call(`${groupsPath}/${g.group.code}/${path}?key=${old}`);
      expect(refused.status, path).toBe(403);
      expect((await errorOf(refused)).message).toContain('replaced');
    }
    expect((await readGroup(g.group.code, fresh)).takes).toBe(2);
    // The old key cannot replace the link again.
    const again = await postJson(`${groupsPath}/${g.group.code}/key`, { key: old }, { RATE_LIMIT: 'off' });
    expect(again.status).toBe(403);
    // Joining is unaffected.
    expect(await takeIn(g.group.code, knownTakes(1)[0] as Take)).toBe(201);
  });

  it('lets the operator’s RESULTS_TOKEN replace a lost link, and nobody else', async () => {
    const g = await createGroup();
    const env = { RATE_LIMIT: 'off', RESULTS_TOKEN: 'operator-token-5b1e9c' };
    const asOperator = await call(
      `${groupsPath}/${g.group.code}/key`,
      { method: 'POST', headers: { Authorization: 'Bearer operator-token-5b1e9c' } },
      env,
    );
    expect(asOperator.status).toBe(201);
    const stranger = await call(
      `${groupsPath}/${g.group.code}/key`,
      { method: 'POST', headers: { Authorization: 'Bearer guess' } },
      env,
    );
    expect(stranger.status).toBe(403);
  });

  it('answers 410 once the group has expired, to the key holder', async () => {
    const g = await createGroup({ days: 1 });
    const stored = (await testEnv.SCORES.get(`v1:group:${g.group.code}`, 'json')) as Record<string, unknown>;
    await testEnv.SCORES.put(
      `v1:group:${g.group.code}`,
      JSON.stringify({ ...stored, expiresAt: new Date(Date.now() - 1000).toISOString() }),
    );
    expect((await errorOf(await call(`${groupsPath}/${g.group.code}/results?key=${keyOf(g)}`))).code).toBe(
      'group_expired',
    );
  });
});
