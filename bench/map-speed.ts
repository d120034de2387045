// `npm run map:speed`: how long the reading map takes on a 1,200-word article in Node (median of 20 runs); writes bench/map-speed.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extractArticle, mapArticle } from '../reading-map/index.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const RUNS = 20;
const TARGET_MS = 200;

// A 1,200-word article: the wire report and the health story, one after the other under one headline.
const body = ['wire-report', 'health-study', 'opinion-column']
  .map((n) => readFileSync(`${ROOT}tests/fixtures/articles/${n}.txt`, 'utf8').split('\n').slice(2).join('\n'))
  .join('\n\n');
const words = body.split(/\s+/);
const text = `Port strike, walking study and bike lanes: the week in review\n\nBy Bench Desk\n\n${words.slice(0, 1190).join(' ')}`;
const result = await extractArticle(text, { format: 'text' });
if (!result.ok) throw new Error(result.error.message);
const article = result.article;

// The first call loads compromise's lexicon; an editor pays it once per page, so it is reported apart.
const t0 = performance.now();
mapArticle(article);
const firstMs = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  mapArticle(article);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
const round = (n: number) => Math.round(n * 10) / 10;
const figures = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: loadavg().map(round),
    node: process.version,
  },
  article: { words: article.wordCount, marks: mapArticle(article).marks.length },
  runs: RUNS,
  firstCallMs: round(firstMs),
  medianMs: round(median),
  minMs: round(times[0]!),
  maxMs: round(times.at(-1)!),
  targetMs: TARGET_MS,
  ratioToTarget: round(median / TARGET_MS),
};
writeFileSync(`${ROOT}bench/map-speed.json`, `${JSON.stringify(figures, null, 2)}\n`);
console.log(
  `[map:speed] ${article.wordCount} words: median ${figures.medianMs} ms over ${RUNS} runs (min ${figures.minMs}, max ${figures.maxMs}; first call ${figures.firstCallMs} ms), ${figures.ratioToTarget}x the ${TARGET_MS} ms target`,
);
if (median > TARGET_MS) process.exitCode = 1;
