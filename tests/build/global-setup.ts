/**
 * Builds the test sites once before the build tests (tests/helpers/site-builds.ts):
 * the fixture content with a fixed "now" (at / and under /mbo030/, and a few days
 * earlier while Bram's consent holds), and the real content. A site whose stamp
 * still matches its code and content is reused, so after `npm run test:sites`
 * (as .ci/run does) the tests build nothing. Each build's log is kept beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { releaseAstro } from '../helpers/astro-lock';
import { outputRoot } from '../helpers/astro-run';
import { buildSites, setupTimeFile } from '../helpers/site-builds';

export default async function setup() {
  const started = Date.now();
  mkdirSync(outputRoot, { recursive: true });
  releaseAstro(); // a lock left by an interrupted run
  await buildSites();
  writeFileSync(setupTimeFile, String((Date.now() - started) / 1000));
}
