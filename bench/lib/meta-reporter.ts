// A vitest reporter that writes what bench tests put in `task.meta` to bench/tmp/<file>.json, for bench/run.ts to merge.

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const TMP = new URL('../tmp/', import.meta.url).pathname;

export default class MetaReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    mkdirSync(TMP, { recursive: true });
    for (const mod of modules) {
      const metas = [...mod.children.allTests()].filter((t) => t.result().state === 'passed').map((t) => t.meta());
      writeFileSync(`${TMP}${basename(mod.moduleId).replace(/\.bench\.ts$/, '')}.json`, JSON.stringify(metas, null, 2));
    }
  }
}
