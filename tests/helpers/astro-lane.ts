/** Setup file of the build tests: the files that run Astro hold the Astro lock (tests/helpers/astro-lock.ts) while they run. */
import { afterAll, beforeAll } from 'vitest';
import { holdAstro, releaseAstro } from './astro-lock';

/** Test files that start Astro (and so write .astro/): never two at the same time. */
export const astroRunners = [
  'tests/browser/cms-real-saves.test.ts',
  'tests/build/astro-check.test.ts',
  'tests/build/cms-round-trip.test.ts',
  'tests/build/dev-search-notice.test.ts',
  'tests/build/pagination.test.ts',
  'tests/build/yaml-reading.test.ts',
  'tests/content-errors/build-agrees.test.ts',
  'tests/content-errors/scaffold.test.ts',
];

let held = false;
// Vitest passes fixtures first and the file's suite second.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  const file = (suite as { file?: { filepath?: string }; filepath?: string }).file?.filepath ?? (suite as { filepath?: string }).filepath ?? '';
  if (!astroRunners.some((f) => file.endsWith(f))) return;
  await holdAstro();
  held = true;
}, 600_000);
afterAll(() => {
  if (held) releaseAstro();
  held = false;
});
