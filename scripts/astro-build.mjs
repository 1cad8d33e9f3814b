/**
 * `npm run build` and `npm start`: runs `astro build` with the memory setting below.
 * Plain JavaScript, like require-node.mjs, so that it needs no loader.
 *
 * MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown) and Astro's compiler are Rust libraries
 * with their own allocator, mimalloc, which keeps memory it has freed for later. Bundling
 * 2,000 MDX entries needs ±0.8 GB for a few seconds; without this setting the build keeps
 * that memory until it exits, and the search index (a child process) comes on top of it.
 * With it, freed memory goes back to the system at once (measured in docs/performance.md,
 * session 19). mimalloc reads the variable when the library loads, so it has to be in the
 * environment before Astro starts: hence this launcher. A value set by the caller wins.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the build adds to the environment it runs in. */
export const BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0' };

/** The environment for a build: BUILD_ENV, under whatever `env` already sets. */
export function buildEnv(env) {
  return { ...BUILD_ENV, ...env };
}

/**
 * Runs `node <bin> build <args>` with buildEnv(process.env), passing on its output,
 * Ctrl-C and termination; resolves to its exit code (1 when a signal ended it).
 */
export function launch(args, bin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url))) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', ...args], { stdio: 'inherit', env: buildEnv(process.env) });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await launch(process.argv.slice(2));
}
