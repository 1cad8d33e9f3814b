/**
 * Writes the preloaded web font, src/fonts/noto-sans-nl-wght.woff2 (see
 * scripts/lib/font-subset.ts and src/lib/web-font.ts for the rule):
 *   npm run font:subset
 * Run it after changing DUTCH_SUBSET or WEIGHTS_IN_USE, or after updating
 * @fontsource-variable/noto-sans or subset-font, and commit the file.
 */
import { writeFileSync } from 'node:fs';
import { SUBSET_FONT, makeSubset } from './lib/font-subset.ts';

const font = await makeSubset();
writeFileSync(SUBSET_FONT, font);
console.log(`${SUBSET_FONT}: ${font.length} B`);
