/**
 * A page's own share image: the largest file of its image that the page shows
 * anyway (see image-sizes), or the campaign image. Events give it to search
 * engines in their Event data.
 */
import type { ImageMetadata } from 'astro';
import { absolute, href } from '../lib/urls';
import { shareImage } from './image-sizes';

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  type: string;
}

export async function shareImageOf(
  image: ImageMetadata | undefined,
  kind: 'wide' | 'portrait',
  site: URL,
): Promise<ShareImage> {
  if (!image) return { url: absolute(href('og/mbo030.png'), site), width: 1200, height: 630, type: 'image/png' };
  const file = await shareImage(image, kind);
  return { url: absolute(file.src, site), width: file.width, height: file.height, type: 'image/webp' };
}
