/**
 * The image derivatives the site makes, in one place. Each source image gets
 * only the sizes its pages really show; the share image (og:image) and the
 * search thumbnail reuse files that are made anyway, so a cold build encodes
 * as few files as possible (docs/performance.md: cold build).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** Props for astro:assets' <Image>: the largest width as `src`, so no file at the source's own size is made. */
interface Preset {
  width: number;
  widths: number[];
  sizes: string;
}

/** A wide image on its own page (story, event, tour entry): phones get 800 (2×) or 1200 (3×). */
export const wide: Preset = { width: 1200, widths: [480, 800, 1200], sizes: '(min-width: 72rem) 70rem, 100vw' };

/** A story image in a card: the two smaller sizes of `wide`, so no file is extra. */
export const card: Preset = { width: 800, widths: [480, 800], sizes: '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw' };

/** A portrait: 16rem on the ambassador's page, 6rem in a card (override `sizes`) and in search results; one pair of files for all. */
export const portrait: Preset = { width: 512, widths: [256, 512], sizes: '16rem' };

/** The search thumbnail: 64 CSS pixels, twice that for sharp screens. */
export const THUMBNAIL_SIZE = 64;

/** The derivative a page's link preview shows: the largest file its page shows anyway. */
export async function shareImage(src: ImageMetadata, kind: 'wide' | 'portrait'): Promise<{ src: string; width: number; height: number }> {
  const preset = kind === 'wide' ? wide : portrait;
  const img = await getImage({ src, width: preset.width, widths: [...preset.widths] });
  return { src: img.src, width: Number(img.attributes.width), height: Number(img.attributes.height) };
}

/** A search thumbnail: a portrait's small file, or a 128-pixel square cut from a wide image (a card's file would be 20 times heavier). */
export async function thumbnail(src: ImageMetadata | undefined, kind: 'wide' | 'portrait' = 'wide'): Promise<string | undefined> {
  if (!src) return undefined;
  if (kind === 'portrait') {
    const img = await getImage({ src, width: portrait.width, widths: [...portrait.widths] });
    return img.srcSet.values[0]?.url ?? img.src;
  }
  const img = await getImage({ src, width: THUMBNAIL_SIZE * 2, height: THUMBNAIL_SIZE * 2, fit: 'cover', format: 'webp', quality: 70 });
  return img.src;
}
