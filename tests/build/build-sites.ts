/**
 * `npm run test:sites`: builds the test sites as the tests' global setup does and
 * stamps them, so a following `npm test` reuses them (.ci/run builds first, then
 * tests, so a build failure shows as one). In a GitHub workflow it also writes
 * which builds failed for the editors' summary (buildForCheck).
 */
import { sites } from '../helpers/astro-run';
import { buildForCheck, markReady, staleSites, type SiteName } from '../helpers/site-builds';

const stale = staleSites();
markReady(
  (Object.keys(sites) as SiteName[]).filter((name) => !stale.includes(name)),
  stale,
);
process.exitCode = await buildForCheck(stale, {
  log: (line) => console.log(line),
  outputFile: process.env.GITHUB_OUTPUT,
});
