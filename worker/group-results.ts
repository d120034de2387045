// A class group's results beside the whole quiz's: one bulk read, then the unfolded hours listed once for both.

import type { GroupResults } from '../contract/api.ts';
import { normalizeGroupCode } from '../contract/group-code.ts';
import type { QuizFile } from '../contract/quiz.ts';
import type { Env } from './env.ts';
import type { GroupSummary } from './group-fold.ts';
import { groupInfo, groupNotFound, liveGroup, requireGroupKey } from './groups.ts';
import { forEachUnfolded, resultsMeta } from './results.ts';
import { readGroupView } from './store.ts';
import { type Summary, addRecord, emptyTally, toResults } from './tally.ts';

/**
 * Checks the code and the results key, then computes both sets of figures. KV cost: 1 bulk read (the
 * group, its tally, the quiz's summary) plus the 2–3 lists of the hours the rollup has not folded,
 * which serve the group and the crowd at once: at most 5 operations after the rollup.
 * Nothing is cached: replacing a results link must shut the old one out on the next read.
 */
export async function computeGroupResults(
  env: Env,
  quiz: QuizFile,
  typedCode: string,
  key: string | undefined,
  now: number,
): Promise<GroupResults> {
  const code = normalizeGroupCode(typedCode);
  if (!code) groupNotFound(typedCode);
  const view = await readGroupView<Summary, GroupSummary>(env.SCORES, quiz.id, code);
  // Unknown first (404), then the key (403), and only to the key holder whether it expired (410).
  if (!view.group || view.group.quizId !== quiz.id) groupNotFound(typedCode);
  await requireGroupKey(view.group, key);
  const group = liveGroup(view.group, quiz.id, typedCode, now);

  const crowd = view.summary ? structuredClone(view.summary.tally) : emptyTally();
  const mine = view.groupSummary ? structuredClone(view.groupSummary.tally) : emptyTally();
  // The group's own tally may be a rollup ahead of the summary (it is written first): skip what it holds.
  const through = view.groupSummary?.through ?? '';
  await forEachUnfolded(env.SCORES, quiz.id, view.summary, now, (subKey, record) => {
    addRecord(crowd, record);
    if (record.g === group.code && subKey > through) addRecord(mine, record);
  });
  const meta = resultsMeta(env, now);
  return {
    ...toResults(quiz, mine, meta),
    group: { ...groupInfo(group), name: group.name },
    // Everyone's figures only where everyone may see them anyway.
    crowd: quiz.results === 'public' ? toResults(quiz, crowd, meta) : null,
  };
}
