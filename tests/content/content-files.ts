// Paths and readers shared by the content tests: the quiz files as written, the source article and the research notes.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesFileName } from '../../contract/rules/source-records.ts';
import { QUESTIONS_DIR } from '../../scripts/load-quiz-files.ts';

/** The repository root, where npm scripts run. */
export const REPO_ROOT = new URL('../../', import.meta.url);

/** The source article; `../shared/` sits beside the repo in every checkout and in CI. */
export const ARTICLE_PATH = new URL('../shared/article/article.txt', REPO_ROOT).pathname;
/** The fact-check every outside source must come from. */
export const RESEARCH_PATH = new URL('../shared/research/media-literacy-and-fact-check.md', REPO_ROOT).pathname;

export function readShared(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${path} (expected beside the repo under ../shared/): ${(err as Error).message}`);
  }
}

/** Every quiz file exactly as written (not filtered through the validator), so a broken file still shows up. */
export function rawQuizFiles(): { file: string; data: unknown }[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(QUESTIONS_DIR, file), 'utf8')) as unknown }));
}

/** The quiz's own record of checked sources (`questions/<id>.sources.md`), or "" when it has none. */
export function quizSourcesFile(quizId: string): string {
  try {
    return readFileSync(join(QUESTIONS_DIR, sourcesFileName(quizId)), 'utf8');
  } catch {
    return '';
  }
}
