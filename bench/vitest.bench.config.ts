// The KV cost measurement of `npm run bench`: runs tests/worker/kv-cost.bench.ts inside workerd with real local KV.

import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import './lib/kv-cost-types.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const sizes = (process.env.BENCH_KV_SIZES ?? '1000,10000,100000').split(',').map(Number);

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
    provide: { kvCostSizes: sizes },
    reporters: ['default', './bench/lib/meta-reporter.ts'],
    testTimeout: 30 * 60_000,
  },
});
