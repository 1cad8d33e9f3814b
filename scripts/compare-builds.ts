/**
 * npm run vergelijk -- <commit-a> [<commit-b>]: builds two commits of this
 * repository on the real content with the same fixed "now" and compares every
 * built file. What legitimately differs is normalised first: DTSTAMP in
 * calendar files, the hashes in asset file names, and the CSP hashes that
 * follow from them. Prints one line per file that still differs, with the
 * first differing line; exit 1 when there is any. For refactors: the site
 * must stay the same. Default commit-b: the working tree's HEAD.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildEnv } from './astro-build.mjs';

const root = resolve(import.meta.dirname, '..');
const [a, b = 'HEAD'] = process.argv.slice(2);
if (!a) throw new Error('Gebruik: npm run vergelijk -- <commit-a> [<commit-b>]');
const NOW = '2026-11-28T12:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'mbo030-vergelijk-'));

function build(rev: string, name: string): string {
  const dir = join(work, name);
  execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: root, stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const out = join(dir, 'dist');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: buildEnv({
      ...process.env,
      MBO030_NOW: NOW,
      SITE_URL: 'https://mbo030.example.nl',
      BASE_PATH: '/',
      OUT_DIR: out,
      CACHE_DIR: join(dir, '.cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build van ${rev} mislukt:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/**
 * Script and style names lose the hash of the code: `_astro/BaseLayout.kqVUYI_b.css` → `_astro/BaseLayout.#.css`.
 * Image names keep theirs: it hashes the source file and the transform, which a refactor must not change.
 */
const unhash = (s: string) => s.replace(/(_astro\/[\w.-]+?)\.[A-Za-z0-9_-]{8}\.(js|css)\b/g, '$1.#.$2');
const normalise = (s: string) =>
  unhash(s)
    .replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:#')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-#'")
    .replace(/"Noto Sans-[0-9a-f]+/g, '"Noto Sans-#');

try {
  const outA = build(a, 'a');
  const outB = build(b, 'b');
  const keyed = (dir: string) =>
    new Map(
      files(dir)
        .filter((f) => !f.startsWith('pagefind/'))
        .map((f) => [unhash(f), f]),
    );
  const filesA = keyed(outA);
  const filesB = keyed(outB);
  const differences: string[] = [];
  for (const key of new Set([...filesA.keys(), ...filesB.keys()])) {
    const fa = filesA.get(key);
    const fb = filesB.get(key);
    if (!fa || !fb) {
      differences.push(`${key}: alleen in ${fa ? a : b}`);
      continue;
    }
    const ba = readFileSync(join(outA, fa));
    const bb = readFileSync(join(outB, fb));
    if (ba.equals(bb)) continue;
    if (!/\.(html|xml|ics|txt|json|css|js|svg|webmanifest|conf)$|_headers$/.test(key)) {
      differences.push(`${key}: binair verschillend`);
      continue;
    }
    const la = normalise(ba.toString('utf8')).split(/(?<=>)|\n/);
    const lb = normalise(bb.toString('utf8')).split(/(?<=>)|\n/);
    const i = la.findIndex((l, n) => l !== lb[n]);
    if (i === -1 && la.length === lb.length) continue;
    differences.push(`${key}:\n  - ${(la[i] ?? '(einde)').slice(0, 300)}\n  + ${(lb[i] ?? '(einde)').slice(0, 300)}`);
  }
  const pagefind = (dir: string) => (existsSync(join(dir, 'pagefind')) ? files(join(dir, 'pagefind')).length : 0);
  console.log(
    `${filesA.size} bestanden (${a}) tegen ${filesB.size} (${b}); zoekindex: ${pagefind(outA)} tegen ${pagefind(outB)} bestanden.`,
  );
  console.log(
    differences.length === 0
      ? 'Geen verschillen na normaliseren.'
      : `${differences.length} verschil(len):\n${differences.join('\n')}`,
  );
  process.exitCode = differences.length === 0 ? 0 : 1;
} finally {
  for (const name of ['a', 'b'])
    if (existsSync(join(work, name)))
      execFileSync('git', ['worktree', 'remove', '--force', join(work, name)], { cwd: root, stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
