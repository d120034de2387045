// The KV cost measurement of `npm run bench`: runs tests/worker/kv-cost.bench.ts inside workerd with real local KV.

import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import './lib/kv-cost-types.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const sizes = (process.env.BENCH_KV_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** `groups x takes` pairs: 1,000 classes of 30, and 10,000 groups with one take each (the rollup's worst case). */
const groupSizes = (process.env.BENCH_KV_GROUPS ?? '1000x30,10000x1')
  .split(',')
  .filter(Boolean)
  .map((pair) => pair.split('x').map(Number) as [number, number]);

export default defineConfig({
  root: ROOT,
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      // Local development, and the minimum time per question lifted explicitly: the bench submits at once.
      miniflare: { compatibilityFlags: ['nodejs_compat'], bindings: { LOCAL_DEV: '1', MIN_SECONDS_PER_QUESTION: '0' } },
    }),
  ],
  test: {
    include: ['tests/worker/kv-cost.bench.ts'],
    provide: { kvCostSizes: sizes, kvGroupSizes: groupSizes },
    reporters: ['default', './bench/lib/meta-reporter.ts'],
    testTimeout: 30 * 60_000,
  },
});
