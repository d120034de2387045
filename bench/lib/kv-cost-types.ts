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

/** CPU time of the fold itself, timed in workerd: what a plan's CPU limit per invocation allows. */
export type FoldCpu = { records: number; runs: number; medianMs: number; microsecondsPerSubmission: number };

declare module 'vitest' {
  interface TaskMeta {
    kvCost?: KvCostAtSize;
    foldCpu?: FoldCpu;
  }
  interface ProvidedContext {
    /** How many submissions to seed, one measurement each. */
    kvCostSizes: number[];
  }
}
