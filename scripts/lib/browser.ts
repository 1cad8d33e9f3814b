/**
 * Chromium for the browser tests and benchmarks, driven by playwright-core; never
 * a browser download. Which one, in this order:
 * 1. `CHROMIUM_PATH`, when set;
 * 2. the system's `/usr/bin/chromium`, unless `MBO030_BROWSER=npm`;
 * 3. the Chromium inside the npm package `@sparticuz/chromium` (a devDependency),
 *    unpacked on first use into the temp folder. CI forces this one, so the path
 *    a newcomer takes is the path CI tests.
 */
import { isExecutableFile } from './executable.ts';
import { availableParallelism } from 'node:os';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that work on our machines: no sandbox as root, no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Renderer processes the browser tests' Chromium keeps (one per core, at least two). */
export const RENDERER_PROCESSES = Math.max(2, availableParallelism());

/**
 * For the browser tests, which open many contexts side by side: a few shared renderer
 * processes instead of one (or more) per context, and the GPU thread in the browser
 * process. Measured with the layout-shift gate (24 loads, 8 at a time, 2 cores, two
 * rounds): the system Chromium 30.5–31.9 s → 16.5–23.0 s, the npm Chromium 9.2 s →
 * 6.7–8.1 s. Contexts keep their own cache and storage, so every load is still cold.
 * No `--disable-features` here: it would replace Playwright's own list (which keeps
 * the browser from calling Google at start). Not for the Lighthouse bench.
 */
export const MANY_CONTEXTS_FLAGS = [
  `--renderer-process-limit=${RENDERER_PROCESSES}`,
  '--in-process-gpu',
  '--disable-site-isolation-trials',
];

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'npm';

/** Which browser the environment asks for; pure, so it can be unit-tested. */
export function chooseBrowser(
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean,
): { source: BrowserSource; path?: string } {
  if (env.CHROMIUM_PATH) return { source: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH };
  if (env.MBO030_BROWSER !== 'npm' && exists(SYSTEM_CHROMIUM)) return { source: 'system', path: SYSTEM_CHROMIUM };
  return { source: 'npm' };
}

let resolved: Promise<string> | undefined;

/** The executable to launch, unpacking the npm-shipped Chromium once per process. */
export function chromiumExecutable(): Promise<string> {
  resolved ??= (async () => {
    const choice = chooseBrowser(process.env, isExecutableFile);
    if (choice.path) {
      if (!isExecutableFile(choice.path))
        throw new Error(
          `Geen Chromium om te starten op ${choice.path} (uit ${choice.source}). Haal CHROMIUM_PATH weg om de Chromium uit npm te gebruiken.`,
        );
      return choice.path;
    }
    const { default: packaged } = await import('@sparticuz/chromium');
    return packaged.executablePath();
  })();
  return resolved;
}

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
