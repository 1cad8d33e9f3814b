import type { APIRoute, GetStaticPaths } from 'astro';
import { TRADEMARK_PNG_SCALES, pngNames, svgToPng, trademarkFiles } from '../../../data/badges';

export const getStaticPaths = (() =>
  trademarkFiles().flatMap((f) =>
    pngNames(f.name, TRADEMARK_PNG_SCALES).map((p) => ({ params: { name: p.name }, props: { f, scale: p.scale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const f = props.f as ReturnType<typeof trademarkFiles>[number];
  return new Response(new Uint8Array(await svgToPng(f.svg, f.width, f.height, props.scale as number)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
