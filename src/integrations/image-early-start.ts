import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { earlyStartStats, type EarlyStartConfig } from './image-service';

/**
 * Switches on early start in our image service (`image-service.ts`) for a cold build: one with no
 * images in Astro's cache. A warm build takes its images from that cache and encodes nothing, so
 * starting early would only do work twice. Logs at the end how many files were made early, and warns
 * (which fails the tests' warning gate) when the early worker failed or made a file nobody used.
 */
export function imageEarlyStart(): AstroIntegration {
  let on = false;
  return {
    name: 'mbo030:image-early-start',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const cache = fileURLToPath(new URL('assets/', config.cacheDir));
        on = command === 'build' && !(existsSync(cache) && readdirSync(cache).length > 0);
        if (!on) return;
        const earlyStart: EarlyStartConfig = { outDir: fileURLToPath(config.outDir), base: config.base };
        updateConfig({
          image: { service: { ...config.image.service, config: { ...config.image.service.config, earlyStart } } },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!on) return;
        const { madeWhileRendering, handedOver, failed, unused } = earlyStartStats();
        logger.info(`beelden: ${handedOver} naast Astro gemaakt, waarvan ${madeWhileRendering} tijdens het renderen`);
        // Both are slowness, not wrong output (Astro made those files itself), but a test build must show none.
        if (failed > 0) logger.warn(`beelden: ${failed} keer kon het origineel niet vooraf gelezen worden`);
        if (unused > 0) logger.warn(`beelden: ${unused} vooraf gemaakt maar niet gebruikt`);
      },
    },
  };
}
