// A class group's results beside the whole quiz's: one bulk read, then the unfolded hours listed once for both.

import type { GroupResults } from '../../contract/api.ts';
import { normalizeGroupCode } from '../../contract/group-code.ts';
import type { QuizVersion } from '../../contract/quiz-version.ts';
import type { Env } from '../env.ts';
import type { GroupSummary } from '../results/group-fold.ts';
import { groupInfo, groupNotFound, liveGroup, requireGroupKey } from './record.ts';
import { currentVersion, firstVersion, versionsOf } from '../quizzes/bundled.ts';
import { foldStateOf, resultsMeta, visitUnfolded } from '../results/compute.ts';
import { readGroupView } from '../store.ts';
import { type StoredSummary, type Tallies, addRecord, toResults } from '../results/tally.ts';
import type { ServedQuiz } from '../quizzes/bundled.ts';

/**
 * Checks the code and the results key, then computes both sets of figures. KV cost: 1 bulk read (the
 * group, its tally, the quiz's summary) plus the 2–4 lists of the hours the rollup has not folded,
 * which serve the group and the crowd at once: at most 5 operations after the rollup, and never more
 * than a quiz's own results read (a rollup far behind gives both as folded, marked stale).
 * Nothing is cached: replacing a results link must shut the old one out on the next read.
 */
export async function computeGroupResults(
  env: Env,
  quiz: ServedQuiz,
  typedCode: string,
  key: string | undefined,
  now: number,
  shown: QuizVersion = currentVersion(quiz),
): Promise<GroupResults> {
  const code = normalizeGroupCode(typedCode);
  if (!code) groupNotFound(typedCode);
  const view = await readGroupView<StoredSummary, GroupSummary>(env.SCORES, quiz.id, code);
  // Unknown first (404), then the key (403), and only to the key holder whether it expired (410).
  if (!view.group || view.group.quizId !== quiz.id) groupNotFound(typedCode);
  await requireGroupKey(view.group, key);
  const group = liveGroup(view.group, quiz.id, typedCode, now);

  const legacyVersion = firstVersion(quiz);
  const fold = await foldStateOf(env, { id: quiz.id, legacyVersion }, view.summary, now);
  const crowdFolded: Tallies = fold.summary?.tallies ?? {};
  // The group's tally lives in the summary; before the first rollup that adopted it, under its own key.
  const folded = fold.summary?.groups ? fold.summary.groups[group.code] : view.groupSummary;
  const mineFolded: Tallies = folded?.tallies ?? {};
  const crowd = structuredClone(crowdFolded);
  const mine = structuredClone(mineFolded);
  // An adopted legacy tally may hold keys past the summary's marker: skip what it holds.
  const through = folded?.through ?? '';
  const live = fold.marker
    ? await visitUnfolded(env.SCORES, quiz.id, fold.marker, now, (subKey, record) => {
        addRecord(crowd, record, legacyVersion);
        if (record.g === group.code && subKey > through) addRecord(mine, record, legacyVersion);
      })
    : true;
  // A rollup too far behind (issue 9): both sets of figures as folded, marked stale, at the same bounded cost.
  const meta = resultsMeta(env, now, live, fold.summary);
  const versions = versionsOf(quiz);
  const stale = { stale: !live, rollupLagSeconds: fold.lagSeconds };
  // The small-number rule holds for the group's figures as for everyone's (tally.ts): a teacher knows who took it.
  const own = toResults(quiz, versions, live ? mine : mineFolded, shown, meta);
  return {
    ...own,
    ...stale,
    group: { ...groupInfo(group), name: group.name },
    // Everyone's figures only where everyone may see them anyway.
    crowd:
      quiz.results === 'public'
        ? { ...toResults(quiz, versions, live ? crowd : crowdFolded, shown, meta), ...stale }
        : null,
  };
}
