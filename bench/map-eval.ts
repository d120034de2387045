// `npm run map:eval`: scores the reading map against the hand labels, in-sample and held-out apart; writes bench/map-eval.json and the README table.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { SIGNAL_KINDS, type SignalKind } from '../contract/reading-map.ts';
import { mapArticle, rankMarks } from '../reading-map/index.ts';
import { readabilityOracle } from './lib/readability-oracle.ts';
import {
  type Fixture,
  type FixtureSet,
  ROOT,
  type Score,
  type Tally,
  add,
  loadFixtures,
  round,
  score,
  tally,
} from './lib/map-fixtures.ts';

const zero = (): Tally => ({ labels: 0, marks: 0, matched: 0 });
type ArticleScore = Score & { genre: string; words: number; falseMarksPer1000Words: number };
type SetScore = {
  articles: Record<string, ArticleScore>;
  overall: Score;
  signals: Record<SignalKind, Score>;
  /** The careful report(s) of the set, where the map must stay quiet. */
  careful: { articles: string[]; words: number; falseMarks: number; falseMarksPer1000Words: number };
  /** Ranking quality: of the marks in each article's top 10, the share a label of their kind covers. */
  top10: { marks: number; labelled: number; share: number | null };
};

/** A careful report is labelled as one in its genre ("careful report", "careful report (sports business)"). */
const isCareful = (genre: string) => genre.startsWith('careful report');

async function evaluate(set: FixtureSet, only?: (f: Fixture) => boolean): Promise<SetScore> {
  const fixtures = (await loadFixtures(set)).filter((f) => !only || only(f));
  const perKind = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, zero()])) as Record<SignalKind, Tally>;
  const articles: Record<string, ArticleScore> = {};
  const careful = { articles: [] as string[], words: 0, falseMarks: 0, falseMarksPer1000Words: 0 };
  const top10 = { marks: 0, labelled: 0, share: null as number | null };
  for (const f of fixtures) {
    const marks = mapArticle(f.article).marks;
    const t = tally(marks, f.labels);
    const top = rankMarks(marks, { textLength: f.article.text.length }).top.slice(0, 10);
    top10.marks += top.length;
    top10.labelled += top.filter((m) =>
      f.labels.some((l) => l.kind === m.kind && l.start < m.end && m.start < l.end),
    ).length;
    let all = zero();
    for (const kind of SIGNAL_KINDS) {
      perKind[kind] = add(perKind[kind], t[kind]);
      all = add(all, t[kind]);
    }
    const falseMarks = all.marks - all.matched;
    articles[f.name] = {
      genre: f.genre,
      ...score(all),
      words: f.article.wordCount,
      falseMarksPer1000Words: round((falseMarks / f.article.wordCount) * 1000),
    };
    if (isCareful(f.genre)) {
      careful.articles.push(f.name);
      careful.words += f.article.wordCount;
      careful.falseMarks += falseMarks;
    }
  }
  top10.share = top10.marks ? round(top10.labelled / top10.marks) : null;
  careful.falseMarksPer1000Words = careful.words ? round((careful.falseMarks / careful.words) * 1000) : 0;
  return {
    articles,
    overall: score(Object.values(perKind).reduce(add, zero())),
    signals: Object.fromEntries(SIGNAL_KINDS.map((k) => [k, score(perKind[k])])) as Record<SignalKind, Score>,
    careful,
    top10,
  };
}

const inSample = await evaluate('in-sample');
const heldOut = await evaluate('held-out');
const pagesEn = await evaluate('held-out-pages', (f) => f.lang === 'en');
const pagesEs = await evaluate('held-out-pages', (f) => f.lang === 'es');
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {}

// `--readability <dir>`: the extraction oracle over a local checkout of mozilla/readability (its pages are never committed).
const oracleAt = process.argv.indexOf('--readability');
const oracle =
  oracleAt > 0 && process.argv[oracleAt + 1] ? await readabilityOracle(process.argv[oracleAt + 1]!) : undefined;
if (oracle) console.log('[map:eval] Readability oracle:', JSON.stringify(oracle));

const result = {
  date: new Date().toISOString(),
  commit,
  method:
    'Marks against hand labels (tests/fixtures/articles/*.labels.json), one-to-one per signal kind; a mark matches a label of its kind whose character range it overlaps. In-sample: the fixtures the detector was written and fixed against. Held-out: tests/fixtures/articles/held-out/, written after the detector was frozen at 0032c52 and never used to tune it.',
  targets: { overallRecall: 0.8, overallPrecision: 0.6, carefulFalseMarksPer1000Words: 3 },
  inSample,
  heldOut,
  heldOutPages: { en: pagesEn, es: pagesEs },
  ...(oracle ? { readabilityOracle: oracle } : {}),
};
writeFileSync(`${ROOT}bench/map-eval.json`, `${JSON.stringify(result, null, 2)}\n`);

const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(2));
const cells = (s: Score) => `${s.labels} | ${s.marks} | ${s.matched} | ${fmt(s.precision)} | ${fmt(s.recall)}`;
const bold = (s: Score) => `${s.labels} | ${s.marks} | ${s.matched} | **${fmt(s.precision)}** | **${fmt(s.recall)}**`;
const carefulLine = (name: string, s: SetScore) =>
  `${name} careful report${s.careful.articles.length > 1 ? 's' : ''} (${s.careful.articles.join(', ')}): ${s.careful.falseMarksPer1000Words.toFixed(1)} false marks per 1,000 words (${s.careful.falseMarks} in ${s.careful.words} words).`;
const count = (s: SetScore) => Object.keys(s.articles).length;
const table = [
  `Reading map against hand labels (\`npm run map:eval\`, ${result.date.slice(0, 10)}, commit ${commit}; targets: recall ≥ 0.80, precision ≥ 0.60, ≤ 3 false marks per 1,000 words on a careful report). **In-sample**: the ${count(inSample)} articles the detector was written and fixed against, so its figures flatter it. **Held-out**: ${count(heldOut)} articles written after the detector was frozen and never used to tune it: the honest figure.`,
  '',
  '| Signal | In-sample labels | Marks | Matched | Precision | Recall | Held-out labels | Marks | Matched | Precision | Recall |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...SIGNAL_KINDS.map((k) => `| ${k} | ${cells(inSample.signals[k])} | ${cells(heldOut.signals[k])} |`),
  `| **overall** | ${bold(inSample.overall)} | ${bold(heldOut.overall)} |`,
  '',
  carefulLine('In-sample', inSample),
  carefulLine('Held-out', heldOut),
].join('\n');

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const START = '<!-- map-eval:start -->';
const END = '<!-- map-eval:end -->';
if (readme.includes(START) && readme.includes(END)) {
  const updated = readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), `${START}\n${table}\n${END}`);
  writeFileSync(`${ROOT}README.md`, updated);
} else console.warn('[map:eval] README.md has no map-eval markers; table not written');

console.log(table);
for (const [set, s] of [
  ['in-sample', inSample],
  ['held-out', heldOut],
  ['pages en', pagesEn],
  ['pages es', pagesEs],
] as const) {
  for (const [name, a] of Object.entries(s.articles)) {
    console.log(
      `  ${set} ${name}: precision ${fmt(a.precision)}, recall ${fmt(a.recall)}, ${a.falseMarksPer1000Words} false marks/1,000 words`,
    );
  }
}
