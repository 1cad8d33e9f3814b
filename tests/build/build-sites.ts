/**
 * `npm run test:sites`: builds the test sites as the tests' global setup does and
 * stamps them, so a following `npm test` reuses them (.ci/run builds first, then
 * tests, so a build failure shows as one).
 */
import { buildSites } from '../helpers/site-builds';

const built = await buildSites((line) => console.log(line));
console.log(built.length === 0 ? 'Alle testsites waren al actueel.' : `Testsites gebouwd: ${built.join(', ')}.`);
