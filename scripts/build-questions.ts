// Validates questions/*.json and bundles them into the module the Worker imports; adding a quiz needs no code change.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDay } from '../contract/utc-day.ts';
import type { QuizVersion, VersionRegistry } from '../contract/quiz-version.ts';
import { recordVersion } from '../contract/quiz-version.ts';
import { formatProblem, isError } from '../contract/rules/problem.ts';
import { QUESTIONS_DIR, SHARED_ARTICLE, loadQuizFiles } from './load-quiz-files.ts';

const OUT_DIR = new URL('../worker/generated/', import.meta.url).pathname;

export type BuildOptions = {
  questionsDir?: string;
  outDir?: string;
  today?: string;
  /** The article for quizzes with none beside them; the first article when this checkout has it. */
  articlePath?: string;
  log?: (line: string) => void;
};

export function buildQuestions({
  questionsDir = QUESTIONS_DIR,
  outDir = OUT_DIR,
  today = isoDay(Date.now()),
  articlePath = existsSync(SHARED_ARTICLE) ? SHARED_ARTICLE : undefined,
  log = console.log,
}: BuildOptions = {}): number {
  // The same rules, with the same article, notes and day, as questions:check: one verdict on each file.
  const { quizzes, found } = loadQuizFiles(questionsDir, { today, ...(articlePath ? { articlePath } : {}) });
  const errors = found.filter((f) => isError(f.problem));
  if (errors.length) {
    const lines = errors.map((f) => formatProblem(f.problem, f.file));
    throw new Error(`Quiz files have ${errors.length} problem(s):\n${lines.join('\n')}`);
  }
  const warned = new Map<string, number>();
  for (const { file } of found) warned.set(file, (warned.get(file) ?? 0) + 1);
  for (const [file, n] of warned) log(`[build] ${file}: ${n} warning(s): npm run questions:check lists them`);
  // The registry is committed beside the quiz files: every build, here or in CI, grades the same versions.
  const versionsDir = join(questionsDir, 'versions');
  mkdirSync(versionsDir, { recursive: true });
  const versions: Record<string, QuizVersion[]> = {};
  for (const quiz of quizzes) {
    const path = join(versionsDir, `${quiz.id}.json`);
    const before = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as VersionRegistry) : null;
    const { registry, added } = recordVersion(before, quiz, today);
    writeIfChanged(path, `${JSON.stringify(registry, null, 2)}\n`);
    if (added) {
      const current = registry.versions.at(-1);
      log(
        `[build] ${quiz.id}: graded content changed, version ${current?.version} recorded in questions/versions/${quiz.id}.json` +
          ` (${registry.versions.length} version(s)); commit that file with the quiz`,
      );
    }
    versions[quiz.id] = registry.versions;
  }
  mkdirSync(outDir, { recursive: true });
  writeIfChanged(join(outDir, 'quiz-bank.json'), `${JSON.stringify(quizzes)}\n`);
  writeIfChanged(join(outDir, 'quiz-versions.json'), `${JSON.stringify(versions)}\n`);
  return quizzes.length;
}

/** wrangler dev watches worker/: rewriting an unchanged file would trigger another build, forever. */
function writeIfChanged(path: string, text: string): void {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}
