// `npm run draft:eval`: the question writer on articles of different kinds (issue 19 §4). Writes bench/draft-eval.json
// and the README table: complete questions, skills, what is left for the author, item-rule passes, blind strategies, speed.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Article } from '../contract/article.ts';
import type { QuizFile } from '../contract/quiz.ts';
import { draftQuiz } from '../question-writer/index.ts';
import { extractArticle, mapArticle } from '../reading-map/index.ts';
import {
  blindStrategies,
  isComplete,
  ITEM_RULES,
  draftProblems,
  leftForAuthor,
  passingChoiceShare,
} from './lib/draft-measures.ts';
import { ROOT, loadFixtures } from './lib/map-fixtures.ts';

/** How many items share each key, in the order keys first appear. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * `written against`: articles the writer's templates were written and corrected on. `unseen`: the map's held-out
 * articles, on which the writer was run only by this evaluation, never to adjust it.
 */
type EvalSet = 'written against' | 'unseen';
type Entry = { name: string; kind: string; set: EvalSet; article: Article };

const RUNS = 7;
const today = new Date().toISOString().slice(0, 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function spanish(name: string, kind: string): Promise<Entry> {
  const result = await extractArticle(readFileSync(`${ROOT}bench/draft-eval/${name}.txt`, 'utf8'), { format: 'text' });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return { name, kind, set: 'written against', article: result.article };
}

const entries: Entry[] = [
  ...(await loadFixtures('in-sample')).map(
    (f): Entry => ({ name: f.name, kind: f.genre, set: 'written against', article: f.article }),
  ),
  await spanish('es-agua-monterrey', 'local news report, Spanish'),
  ...(await loadFixtures('held-out')).map(
    (f): Entry => ({ name: f.name, kind: f.genre, set: 'unseen', article: f.article }),
  ),
];

function timeDraft(article: Article): { mapMs: number; draftMs: number } {
  const maps: number[] = [];
  const drafts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const map = mapArticle(article);
    const t1 = performance.now();
    draftQuiz(article, map, 'eval');
    drafts.push(performance.now() - t1);
    maps.push(t1 - t0);
  }
  return { mapMs: median(maps), draftMs: median(drafts) };
}

const rows = entries.map((e) => {
  const quiz: QuizFile = draftQuiz(e.article, mapArticle(e.article), 'eval');
  const complete = quiz.questions.filter((q) => isComplete(q, quiz)).length;
  const left = leftForAuthor(quiz, e.article.text);
  const all = draftProblems(quiz, e.article.text, today);
  const problems = all.filter((p) => ITEM_RULES.has(p.code));
  const advice = all.filter((p) => !ITEM_RULES.has(p.code));
  const { mapMs, draftMs } = timeDraft(e.article);
  const per1000 = 1000 / e.article.wordCount;
  return {
    name: e.name,
    kind: e.kind,
    set: e.set,
    lang: e.article.lang,
    words: e.article.wordCount,
    questions: quiz.questions.length,
    complete,
    skills: [...new Set(quiz.questions.map((q) => q.skill))],
    stances: {
      credits: quiz.questions.filter((q) => q.stance === 'credits').length,
      doubts: quiz.questions.filter((q) => q.stance === 'doubts').length,
      neutral: quiz.questions.filter((q) => q.stance === 'neutral').length,
    },
    patterns: quiz.questions.map((q) => q.needsReview?.pattern ?? ''),
    leftForAuthor: left,
    itemProblems: problems.map((p) => ({ code: p.code, severity: p.severity, question: p.where.question ?? null })),
    passingChoices: round(passingChoiceShare(quiz, problems), 3),
    /** Other rules' findings on the reviewed draft (balance, untranslated passages): advice a teacher's quiz may publish with. */
    otherAdvice: [...countBy(advice, (p) => `${p.code} (${p.severity})`)].map(([code, n]) => `${code} ×${n}`),
    blind: { en: blindStrategies(quiz, 'en'), es: blindStrategies(quiz, 'es') },
    draftMsPer1000Words: round(draftMs * per1000),
    mapAndDraftMsPer1000Words: round((mapMs + draftMs) * per1000),
  };
});

