/**
 * Setup file of the build tests: before a test file is loaded, wait for the test
 * sites it names (`sites.real`, `sites.fixture`, …) to be built by the global
 * setup (tests/helpers/site-builds.ts). A file that names none starts at once.
 */
import { readFileSync } from 'node:fs';
import { sitesNamedIn, waitForSites } from './site-builds';

const file = (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath;
if (!file) throw new Error('wait-for-sites: Vitest did not say which test file runs');
await waitForSites(sitesNamedIn(readFileSync(file, 'utf8')));
