/**
 * Bundles the CMS (src/admin/index.html + main.ts + @sveltia/cms from npm) with
 * Vite, apart from the site: it must not share the site's policy, scripts or
 * budgets. The result depends only on this folder and the package versions,
 * so it is built once and reused from node_modules/.cache by every later build
 * (about 4 s saved per build).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '..', '..', 'node_modules');
const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** GitHub's status page, asked by the CMS on its sign-in screen; answered locally instead ("no incident"), so nothing leaves our origin before sign-in. */
const STATUS_URL = 'https://www.githubstatus.com/api/v2/status.json';
const STATUS_LOCAL = `data:application/json,${encodeURIComponent('{"status":{"indicator":"none"}}')}`;

/**
 * Two things in the package would reach a third party before an editor signs
 * in: its stylesheet names its fonts on cdn.jsdelivr.net (the module build also
 * registers the same fonts from its own files, which Vite bundles), and its
 * sign-in screen asks githubstatus.com. Both are removed here.
 */
export function keepAdminLocal(): Plugin {
  return {
    name: 'mbo030:keep-admin-local',
    transform(code, id) {
      if (!id.includes('@sveltia/cms')) return undefined;
      const out = code
        .replace(/@font-face\s*\{[^}]*?https:\/\/cdn\.jsdelivr\.net[^}]*\}/g, '')
        .replaceAll(STATUS_URL, STATUS_LOCAL);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

function cacheKey(): string {
  const hash = createHash('sha256');
  // Every file of this folder (a change anywhere here rebuilds; tests aside), plus the package versions.
  for (const f of readdirSync(here)
    .filter((n) => !n.endsWith('.test.ts'))
    .sort())
    hash.update(f).update(readFileSync(join(here, f)));
  hash.update(`${version('@sveltia/cms')} ${version('vite')}`);
  return hash.digest('hex').slice(0, 16);
}

/** The folder with the bundled CMS, built now if no earlier build left it. */
export async function adminBundle(log: (msg: string) => void = () => {}): Promise<string> {
  const root = join(modules, '.cache', 'mbo030-admin');
  const dir = join(root, cacheKey());
  if (existsSync(join(dir, 'index.html'))) return dir;
  const tmp = `${dir}.${process.pid}`;
  const started = Date.now();
  await build({
    root: here,
    base: './',
    configFile: false,
    logLevel: 'error',
    cacheDir: join(root, 'vite'),
    plugins: [keepAdminLocal()],
    build: {
      outDir: tmp,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: join(here, 'index.html') },
    },
  });
  mkdirSync(root, { recursive: true });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another build running at the same time got there first: use its copy.
    rmSync(tmp, { recursive: true, force: true });
  }
  log(`redactieomgeving gebundeld in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** Copies the bundled CMS into a build's output folder. */
export function copyAdmin(bundle: string, target: string): void {
  cpSync(bundle, target, { recursive: true });
}
