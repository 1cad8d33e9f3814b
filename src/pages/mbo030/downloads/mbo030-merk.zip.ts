import type { APIRoute } from 'astro';
import { trademarkZip } from '../../../data/badges';

/** Every trademark file in one zip. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await trademarkZip()), { headers: { 'Content-Type': 'application/zip' } });
