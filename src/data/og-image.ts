/** The absolute URL of a page's link-preview image: 1200×630 PNG from its own image, or the campaign image. */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { absolute, href } from '../lib/urls';

export async function ogImageUrl(image: ImageMetadata | undefined, site: URL): Promise<string> {
  if (!image) return absolute(href('og/mbo030.png'), site);
  const png = await getImage({ src: image, width: 1200, height: 630, fit: 'cover', format: 'png' });
  return absolute(png.src, site);
}
