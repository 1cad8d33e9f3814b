/**
 * The test sites: one build per distinct configuration, shared by every test
 * file that reads it. tests/build/global-setup.ts builds them, two at a time
 * (each Astro run in its own root). A build is kept with a stamp of what it was
 * made from (its settings, and the content of every file the build reads); the
 * next run reuses it while that stamp still holds, and builds it again when not.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inParallel } from './in-parallel.ts';
import {
  CONSENT_VALID_NOW,
  FIXTURE_NOW,
  TEST_SITE,
  fixtureContent,
  outputRoot,
  projectFiles,
  root,
  runAstro,
  sites,
} from './astro-run.ts';

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

function filesBelow(path: string): string[] {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * A fingerprint of one build: its settings and every byte of the project and of
 * the content it reads. The tests (tests/, *.test.ts) do not count, so changing
 * a test reuses the sites; Tailwind also finds class names there, but a class
 * that only a test names styles no page.
 * "Now" is part of the settings for the fixtures; the real site uses the real
 * time, so its day is part of it too.
 */
export function buildStamp(settings: Record<string, string>, day = new Date().toISOString().slice(0, 10)): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({ ...settings, SITE_URL: TEST_SITE, node: process.version, day: settings.MBO030_NOW ? '' : day }),
  );
  const content = filesBelow(settings.CONTENT_DIR!);
  const isTest = (file: string) => file.endsWith('.test.ts') || relative(root, file).startsWith(`tests${sep}`);
  for (const file of [...projectFiles().filter((f) => !isTest(f)), ...content]) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

const stampFile = (name: SiteName) => `${sites[name]}.stamp`;

/** True when the site in its folder was built from exactly what is here now. */
export function isCurrent(name: SiteName, stamp: string): boolean {
  return (
    existsSync(join(sites[name], 'index.html')) &&
    existsSync(stampFile(name)) &&
    readFileSync(stampFile(name), 'utf8') === stamp
  );
}

/** Builds one test site (with a cold content cache), keeps its log beside it and stamps it. */
export async function buildSite(name: SiteName, stamp: string): Promise<void> {
  const outDir = sites[name];
  rmSync(outDir, { recursive: true, force: true });
  rmSync(stampFile(name), { force: true });
  // A cold content cache: Astro keeps parsed entries keyed by file content, so a
  // schema change in an imported module would otherwise go unseen.
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const result = await runAstro('build', {
    OUT_DIR: outDir,
    CACHE_DIR: `${outDir}-cache`,
    SITE_URL: TEST_SITE,
    ...siteSettings[name],
  });
  writeFileSync(`${outDir}.log`, result.output);
  if (result.code !== 0) throw new Error(`Build into ${outDir} failed:\n${result.output.slice(-4000)}`);
  writeFileSync(stampFile(name), stamp);
}

const readyFile = (name: SiteName) => `${sites[name]}.ready`;

/** The sites that are not current (with MBO030_REUSE_BUILDS=1: only those not there at all). */
export function staleSites(): SiteName[] {
  return (Object.keys(sites) as SiteName[]).filter((name) => {
    if (process.env.MBO030_REUSE_BUILDS === '1' && existsSync(join(sites[name], 'index.html'))) return false;
    return !isCurrent(name, buildStamp(siteSettings[name]));
  });
}

/** How building one site ended. */
export type BuildOutcome = 'success' | 'failure';

export interface BuildOptions {
  /** Gets a line per site, with the end of Astro's output for a site that failed. */
  log?: (line: string) => void;
  /** Builds one site (buildSite; a test passes its own). */
  build?: (name: SiteName) => Promise<void>;
  /** Marks a site done, with its failure or '' (its `.ready` file; a test passes its own). */
  done?: (name: SiteName, failure: string) => void;
}

/**
 * Builds the given sites, two at a time (one per core; most of a build is one
 * busy core), the largest first. Each site's `.ready` file appears when it is
 * done: empty when built, with the build's failure otherwise. Returns how each
 * site's build ended; a failed site does not stop the others.
 */
