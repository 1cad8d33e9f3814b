/**
 * The image derivatives the site makes, in one place. Each source image gets
 * only the sizes its pages really show; the share image (og:image) and the
 * search thumbnail reuse files that are made anyway, so a cold build encodes
 * as few files as possible (docs/performance.md: cold build).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { portrait, wide, THUMBNAIL_SIZE } from '../lib/image-presets';

/** The derivative a page's link preview shows: the largest file its page shows anyway. */
export async function shareImage(
  src: ImageMetadata,
  kind: 'wide' | 'portrait',
): Promise<{ src: string; width: number; height: number }> {
  const preset = kind === 'wide' ? wide : portrait;
  const img = await getImage({ src, width: preset.width, widths: [...preset.widths] });
  return { src: img.src, width: Number(img.attributes.width), height: Number(img.attributes.height) };
}

/** A search thumbnail: a portrait's small file, or a 128-pixel square cut from a wide image (a card's file would be 20 times heavier). */
export async function thumbnail(
  src: ImageMetadata | undefined,
  kind: 'wide' | 'portrait' = 'wide',
): Promise<string | undefined> {
  if (!src) return undefined;
  if (kind === 'portrait') {
    const img = await getImage({ src, width: portrait.width, widths: [...portrait.widths] });
    return img.srcSet.values[0]?.url ?? img.src;
  }
  const img = await getImage({
    src,
    width: THUMBNAIL_SIZE * 2,
    height: THUMBNAIL_SIZE * 2,
    fit: 'cover',
    format: 'webp',
    quality: 70,
  });
  return img.src;
}
