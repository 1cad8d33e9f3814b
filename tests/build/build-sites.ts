/**
 * `npm run test:sites`: builds the test sites as the tests' global setup does and
 * stamps them, so a following `npm test` reuses them (.ci/run builds first, then
 * tests, so a build failure shows as one).
 */
import { sites } from '../helpers/astro-run';
import { buildSites, markReady, staleSites, type SiteName } from '../helpers/site-builds';

const stale = staleSites();
markReady(
  (Object.keys(sites) as SiteName[]).filter((name) => !stale.includes(name)),
  stale,
);
await buildSites(stale, (line) => console.log(line));
console.log(stale.length === 0 ? 'Alle testsites waren al actueel.' : `Testsites gebouwd: ${stale.join(', ')}.`);
