// Validates questions/*.json and bundles them into the module the Worker imports; adding a quiz needs no code change.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDay } from '../contract/utc-day.ts';
import type { QuizVersion, VersionRegistry } from '../contract/quiz-version.ts';
import { recordVersion } from '../contract/quiz-version.ts';
import { formatProblem } from '../contract/validate-quiz.ts';
import { QUESTIONS_DIR, loadQuizFiles } from './load-quiz-files.ts';

const OUT_DIR = new URL('../worker/generated/', import.meta.url).pathname;

export type BuildOptions = { questionsDir?: string; outDir?: string; today?: string; log?: (line: string) => void };

export function buildQuestions({
  questionsDir = QUESTIONS_DIR,
  outDir = OUT_DIR,
  today = isoDay(Date.now()),
  log = console.log,
}: BuildOptions = {}): number {
  const { quizzes, problems } = loadQuizFiles(questionsDir);
  if (problems.length) {
    throw new Error(`Quiz files have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
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
