import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The default summary, then one line per system tool whose tests were skipped; a full,
    // passing run records its day for the accessibility statement (tests/helpers/full-run-record.ts).
    reporters: ['default', './tests/helpers/skipped-tools-reporter.ts', './tests/helpers/full-run-record.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Everything that builds or reads the test sites: two files at a time (one
        // per core), once the global setup has built the sites. Files that run
        // Astro itself hold a lock, so no two of them write .astro/ at once
        // (tests/helpers/astro-lane.ts); beside one of them runs a file that only
        // reads the built sites (files, a browser, nginx, the checker).
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/content-errors/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          setupFiles: ['tests/helpers/astro-lane.ts'],
          maxWorkers: 2,
          // Concurrent tests within a file (the checker cases): two at a time.
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
