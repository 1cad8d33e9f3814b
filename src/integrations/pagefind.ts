import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build`
 * is done. Any indexing error fails the build: a site without a working search
 * must never be deployed silently.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mbo030:pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.info(
          'Let op: in de ontwikkelserver is er geen zoekindex, dus /zoeken/ vindt niets. Zoeken testen? Gebruik npm start (build + preview).',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${createErrors.join('; ')}`);
        try {
          const { errors, page_count } = await index.addDirectory({ path: site });
          if (errors.length > 0) throw new Error(`Pagefind-fouten: ${errors.join('; ')}`);
          if (page_count === 0) throw new Error("Pagefind vond geen pagina's om te indexeren.");
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
          logger.info(`zoekindex gemaakt uit ${page_count} HTML-bestanden`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
