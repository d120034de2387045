// `npm run map:eval`: scores the reading map against the hand labels; writes bench/map-eval.json and the README table.

import { readFileSync, writeFileSync } from 'node:fs';
import { SIGNAL_KINDS, type SignalKind } from '../contract/reading-map.ts';
import { mapArticle } from '../reading-map/index.ts';
import { ROOT, type Score, type Tally, add, loadFixtures, round, score, tally } from './lib/map-fixtures.ts';

const CAREFUL = 'careful-report';
const zero = (): Tally => ({ labels: 0, marks: 0, matched: 0 });

const fixtures = await loadFixtures();
const perKind = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, zero()])) as Record<SignalKind, Tally>;
const perArticle: Record<string, Score & { words: number; falseMarksPer1000Words: number }> = {};
for (const f of fixtures) {
  const { marks } = mapArticle(f.article);
  const t = tally(marks, f.labels);
  let all = zero();
  for (const kind of SIGNAL_KINDS) {
    perKind[kind] = add(perKind[kind], t[kind]);
    all = add(all, t[kind]);
  }
  const falseMarks = all.marks - all.matched;
  perArticle[f.name] = {
    ...score(all),
    words: f.article.wordCount,
    falseMarksPer1000Words: round((falseMarks / f.article.wordCount) * 1000),
  };
}
const overall = score(Object.values(perKind).reduce(add, zero()));
const signals = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, score(perKind[k])])) as Record<SignalKind, Score>;
const careful = perArticle[CAREFUL]!;
let commit = 'unknown';
try {
  const head = readFileSync(`${ROOT}.git`, 'utf8').trim();
  commit = head.startsWith('gitdir:') ? head : head.slice(0, 12);
} catch {}

const result = {
  date: new Date().toISOString(),
  method:
    'Marks against hand labels (tests/fixtures/articles/*.labels.json), one-to-one per signal kind; a mark matches a label of its kind whose character range it overlaps.',
  targets: { overallRecall: 0.8, overallPrecision: 0.6, carefulFalseMarksPer1000Words: 3 },
  overall,
  signals,
  articles: perArticle,
  careful: { falseMarksPer1000Words: careful.falseMarksPer1000Words, words: careful.words },
};
writeFileSync(`${ROOT}bench/map-eval.json`, `${JSON.stringify(result, null, 2)}\n`);

const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(2));
const rows = [
  '| Signal | Labels | Marks | Matched | Precision | Recall |',
  '|---|---:|---:|---:|---:|---:|',
  ...SIGNAL_KINDS.map((k) => {
    const s = signals[k];
    return `| ${k} | ${s.labels} | ${s.marks} | ${s.matched} | ${fmt(s.precision)} | ${fmt(s.recall)} |`;
  }),
  `| **overall** | ${overall.labels} | ${overall.marks} | ${overall.matched} | **${fmt(overall.precision)}** | **${fmt(overall.recall)}** |`,
];
const table = [
  `Reading map against the hand labels of ${fixtures.length} articles (\`npm run map:eval\`, ${result.date.slice(0, 10)}; targets: recall ≥ 0.80, precision ≥ 0.60, ≤ 3 false marks per 1,000 words on the careful report).`,
  '',
  ...rows,
  '',
  `Careful report: ${careful.falseMarksPer1000Words.toFixed(1)} false marks per 1,000 words (${careful.marks - careful.matched} in ${careful.words} words).`,
].join('\n');

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const START = '<!-- map-eval:start -->';
const END = '<!-- map-eval:end -->';
if (readme.includes(START) && readme.includes(END)) {
  const updated = readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), `${START}\n${table}\n${END}`);
  writeFileSync(`${ROOT}README.md`, updated);
} else console.warn('[map:eval] README.md has no map-eval markers; table not written');

console.log(table);
for (const [name, a] of Object.entries(perArticle)) {
  console.log(
    `  ${name}: precision ${fmt(a.precision)}, recall ${fmt(a.recall)}, ${a.falseMarksPer1000Words} false marks/1,000 words`,
  );
}
