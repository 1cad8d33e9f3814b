import { defineConfig } from 'vitest/config';

/** Test files that start Astro (and so write .astro/): they run in their own lane. */
const astroRunners = [
  'tests/build/astro-check.test.ts',
  'tests/build/cms-round-trip.test.ts',
  'tests/build/dev-search-notice.test.ts',
  'tests/build/pagination.test.ts',
  'tests/build/yaml-reading.test.ts',
  'tests/content-errors/build-agrees.test.ts',
  'tests/content-errors/scaffold.test.ts',
];

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
        // The tests that run Astro itself (build, sync, dev, check): one file at a
        // time, because every Astro run writes the project's .astro/ folder.
        test: {
          name: 'astro',
          include: astroRunners,
          globalSetup: ['tests/build/global-setup.ts'],
          fileParallelism: false,
          // Concurrent tests within a file (the build-agreement cases): two at a time, one per core.
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Everything that reads the built test sites (files, a browser, nginx, the
        // checker): one file at a time too, side by side with the Astro runs above,
        // once the shared global setup has built the sites.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/content-errors/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          exclude: astroRunners,
          globalSetup: ['tests/build/global-setup.ts'],
          fileParallelism: false,
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
