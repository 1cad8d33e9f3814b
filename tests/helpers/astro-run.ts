/**
 * Runs the Astro CLI of this project in a child process, with its own content,
 * output and cache folders, and its own copy of the code (an isolated root, so
 * it has its own .astro/ folder): any number of Astro runs can go at once.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv } from '../../scripts/astro-build.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const outputRoot = `${root}tests/.output`;
export const fixtureContent = `${root}tests/fixtures/content`;
/** The fixed "now" of all fixture content. */
export const FIXTURE_NOW = '2022-06-15T10:00:00Z';
export const TEST_SITE = 'https://test.mbo030.nl';
/** A "now" before Bram's consent ended (2022-06-14): his name must then be on the site. */
export const CONSENT_VALID_NOW = '2022-06-10T10:00:00Z';

export interface AstroRun {
  code: number;
  output: string;
}

/** Not copied: installed packages (linked instead), outputs, caches and Git's own folder. */
const NOT_CODE = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', join('tests', '.output')]);
let roots = 0;
/** Where this checkout's isolated roots go: one folder per checkout, so two checkouts never touch each other's. */
export const rootsDir = join(tmpdir(), `mbo030-roots-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);

/**
 * A fresh copy of the project (1.5 MB: what Git does not ignore) with
 * node_modules linked in. Astro writes generated modules for the content it
 * loads into <root>/.astro/, so two runs with different content must not share
 * a root. All of the project is copied, not only src/: Tailwind finds class
 * names in every file of the root that Git does not ignore.
 */
export function isolatedRoot(): string {
  // Outside the project (a copy cannot sit inside what it copies), in a folder of this checkout's own.
  const dir = join(rootsDir, `${process.pid}-${roots++}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (isProjectFile(join(root, entry)))
      cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: isProjectFile });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** True for a file or folder of the project that a build can read (copied into an isolated root). */
export function isProjectFile(path: string): boolean {
  const rel = relative(root, path);
  return !NOT_CODE.has(rel) && !rel.endsWith('.log');
}

/** Every file an isolated root gets, as absolute paths, sorted. */
export function projectFiles(): string[] {
  return readdirSync(root)
    .map((entry) => join(root, entry))
    .filter(isProjectFile)
    .flatMap((path) =>
      statSync(path).isDirectory()
        ? readdirSync(path, { recursive: true, withFileTypes: true })
            .filter((d) => d.isFile())
            .map((d) => join(d.parentPath, d.name))
        : [path],
    )
    .filter(isProjectFile)
    .filter(
      (path) =>
        !relative(root, path)
          .split(sep)
          .some((part) => NOT_CODE.has(part) || part === '.output'),
    )
    .sort();
}

/** Paths in the environment are meant from the project's root, wherever Astro runs. */
const PATH_VARS = ['CONTENT_DIR', 'OUT_DIR', 'CACHE_DIR'];
const fromRoot = (env: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, PATH_VARS.includes(k) && !isAbsolute(v) ? join(root, v) : v]),
  );

export function runAstro(
  command: 'build' | 'sync',
  env: Record<string, string>,
  opts: { root?: string } = {},
): Promise<AstroRun> {
  const cwd = opts.root ?? isolatedRoot();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, command], {
      cwd,
      // The environment `npm run build` gives Astro (scripts/astro-build.mjs), plus the test's own.
      env: buildEnv({
        ...process.env,
        NODE_ENV: 'production',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        MBO030_VITE_CACHE_DIR: join(cwd, '.vite'),
        ...fromRoot(env),
      }),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (!opts.root) rmSync(cwd, { recursive: true, force: true });
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Where each test site is built (tests/helpers/site-builds.ts says how). */
export const sites = {
  fixture: `${outputRoot}/fixture`,
  fixtureBase: `${outputRoot}/fixture-base`,
  /** The fixture a few days earlier (CONSENT_VALID_NOW), while Bram's consent still holds. */
  fixtureConsentValid: `${outputRoot}/fixture-consent-valid`,
  real: `${outputRoot}/real`,
};

/**
 * `astro sync` for many content folders: the same result per job as runAstro('sync'),
 * from two Node processes that each load Astro once and sync their half of the jobs
 * one after another (tests/helpers/astro-sync-batch.ts), each in its own root.
 */
export async function syncAll(jobs: Record<string, string>[], processes = 2): Promise<AstroRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mbo030-syncs-'));
  const env = (job: Record<string, string>) => ({
    NODE_ENV: 'production',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...fromRoot(job),
  });
  const withRoots = jobs.map((job) => {
    const jobRoot = isolatedRoot();
    return { root: jobRoot, env: { ...env(job), MBO030_VITE_CACHE_DIR: join(jobRoot, '.vite') } };
  });
  const lanes = Array.from({ length: Math.min(processes, jobs.length) }, (_, lane) =>
    withRoots.map((job, i) => ({ job, i })).filter(({ i }) => i % processes === lane),
  );
  const results: AstroRun[] = new Array(jobs.length);
  try {
    await Promise.all(
      lanes.map(async (lane, n) => {
        const file = join(dir, `jobs-${n}.json`);
        writeFileSync(file, JSON.stringify(lane.map(({ job }) => job)));
        const run = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', `${root}scripts/ts-hooks.mjs`, `${root}tests/helpers/astro-sync-batch.ts`, file],
            { cwd: root },
          );
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
        });
        if (run.code !== 0) throw new Error(`astro-sync-batch failed:\n${run.stderr}`);
        const out = JSON.parse(readFileSync(file, 'utf8')) as AstroRun[];
        lane.forEach(({ i }, k) => (results[i] = out[k]!));
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    for (const { root: r } of withRoots) rmSync(r, { recursive: true, force: true });
  }
  return results;
}
