// Prints one plain closing line, "Tests: N passed, N failed", that CI tools read beside vitest's own summary.

import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
    reason: TestRunEndReason = 'passed',
  ) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of modules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A file that fails to load, or whose hooks fail outside any test, failed with no failed test of its own.
      failed += failedHere || (mod.state() === 'failed' ? 1 : 0);
    }
    // Errors outside every test (an unhandled rejection, say) fail the run too, so they count as failures.
    failed += unhandledErrors.length;
    // A run that failed before any file ran (a global setup that threw) has nothing above to count.
    if (reason === 'failed' && failed === 0) failed = 1;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
