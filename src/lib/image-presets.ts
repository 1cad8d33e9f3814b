/**
 * The image derivatives the site makes, as sizes: each source image gets only the sizes its pages
 * really show (docs/performance.md: cold build). Layouts pass these to <Image>; data/image-sizes.ts
 * makes the files that link previews and search reuse.
 */

/** Props for astro:assets' <Image>: the largest width as `src`, so no file at the source's own size is made. */
export interface Preset {
  width: number;
  widths: number[];
  sizes: string;
}

/** A wide image on its own page (story, event, tour entry): phones get 800 (2×) or 1200 (3×). */
export const wide: Preset = { width: 1200, widths: [480, 800, 1200], sizes: '(min-width: 72rem) 70rem, 100vw' };

/** A story image in a card: the two smaller sizes of `wide`, so no file is extra. */
export const card: Preset = {
  width: 800,
  widths: [480, 800],
  sizes: '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw',
};

/** A portrait: 16rem on the ambassador's page, 6rem in a card (override `sizes`) and in search results; one pair of files for all. */
export const portrait: Preset = { width: 512, widths: [256, 512], sizes: '16rem' };

/** The search thumbnail: 64 CSS pixels, twice that for sharp screens. */
export const THUMBNAIL_SIZE = 64;
