import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { earlyStartStats, setEarlyStart } from './image-service';

/** A cold build: no image in Astro's cache. (A cache with only stale files counts as warm: then we just start later.) */
function imageCacheIsEmpty(cacheDir: URL): boolean {
  const assets = fileURLToPath(new URL('assets/', cacheDir));
  return !existsSync(assets) || readdirSync(assets).length === 0;
}

/**
 * Switches on early start in our image service (`image-service.ts`) for a cold static build. A warm
 * build takes its images from Astro's cache and encodes nothing, so starting early would only do work
 * twice. The switch is kept in memory, never in Astro's config (see `image-service.ts`). Logs at the
 * end how many files were made early, and warns (which fails the tests' warning gate) when the early
 * worker failed or made a file nobody used.
 */
export function imageEarlyStart(): AstroIntegration {
  let cold = false;
  let on = false;
  return {
    name: 'mbo030:image-early-start',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        cold = command === 'build' && imageCacheIsEmpty(config.cacheDir);
      },
      'astro:config:done': ({ config, buildOutput }) => {
        // Where the originals are before rendering is known for a static build without an asset prefix only.
        on = cold && buildOutput === 'static' && !config.build.assetsPrefix;
        const early = { outDir: fileURLToPath(config.outDir), base: config.base, imageConfig: config.image };
        setEarlyStart(on ? early : undefined);
      },
      'astro:build:done': ({ logger }) => {
        if (!on) return;
        const { made, madeWhileRendering, failed, unused } = earlyStartStats();
        setEarlyStart(undefined);
        logger.info(`beelden: ${made} naast Astro gemaakt, waarvan ${madeWhileRendering} tijdens het renderen`);
        // Both are slowness, not wrong output (Astro made those files itself), but a test build must show none.
        if (failed > 0) logger.warn(`images: the early worker could not make ${failed} file(s) without a warning`);
        if (unused > 0) logger.warn(`images: the early worker made ${unused} file(s) that Astro never asked for`);
      },
    },
  };
}
