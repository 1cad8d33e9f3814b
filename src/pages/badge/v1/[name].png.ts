import type { APIRoute, GetStaticPaths } from 'astro';
import { genericBadges, pngNames, svgToPng, type BadgeFile } from '../../../data/badges';

export const getStaticPaths = (() =>
  genericBadges().flatMap((b) =>
    pngNames(b.name, [1, 2]).map((p) => ({ params: { name: p.name }, props: { b, scale: p.scale } })),
  )) satisfies GetStaticPaths;

/** PNG versions (1× and 2×) for a CMS that strips SVG. */
export const GET: APIRoute = async ({ props }) => {
  const b = props.b as BadgeFile;
  return new Response(new Uint8Array(await svgToPng(b.svg, b.width, b.height, props.scale as number)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
