import type { APIRoute, GetStaticPaths } from 'astro';
import { trademarkFiles } from '../../../data/badges';
import { assertSafeSvg } from '../../../lib/trademark/svg-checks';

export const getStaticPaths = (() =>
  trademarkFiles().map((f) => ({ params: { name: f.name }, props: { svg: f.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(assertSafeSvg(params.name!, props.svg as string), { headers: { 'Content-Type': 'image/svg+xml' } });
