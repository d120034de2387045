// Class group tallies in the rollup: one value per group that had takes, written by the rollup alone, each fold once.

import { BULK_READ_KEYS, type SubmissionRecord, readGroupSummaries, writeGroupSummary } from '../store.ts';
import { type Tallies, addRecord } from './tally.ts';

/**
 * A group's figures and how far into the stream of submission keys they reach. Keys sort in the order
 * the rollup folds them (by hour, then by key within the hour), so `through` says exactly which
 * submissions a group's tally already holds: a rollup that dies after writing some groups and before
 * its summary refolds the same keys, and skips them here instead of counting them twice.
 */
export type GroupSummary = { v: 2; through: string; tallies: Tallies };

/** The takes of one rollup run, by group, waiting until the run has listed all it will fold. */
export type GroupBatch = Map<string, { key: string; record: SubmissionRecord }[]>;

/** Operations that writing `groups` group tallies costs: bulk reads of 100, then one write each. */
export function groupWriteCost(groups: number): number {
  return Math.ceil(groups / BULK_READ_KEYS) + groups;
}

/** Group tallies are written this many at a time, to keep concurrent subrequests few. */
const WRITES_AT_ONCE = 50;

/**
 * Adds each group's new takes to its stored tally and writes it, stamped with `through`, the last key
 * of the run. Must finish before the quiz summary's marker moves past those keys. Returns the
 * operations spent, at most `groupWriteCost(batch.size)`.
 */
export async function writeGroupTallies(
  kv: KVNamespace,
  quizId: string,
  batch: GroupBatch,
  through: string,
  legacyVersion: string,
): Promise<number> {
  if (batch.size === 0) return 0;
  const codes = [...batch.keys()];
  const stored = await readGroupSummaries<GroupSummary>(kv, quizId, codes);
  let operations = Math.ceil(codes.length / BULK_READ_KEYS);
  const writes: (() => Promise<void>)[] = [];
  for (const code of codes) {
    const current: GroupSummary = stored.get(code) ?? { v: 2, through: '', tallies: {} };
    const fresh = (batch.get(code) ?? []).filter((entry) => entry.key > current.through);
    if (fresh.length === 0) continue;
    // Per quiz version, as the quiz's own summary: a group's scores out of different totals never mix.
    for (const { record } of fresh) addRecord(current.tallies, record, legacyVersion);
    const next: GroupSummary = {
      v: 2,
      through: through > current.through ? through : current.through,
      tallies: current.tallies,
    };
    writes.push(() => writeGroupSummary(kv, quizId, code, next));
  }
  for (let i = 0; i < writes.length; i += WRITES_AT_ONCE) {
    await Promise.all(writes.slice(i, i + WRITES_AT_ONCE).map((write) => write()));
  }
  operations += writes.length;
  return operations;
}
