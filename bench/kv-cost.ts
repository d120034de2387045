// Runs the KV cost measurement inside workerd (tests/worker/kv-cost.bench.ts) and reads back its figures.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FoldCpu, GroupKvCost, KvCostAtSize } from './lib/kv-cost-types.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = `${ROOT}bench/tmp/kv-cost.json`;

export type KvCost = { sizes: KvCostAtSize[]; foldCpu: FoldCpu | undefined; groups?: GroupKvCost[] };

export function measureKvCost(sizes = [1000, 10_000, 100_000]): KvCost {
  rmSync(OUT, { force: true });
  const PATH = [dirname(process.execPath), process.env.PATH].join(':');
  const result = spawnSync(
    process.execPath,
    [`${ROOT}node_modules/vitest/vitest.mjs`, 'run', '--config', 'bench/vitest.bench.config.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, PATH, BENCH_KV_SIZES: sizes.join(',') },
    },
  );
  if (result.status !== 0) throw new Error(`the KV cost measurement failed (vitest exited with ${result.status})`);
  const metas = JSON.parse(readFileSync(OUT, 'utf8')) as {
    kvCost?: KvCostAtSize;
    foldCpu?: FoldCpu;
    groupCost?: GroupKvCost;
  }[];
  return {
    sizes: metas.flatMap((m) => (m.kvCost ? [m.kvCost] : [])).sort((a, b) => a.stored - b.stored),
    foldCpu: metas.find((m) => m.foldCpu)?.foldCpu,
    groups: metas.flatMap((m) => (m.groupCost ? [m.groupCost] : [])).sort((a, b) => a.groups - b.groups),
  };
}