export async function buildSites(
  names: SiteName[],
  {
    log = () => {},
    build = (name) => buildSite(name, buildStamp(siteSettings[name])),
    done = (name, failure) => writeFileSync(readyFile(name), failure),
  }: BuildOptions = {},
): Promise<Partial<Record<SiteName, BuildOutcome>>> {
  const order = [...names].sort((a, b) => Number(b === 'real') - Number(a === 'real'));
  const outcomes: Partial<Record<SiteName, BuildOutcome>> = {};
  await inParallel(order, 2, async (name) => {
    const started = Date.now();
    try {
      await build(name);
      done(name, '');
      log(`${name}: gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      outcomes[name] = 'success';
    } catch (error) {
      const message = String((error as Error).message || error);
      done(name, message);
      // The build's own error (the end of Astro's output), so a CI log shows what broke.
      log(`${name}: bouwen mislukt\n${message}`);
      outcomes[name] = 'failure';
    }
  });
  return outcomes;
}

/** Before any build starts: no site is ready, except those that are current (they are marked now). */
export function markReady(current: SiteName[], stale: SiteName[]): void {
  for (const name of stale) rmSync(readyFile(name), { force: true });
  for (const name of current) writeFileSync(readyFile(name), '');
}

/** The test sites a test file reads, from the `sites.<name>` it names (all of them if it passes `sites` around). */
export function sitesNamedIn(source: string): SiteName[] {
  const all = Object.keys(sites) as SiteName[];
  const code = source.replace(/^import [^;]*;$/gm, '');
  if (/\bsites\s*(\[|\)|,)/.test(code)) return all;
  const named = new Set([...code.matchAll(/\bsites\.(\w+)/g)].map((m) => m[1]));
  return all.filter((name) => named.has(name));
}

/** Waits until each site is built (its `.ready` file exists); throws with the build's failure if one failed. */
export async function waitForSites(names: SiteName[]): Promise<void> {
  for (const name of names) {
    while (!existsSync(readyFile(name))) await new Promise((r) => setTimeout(r, 250));
    const failure = readFileSync(readyFile(name), 'utf8');
    if (failure) throw new Error(`De testsite ${name} is niet gebouwd:\n${failure}`);
  }
}

/**
 * The build step's outputs for the pull request summary (scripts/lib/pr-summary.ts), as
 * `$GITHUB_OUTPUT` lines: `echt`, the site with the editor's content, and `testsites`, the
 * fixture sites, so a summary does not send an editor to their content when only a
 * developers' site failed. A site not in `outcomes` was already current.
 */
export function stepOutputs(outcomes: Partial<Record<SiteName, BuildOutcome>>): string {
  const fixtures = (Object.keys(sites) as SiteName[]).filter((name) => name !== 'real');
  const failed = (names: SiteName[]) => names.some((name) => outcomes[name] === 'failure');
  return `echt=${failed(['real']) ? 'failure' : 'success'}\ntestsites=${failed(fixtures) ? 'failure' : 'success'}\n`;
}

/**
 * `npm run test:sites` (tests/build/build-sites.ts): builds the stale sites, writes
 * stepOutputs to `outputFile` (GitHub's `$GITHUB_OUTPUT`) when given, and returns the
 * exit code: 1 when a site failed. The outputs are written in every case, so the
 * editors' summary knows which site failed.
 */
export async function buildForCheck(
  stale: SiteName[],
  { outputFile, ...options }: BuildOptions & { outputFile?: string | undefined } = {},
): Promise<number> {
  const log = options.log ?? (() => {});
  const outcomes = await buildSites(stale, options);
  if (outputFile) appendFileSync(outputFile, stepOutputs(outcomes));
  const failed = stale.filter((name) => outcomes[name] === 'failure');
  if (failed.length > 0) {
    log(`Bouwen mislukt: ${failed.join(', ')} (zie ${outputRoot}/<site>.log)`);
    return 1;
  }
  log(stale.length === 0 ? 'Alle testsites waren al actueel.' : `Testsites gebouwd: ${stale.join(', ')}.`);
  return 0;
}

/** Marks every site that is not done yet as failed with `message`, so no test waits for it forever. */
export function markUnfinished(names: SiteName[], message: string): void {
  for (const name of names) if (!existsSync(readyFile(name))) writeFileSync(readyFile(name), message);
}
