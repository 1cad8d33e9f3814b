import type { APIRoute } from 'astro';
import { absolute, href } from '../lib/urls';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(href('sitemap-index.xml'), site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
