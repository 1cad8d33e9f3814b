/**
 * Builds the test sites once before the build tests: the fixture content with a
 * fixed "now" (at / and under /mbo030/), and the real content. Each build's log
 * is kept beside it, so tests can read what the build reported.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { releaseAstro } from '../helpers/astro-lock';
import { CONSENT_VALID_NOW, FIXTURE_NOW, TEST_SITE, fixtureContent, outputRoot, runAstro, sites } from '../helpers/astro-run';

async function build(outDir: string, env: Record<string, string>) {
  // For a quick edit-test loop on tests only: MBO030_REUSE_BUILDS=1 keeps sites built earlier.
  if (process.env.MBO030_REUSE_BUILDS === '1' && existsSync(`${outDir}/index.html`)) return;
  rmSync(outDir, { recursive: true, force: true });
  // A cold content cache: Astro keeps parsed entries keyed by file content, so a
  // schema change in an imported module would otherwise go unseen.
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const result = await runAstro('build', { OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, SITE_URL: TEST_SITE, ...env });
  writeFileSync(`${outDir}.log`, result.output);
  if (result.code !== 0) throw new Error(`Build into ${outDir} failed:\n${result.output.slice(-4000)}`);
}

export default async function setup() {
  mkdirSync(outputRoot, { recursive: true });
  releaseAstro(); // a lock left by an interrupted run
  const fixture = { CONTENT_DIR: fixtureContent, MBO030_NOW: FIXTURE_NOW };
  await build(sites.fixture, { ...fixture, BASE_PATH: '/', TZ: 'UTC' });
  await build(sites.fixtureNewYork, { ...fixture, BASE_PATH: '/', TZ: 'America/New_York' });
  await build(sites.fixtureBase, { ...fixture, BASE_PATH: '/mbo030/' });
  await build(sites.fixtureConsentValid, { ...fixture, MBO030_NOW: CONSENT_VALID_NOW, BASE_PATH: '/' });
  await build(sites.real, { CONTENT_DIR: 'content', BASE_PATH: '/' });
}
