/**
 * The preloaded web font: @fontsource's variable Noto Sans (Latin file), cut down
 * with HarfBuzz (subset-font) to the characters of DUTCH_SUBSET, the part of the
 * weight axis the design uses and the OpenType features a browser applies unasked. Deterministic: the same package versions give
 * the same bytes, which scripts/lib/font-subset.test.ts checks against the
 * committed file. `npm run font:subset` writes it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { DEFAULT_FEATURES, DUTCH_SUBSET, WEIGHTS_IN_USE, charactersOf } from '../../src/lib/web-font.ts';

export const SOURCE_FONT = createRequire(import.meta.url).resolve(
  '@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
);
/** Committed; astro.config.mjs hands it to Astro's font pipeline, which copies it to /_astro/fonts/. */
export const SUBSET_FONT = 'src/fonts/noto-sans-nl-wght.woff2';

export function makeSubset(): Promise<Buffer> {
  return subsetFont(readFileSync(SOURCE_FONT), charactersOf(DUTCH_SUBSET), {
    targetFormat: 'woff2',
    keepFeatures: [...DEFAULT_FEATURES],
    variationAxes: { wght: { min: WEIGHTS_IN_USE.min, max: WEIGHTS_IN_USE.max } },
  });
}
