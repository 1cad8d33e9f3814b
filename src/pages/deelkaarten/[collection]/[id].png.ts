import type { APIRoute } from 'astro';
import { shareCardPng, shareCardSpecs } from '../../../data/share-cards';

export async function getStaticPaths() {
  return (await shareCardSpecs()).map((s) => ({ params: { collection: s.collection, id: s.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await shareCardPng(params.collection!, params.id!)), {
    headers: { 'Content-Type': 'image/png' },
  });
