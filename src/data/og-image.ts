/**
 * A page's link preview image (og:image): the largest file of its own image that
 * the page shows anyway (see image-sizes), or the campaign image.
 */
import type { ImageMetadata } from 'astro';
import { absolute, href } from '../lib/urls';
import { shareImage } from './image-sizes';

export interface OgImage {
  url: string;
  width: number;
  height: number;
  type: string;
}

export async function ogImage(image: ImageMetadata | undefined, kind: 'wide' | 'portrait', site: URL): Promise<OgImage> {
  if (!image) return { url: absolute(href('og/mbo030.png'), site), width: 1200, height: 630, type: 'image/png' };
  const file = await shareImage(image, kind);
  return { url: absolute(file.src, site), width: file.width, height: file.height, type: 'image/webp' };
}
