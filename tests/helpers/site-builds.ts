/**
 * The test sites: one build per distinct configuration, shared by every test
 * file that reads it. tests/build/global-setup.ts builds them, two at a time
 * (each Astro run in its own root). A build is kept with a stamp of what it was
 * made from (its settings, and the content of every file the build reads); the
 * next run reuses it while that stamp still holds, and builds it again when not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inParallel } from '../gates/layout-shift';
import { CONSENT_VALID_NOW, FIXTURE_NOW, TEST_SITE, fixtureContent, outputRoot, root, runAstro, sites } from './astro-run';

export type SiteName = keyof typeof sites;

const fixture = { CONTENT_DIR: fixtureContent, MBO030_NOW: FIXTURE_NOW };

/** The settings of each test site (SITE_URL is TEST_SITE for all). */
export const siteSettings: Record<SiteName, Record<string, string>> = {
  fixture: { ...fixture, BASE_PATH: '/' },
  fixtureBase: { ...fixture, BASE_PATH: '/mbo030/' },
  fixtureConsentValid: { ...fixture, MBO030_NOW: CONSENT_VALID_NOW, BASE_PATH: '/' },
  real: { CONTENT_DIR: join(root, 'content'), BASE_PATH: '/' },
};

/** Where global-setup notes how long building took, for the budget under the summary. */
export const setupTimeFile = join(outputRoot, 'setup-seconds.txt');

/** What a build reads besides its content folder. */
const INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * A fingerprint of one build: its settings and every byte of the code and
 * content it reads. "Now" is part of the settings for the fixtures; the real
 * site uses the real time, so its day is part of it too.
 */
export function buildStamp(settings: Record<string, string>, day = new Date().toISOString().slice(0, 10)): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...settings, SITE_URL: TEST_SITE, node: process.version, day: settings.MBO030_NOW ? '' : day }));
  for (const path of [...INPUTS.map((i) => join(root, i)), settings.CONTENT_DIR!]) {
    for (const file of filesBelow(path)) {
      if (file.endsWith('.test.ts')) continue;
      hash.update(relative(root, file)).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

const stampFile = (name: SiteName) => `${sites[name]}.stamp`;

/** True when the site in its folder was built from exactly what is here now. */
export function isCurrent(name: SiteName, stamp: string): boolean {
  return existsSync(join(sites[name], 'index.html')) && existsSync(stampFile(name)) && readFileSync(stampFile(name), 'utf8') === stamp;
}

/** Builds one test site (with a cold content cache), keeps its log beside it and stamps it. */
export async function buildSite(name: SiteName, stamp: string): Promise<void> {
  const outDir = sites[name];
  rmSync(outDir, { recursive: true, force: true });
  rmSync(stampFile(name), { force: true });
  // A cold content cache: Astro keeps parsed entries keyed by file content, so a
  // schema change in an imported module would otherwise go unseen.
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const result = await runAstro('build', { OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, SITE_URL: TEST_SITE, ...siteSettings[name] });
  writeFileSync(`${outDir}.log`, result.output);
  if (result.code !== 0) throw new Error(`Build into ${outDir} failed:\n${result.output.slice(-4000)}`);
  writeFileSync(stampFile(name), stamp);
}

/**
 * Builds every test site that is not current, two at a time (one per core; most
 * of a build is one busy core). Returns the names it built. With
 * MBO030_REUSE_BUILDS=1 any site already there is used as it is.
 */
export async function buildSites(log: (line: string) => void = () => {}): Promise<SiteName[]> {
  const stale = (Object.keys(sites) as SiteName[]).filter((name) => {
    if (process.env.MBO030_REUSE_BUILDS === '1' && existsSync(join(sites[name], 'index.html'))) return false;
    return !isCurrent(name, buildStamp(siteSettings[name]));
  });
  // The largest first, so the two lanes end close together.
  stale.sort((a, b) => Number(b === 'real') - Number(a === 'real'));
  await inParallel(stale, 2, async (name) => {
    const started = Date.now();
    await buildSite(name, buildStamp(siteSettings[name]));
    log(`${name}: gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
  return stale;
}
