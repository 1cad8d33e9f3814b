import type { APIRoute, GetStaticPaths } from 'astro';
import { pngNames, schoolBadges, svgToPng, type BadgeFile } from '../../../../data/badges';
import { BADGE_PNG_SCALES } from '../../../../lib/trademark/snippet';

export const getStaticPaths = (async () =>
  (await schoolBadges()).flatMap((b) =>
    pngNames(b.name, BADGE_PNG_SCALES).map((p) => ({ params: { name: p.name }, props: { b, scale: p.scale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const b = props.b as BadgeFile;
  return new Response(new Uint8Array(await svgToPng(b.svg, b.width, b.height, props.scale as number)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
