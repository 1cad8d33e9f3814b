import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The default summary, then one line per system tool whose tests were skipped.
    reporters: ['default', './tests/helpers/skipped-tools-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Everything that runs Astro itself: one file at a time, because every
        // Astro run writes the project's .astro/ folder.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/content-errors/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          fileParallelism: false,
          // Concurrent tests within a file (the checker cases): two at a time, one per core.
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
