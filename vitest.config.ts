// Test projects: the Worker inside workerd (Miniflare, real local KV), the widget in a DOM, and browser end-to-end.

import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Local development (the public default attempt secret); results uncached, the minimum time per
            // question lifted and the daily write budget out of reach, unless a test sets them itself (tests
            // answer in milliseconds, and write far more in a file than a day's Free-plan budget).
            miniflare: {
              compatibilityFlags: ['nodejs_compat'],
              bindings: {
                LOCAL_DEV: '1',
                RESULTS_CACHE_SECONDS: '0',
                MIN_SECONDS_PER_QUESTION: '0',
                DAILY_WRITE_BUDGET: '1000000',
              },
            },
          }),
        ],
        test: { name: 'worker', include: ['tests/worker/**/*.test.ts'], testTimeout: 60_000 },
      },
      // The widget's components in happy-dom, against a fake API (tests/widget/fake-api.ts).
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        define: {
          __CHUNKS__: JSON.stringify({ later: 'w/later.test.js', frames: 'w/frames.test.js' }),
          __VERSION__: JSON.stringify('test'),
        },
        test: {
          name: 'widget',
          environment: 'happy-dom',
          // A test that asserts nothing fails (issue 24).
          expect: { requireAssertions: true },
          include: ['tests/widget/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/widget/setup.ts'],
          // The stylesheets are real in these tests (vitest blanks CSS by default).
          css: { include: [/\/widget\/.+\.css/] },
          // A host page's address; scripts the widget injects "load" without being fetched.
          environmentOptions: {
            happyDOM: {
              url: 'https://news.example/article',
              settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
            },
          },
        },
      },
      // Pure functions from here to e2e: one module graph and one environment per worker instead of one per file
      // (isolate: false), about 13 s less for the editor's happy-dom; the widget keeps isolation, since its modules
      // hold page state (the warning count, the chunk cache). And a test that asserts nothing fails.
      // The quiz editor's page: its pure modules (edits, state, problems in words, coverage, the preview's API) in a DOM.
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'editor',
          environment: 'happy-dom',
          include: ['tests/editor/**/*.test.{ts,tsx}'],
          isolate: false,
          expect: { requireAssertions: true },
        },
      },
      // Quiz content: every file in questions/ against the format, the article and the research notes.
      {
        test: {
          name: 'content',
          environment: 'node',
          include: ['tests/content/**/*.test.ts'],
          isolate: false,
          expect: { requireAssertions: true },
        },
      },
      // The reading map (issue 13): extraction, signals against the hand-labelled fixtures, quiz:draft end to end.
      {
        test: {
          name: 'reading-map',
          environment: 'node',
          include: ['tests/reading-map/**/*.test.ts'],
          testTimeout: 60_000,
          isolate: false,
          expect: { requireAssertions: true },
        },
      },
      // The question writer (issue 19): complete drafts from the map, the needs-review mark, quiz:draft end to end.
      {
        test: {
          name: 'question-writer',
          environment: 'node',
          include: ['tests/question-writer/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      // The repository's own tooling: the summary line CI reads, how browser runs find a Chromium.
      {
        test: {
          name: 'tooling',
          environment: 'node',
          include: ['tests/tooling/**/*.test.ts'],
          testTimeout: 60_000,
          isolate: false,
          expect: { requireAssertions: true },
        },
      },
      // Browser end-to-end: one wrangler dev and one Chromium for the run (tests/e2e/global-setup.ts),
      // files one at a time, after the other projects so they do not compete for CI's two cores.
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
