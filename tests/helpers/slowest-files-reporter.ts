/**
 * The time budget, visible in every run: after Vitest's summary, the five test
 * files that took longest (each from its import to its last hook, in its own
 * worker) and how long building the test sites took, beside the tests
 * (tests/build/global-setup.ts writes that down).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { setupTimeFile } from './site-builds';

export const SHOWN = 5;

/**
 * Seconds a file kept its worker busy: environment, import, hooks and tests. Not
 * its setup files, where it waits for the test sites it reads: building them is
 * a line of its own.
 */
export function fileSeconds(m: Pick<TestModule, 'diagnostic'>): number {
  const d = m.diagnostic();
  return (d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.duration) / 1000;
}

/** The lines printed under the summary. */
export function budgetLines(files: { name: string; seconds: number }[], setupSeconds?: number): string[] {
  const slowest = [...files].sort((a, b) => b.seconds - a.seconds).slice(0, SHOWN);
  if (slowest.length === 0) return [];
  const width = Math.max(...slowest.map((f) => f.name.length));
  return [
    `traagste ${slowest.length} testbestanden:`,
    ...slowest.map((f) => `  ${f.name.padEnd(width)}  ${f.seconds.toFixed(1).padStart(6)} s`),
    ...(setupSeconds === undefined ? [] : [`  (testsites bouwen, naast de tests: ${setupSeconds.toFixed(1)} s)`]),
  ];
}

export default class SlowestFilesReporter implements Reporter {
  onInit() {
    rmSync(setupTimeFile, { force: true });
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const files = testModules.map((m) => ({
      name: `${relative(process.cwd(), m.moduleId)} [${m.project.name}]`,
      seconds: fileSeconds(m),
    }));
    const setup = existsSync(setupTimeFile) ? Number(readFileSync(setupTimeFile, 'utf8')) : undefined;
    const lines = budgetLines(files, setup);
    if (lines.length > 0) console.log(`\n${lines.join('\n')}`);
  }
}
