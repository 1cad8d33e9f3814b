/**
 * Starts building the test sites (tests/helpers/site-builds.ts): the fixture
 * content with a fixed "now" (at / and under /mbo030/, and a few days earlier
 * while Bram's consent holds), and the real content. The builds run beside the
 * tests: a test file waits only for the sites it names (tests/helpers/wait-for-sites.ts),
 * and files that name none run meanwhile. A site whose stamp still matches the
 * project and its content is reused, so after `npm run test:sites` (as .ci/run
 * does) nothing is built. Each build's log is kept beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { releaseAstro } from '../helpers/astro-lock';
import { outputRoot, sites } from '../helpers/astro-run';
import {
  buildSites,
  markReady,
  markUnfinished,
  setupTimeFile,
  staleSites,
  type SiteName,
} from '../helpers/site-builds';

let building: Promise<void> | undefined;

export default function setup() {
  const started = Date.now();
  mkdirSync(outputRoot, { recursive: true });
  releaseAstro(); // a lock left by an interrupted run
  const stale = staleSites();
  markReady(
    (Object.keys(sites) as SiteName[]).filter((name) => !stale.includes(name)),
    stale,
  );
  // Not awaited: the tests start now. A failed build fails the files that read it; should
  // building itself break, every site not done yet fails with that error instead of being waited for.
  building = buildSites(stale)
    .then(
      () => undefined,
      (error: unknown) => markUnfinished(stale, `Bouwen afgebroken: ${String(error)}`),
    )
    .finally(() => writeFileSync(setupTimeFile, String((Date.now() - started) / 1000)));
  return async () => {
    await building;
  };
}
