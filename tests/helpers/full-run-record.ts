/**
 * Writes src/data/last-full-test-run.json after a full, passing `npm test`: every
 * test file of every project ran, no name or project filter, freshly built sites, no failure. The
 * accessibility statement shows that day (src/data/accessibility-check.ts); a
 * partial or failing run leaves the record as it was. Commit the changed record
 * with your work, so the next build (and the published statement) names it.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { recordFor } from '../../src/lib/test-run-record';

export const recordFile = new URL('../../src/data/last-full-test-run.json', import.meta.url);

export default class FullRunRecord implements Reporter {
  #vitest: Vitest | undefined;

  onInit(vitest: Vitest) {
    this.#vitest = vitest;
  }

  async onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    const vitest = this.#vitest;
    if (!vitest) return;
    // `--project x` narrows the test files to that project's, so "every file ran" must also mean every project.
    const projects = (vitest.config as { project?: string | string[] }).project;
    const everyProject = projects === undefined || (Array.isArray(projects) && projects.length === 0);
    const all = new Set((await vitest.globTestSpecifications()).map((s) => s.moduleId));
    const ran = new Set(modules.map((m) => m.moduleId));
    const tests = modules.flatMap((m) => [...m.children.allTests()]);
    const count = (state: string) => tests.filter((t) => t.result().state === state).length;
    const record = recordFor(
      {
        allFiles: everyProject && all.size > 0 && [...all].every((id) => ran.has(id)) && !vitest.config.testNamePattern,
        freshBuilds: process.env.MBO030_REUSE_BUILDS !== '1',
        failed: count('failed') + modules.filter((m) => m.state() === 'failed').length,
        passed: count('passed'),
        skipped: count('skipped'),
        errors: errors.length,
      },
      new Date(),
    );
    if (record) writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
  }
}
