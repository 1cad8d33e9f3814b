import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeSvg, schoolBadges, type BadgeFile } from '../../../../data/badges';

export const getStaticPaths = (async () =>
  (await schoolBadges()).map((b) => ({ params: { name: b.name }, props: { b } }))) satisfies GetStaticPaths;

/** "<school> is mbo030", made from content/scholen/. */
export const GET: APIRoute = ({ props }) =>
  new Response(badgeSvg(props.b as BadgeFile), { headers: { 'Content-Type': 'image/svg+xml' } });
