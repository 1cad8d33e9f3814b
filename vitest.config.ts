import { defineConfig } from 'vitest/config';
import SitesLastSequencer from './tests/helpers/sites-last-sequencer.ts';

export default defineConfig({
  test: {
    // The default summary, then one line per system tool whose tests were skipped, then the five
    // slowest files with their seconds (tests/helpers/slowest-files-reporter.ts); a full, passing run
    // records its day for the accessibility statement (tests/helpers/full-run-record.ts).
    reporters: [
      'default',
      './tests/helpers/skipped-tools-reporter.ts',
      './tests/helpers/slowest-files-reporter.ts',
      './tests/helpers/full-run-record.ts',
    ],
    // Files that read no test site first: they run while the sites are built.
    sequence: { sequencer: SitesLastSequencer },
    projects: [
      {
        // Unit tests share their workers (isolate: false): they set no globals and restore what they
        // change, and a fresh process per file cost about 1 s of CPU each (49 → 16 s for both unit projects).
        // Two workers, as the build project: projects with another maxWorkers would need their own group.
        test: {
          name: 'unit',
          isolate: false,
          maxWorkers: 2,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // Astro's image services read import.meta.env, which only a module Vite transforms has
          // (src/integrations/image-service.test.ts runs them as a build does).
          server: { deps: { inline: [/astro[\\/]dist[\\/]assets[\\/]services[\\/]/] } },
        },
      },
      {
        // The functions that do date math, again in a zone far from Utrecht's: the site
        // must not depend on the build machine's TZ (tests/time-zone/new-york.test.ts).
        test: {
          name: 'unit-new-york',
          isolate: false,
          maxWorkers: 2,
          include: [
            'src/lib/*.test.ts',
            'src/schemas/**/*.test.ts',
            'src/checker/**/*.test.ts',
            'src/admin/cms-format.test.ts',
            'tests/time-zone/**/*.test.ts',
          ],
          env: { TZ: 'America/New_York' },
        },
      },
      {
        // Everything that builds or reads the test sites: two files at a time (one per
        // core). The global setup starts building the sites (tests/helpers/site-builds.ts);
        // a file waits only for the sites it names (tests/helpers/wait-for-sites.ts).
        // Astro runs each get their own root (tests/helpers/astro-run.ts); only a file
        // that runs Astro in the project itself holds a lock (tests/helpers/astro-lane.ts).
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/content-errors/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          setupFiles: ['tests/helpers/wait-for-sites.ts', 'tests/helpers/astro-lane.ts'],
          maxWorkers: 2,
          // Concurrent tests within a file (checker cases, syncs, browser pages): two at a time.
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
