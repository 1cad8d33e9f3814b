/**
 * `npm run test:sites`: builds the test sites as the tests' global setup does and
 * stamps them, so a following `npm test` reuses them (.ci/run builds first, then
 * tests, so a build failure shows as one). In a GitHub workflow it also writes
 * which builds failed (stepOutputs) for the editors' summary.
 */
import { appendFileSync } from 'node:fs';
import { outputRoot, sites } from '../helpers/astro-run';
import { buildSites, markReady, staleSites, stepOutputs, type SiteName } from '../helpers/site-builds';

const stale = staleSites();
markReady(
  (Object.keys(sites) as SiteName[]).filter((name) => !stale.includes(name)),
  stale,
);
const outcomes = await buildSites(stale, { log: (line) => console.log(line) });
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, stepOutputs(outcomes));
const failed = stale.filter((name) => outcomes[name] === 'failure');
if (failed.length > 0) {
  console.error(`Bouwen mislukt: ${failed.join(', ')} (zie ${outputRoot}/<site>.log)`);
  process.exit(1);
}
console.log(stale.length === 0 ? 'Alle testsites waren al actueel.' : `Testsites gebouwd: ${stale.join(', ')}.`);