const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const sum = (f: (r: (typeof rows)[number]) => number, set?: EvalSet) =>
  rows.filter((r) => !set || r.set === set).reduce((n, r) => n + f(r), 0);
const allChoices = sum((r) => r.questions * 3);
const report = {
  what: 'The question writer on articles of different kinds: complete questions, skills, what is left for the author, item rules, blind strategies, speed (issue 19 §4).',
  date: today,
  commit,
  node: process.version,
  runsPerArticle: RUNS,
  articles: rows,
  overall: {
    articles: rows.length,
    questions: sum((r) => r.questions),
    complete: sum((r) => r.complete),
    passingChoices: round(sum((r) => r.passingChoices * r.questions * 3) / allChoices, 3),
    articlesWith8: rows.filter((r) => r.complete >= 8 && r.skills.length >= 4).length,
  },
};
writeFileSync(`${ROOT}bench/draft-eval.json`, `${JSON.stringify(report, null, 2)}\n`);

const pct = (x: number) => `${Math.round(x * 100)} %`;
/** Quiz-level item findings (the key's length pattern over the quiz) point at no choice: shown beside the share. */
const quizLevel = (r: (typeof rows)[number]) => {
  const codes = [...new Set(r.itemProblems.filter((p) => !p.question).map((p) => p.code))];
  return codes.length ? ` (quiz: ${codes.join(', ')})` : '';
};
const line = (r: (typeof rows)[number]) =>
  `| ${r.name} | ${r.kind} | ${r.set} | ${r.lang} | ${r.words} | ${r.complete} / ${r.questions} | ${r.skills.length} | ${r.stances.credits} / ${r.stances.doubts} / ${r.stances.neutral} | ${r.leftForAuthor.reviewTicks} ticks${r.leftForAuthor.fields.length ? ` + ${r.leftForAuthor.fields.join(', ')}` : ''} | ${pct(r.passingChoices)}${quizLevel(r)} | ${pct(r.blind.en.longest)} / ${pct(r.blind.es.longest)} | ${r.draftMsPer1000Words} ms (${r.mapAndDraftMsPer1000Words} ms) |`;
const table = [
  `Question writer on ${rows.length} articles (\`npm run draft:eval\`, ${today}, commit ${commit}, Node ${process.version}; median of ${RUNS} runs). **Written against**: the articles the templates were written and corrected on. **Unseen**: the map's held-out articles, never used to adjust the writer. Targets: ≥ 8 complete questions over ≥ 4 skills; only the review ticks and \`checkedAt\` left; 100 % of choices passing the item rules; the key the longest choice in ≤ 40 % of one-answer questions.`,
  '',
  '| Article | Kind | Set | Lang | Words | Complete / drafted | Skills | Credits / doubts / neutral | Left for the author | Choices passing item rules | Key longest (en / es) | Draft (map + draft) per 1,000 words |',
  '|---|---|---|---|---:|---:|---:|---|---|---:|---:|---:|',
  ...rows.map(line),
  '',
  'Item rules: the item-writing checks of issue 20 §2 on the draft as it would be once reviewed. The other rules also advise (warnings for a teacher\'s quiz, see `otherAdvice` in bench/draft-eval.json): each passage\'s Spanish rendering is left to the author (the writer translates no article text), and some articles give too few "holds up" answers for the balance rule.',
  '',
  `Overall: ${report.overall.complete} of ${report.overall.questions} drafted questions complete; ${report.overall.articlesWith8} of ${rows.length} articles get ≥ 8 complete questions over ≥ 4 skills; ${pct(report.overall.passingChoices)} of choices pass the item rules.`,
].join('\n');

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const START = '<!-- draft-eval:start -->';
const END = '<!-- draft-eval:end -->';
if (readme.includes(START) && readme.includes(END)) {
  writeFileSync(
    `${ROOT}README.md`,
    readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), `${START}\n${table}\n${END}`),
  );
} else console.warn('[draft:eval] README.md has no draft-eval markers; table not written');
console.log(table);
for (const r of rows)
  if (r.itemProblems.length || r.otherAdvice.length)
    console.log(
      `${r.name}: item rules: ${r.itemProblems.map((p) => `${p.code}${p.question ? `@${p.question}` : ''}`).join(', ') || 'none'}; other advice: ${r.otherAdvice.join(', ')}`,
    );
