// The figures tests/worker/kv-cost.bench.ts measures inside workerd and bench/kv-cost.ts reads back: no imports, both sides share it.

export type KvCostAtSize = {
  stored: number;
  hours: number;
  /** One submission through HTTP: its own read and write, plus the results read behind its percentile. */
  submission: { storage: number; withPercentileUncached: number; withPercentileCached: number; puts: number };
  /** `afterEdit`: reads of the current and of the earlier version once a second edition is live (absent in older runs). */
  resultsRead: { folded: number; unfolded: number; afterEdit?: { current: number; earlier: number } };
  rollup: { invocations: number; folded: number[]; operations: number[]; wallMs: number };
};

/** Class groups: `groups` groups of `perGroup` takes folded, and what a group costs on each path. */
export type GroupKvCost = {
  groups: number;
  perGroup: number;
  /** A take in a group: the attempt's group check, and the submission's own read and write. */
  attempt: number;
  submission: { storage: number; puts: number };
  /** One group's results read (with everyone's figures beside): after the rollup, and before any ran. */
  groupRead: { folded: number; unfolded: number; puts: number };
  rollup: { invocations: number; operations: number[]; folded: number[]; groupWrites: number };
};

/** CPU time of the fold itself, timed in workerd: what a plan's CPU limit per invocation allows. */
export type FoldCpu = { records: number; runs: number; medianMs: number; microsecondsPerSubmission: number };

declare module 'vitest' {
  interface TaskMeta {
    kvCost?: KvCostAtSize;
    foldCpu?: FoldCpu;
    groupCost?: GroupKvCost;
  }
  interface ProvidedContext {
    /** How many submissions to seed, one measurement each. */
    kvCostSizes: number[];
    /** Class group scenarios as [groups, takes per group], one measurement each. */
    kvGroupSizes: [number, number][];
  }
}
