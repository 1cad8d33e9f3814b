/** Setup file of the build tests: the files that run Astro hold the Astro lock (tests/helpers/astro-lock.ts) while they run. */
import { afterAll, beforeAll } from 'vitest';
import { holdAstro, releaseAstro } from './astro-lock';

/**
 * Test files that start Astro in the project's own root (and so write its
 * .astro/): never two at the same time. runAstro() and isolatedRoot()
 * (tests/helpers/astro-run.ts) give a run its own root; such files need no lock.
 */
export const astroRunners = ['tests/browser/cms-real-saves.test.ts', 'tests/build/lint.test.ts'];

let held = false;
// Vitest passes fixtures first and the file's suite second.
// eslint-disable-next-line no-empty-pattern
beforeAll(async ({}, suite) => {
  const file =
    (suite as { file?: { filepath?: string }; filepath?: string }).file?.filepath ??
    (suite as { filepath?: string }).filepath ??
    '';
  if (!astroRunners.some((f) => file.endsWith(f))) return;
  await holdAstro();
  held = true;
}, 600_000);
afterAll(() => {
  if (held) releaseAstro();
  held = false;
});
