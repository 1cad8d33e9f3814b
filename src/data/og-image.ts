/**
 * The absolute URL of a page's link-preview image: a 1200×630 JPEG cut from its own
 * image (JPEG: every platform reads it, and it encodes fast and small for photos),
 * or the campaign image.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { absolute, href } from '../lib/urls';

export async function ogImageUrl(image: ImageMetadata | undefined, site: URL): Promise<string> {
  if (!image) return absolute(href('og/mbo030.png'), site);
  const jpg = await getImage({ src: image, width: 1200, height: 630, fit: 'cover', format: 'jpg', quality: 80 });
  return absolute(jpg.src, site);
}
