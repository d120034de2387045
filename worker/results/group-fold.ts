// Class group tallies inside the quiz's summary: folded and written with it, so rollups that overlap can't lose a take.

import { BULK_READ_KEYS, type SubmissionRecord, keys, readGroupSummaries } from '../store.ts';
import { type Tallies, addRecord } from './tally.ts';

/**
 * One group's folded figures, an entry of the quiz summary. Every rollup writes the summary whole, computed
 * from the summary it read and from settled hours that no longer change, so two runs at once, or a run that
 * read a summary a location cached earlier, write consistent values: the worst is work done twice (M5).
 * `through` is the last submission key folded for the group; it matters only for an adopted legacy tally,
 * which may hold keys past the summary's marker. `day` is the UTC day of its last take.
 */
export type GroupFold = { through: string; tallies: Tallies; day: string };

export type GroupFolds = Record<string, GroupFold>;

/** A group tally as stored under its own key before tallies moved into the summary (`v1:gsum:`), read once to adopt. */
export type GroupSummary = { v: 2; through: string; tallies: Tallies };

/** A group's tally is dropped from the summary this long after its last take: longer than any group lives. */
export const GROUP_FOLD_KEPT_DAYS = 400;

/** Folds one take of a group; a take an adopted legacy tally already holds is skipped. */
export function foldGroupTake(groups: GroupFolds, key: string, record: SubmissionRecord, legacyVersion: string): void {
  const code = record.g;
  if (!code) return;
  groups[code] ??= { through: '', tallies: {}, day: record.d };
  const entry = groups[code];
  if (key <= entry.through) return;
  addRecord(entry.tallies, record, legacyVersion);
  entry.through = key;
  if (record.d > entry.day) entry.day = record.d;
}

/** Drops the tallies of groups whose last take is older than any group can live. */
export function dropOldGroups(groups: GroupFolds, today: string): GroupFolds {
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - GROUP_FOLD_KEPT_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return Object.fromEntries(Object.entries(groups).filter(([, g]) => g.day >= cutoff));
}

/**
 * The group tallies a quiz kept under per-group keys before they lived in its summary, adopted once by the
 * first rollup that finds a summary without groups: 1 list per 1,000 groups, then bulk reads of 100.
 */
export async function adoptLegacyGroups(
  kv: KVNamespace,
  quizId: string,
  today: string,
): Promise<{ groups: GroupFolds; operations: number }> {
  const prefix = keys.groupSummary(quizId, '');
  const codes: string[] = [];
  let operations = 0;
  let cursor: string | undefined;
  do {
    operations++;
    const page = await kv.list({ prefix, ...(cursor ? { cursor } : {}) });
    codes.push(...page.keys.map((k) => k.name.slice(prefix.length)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  if (!codes.length) return { groups: {}, operations };
  operations += Math.ceil(codes.length / BULK_READ_KEYS);
  const stored = await readGroupSummaries<GroupSummary>(kv, quizId, codes);
  const groups: GroupFolds = {};
  for (const [code, legacy] of stored) groups[code] = { through: legacy.through, tallies: legacy.tallies, day: today };
  return { groups, operations };
}
