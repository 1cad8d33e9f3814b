import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeSvg, genericBadges, type BadgeFile } from '../../../data/badges';

export const getStaticPaths = (() =>
  genericBadges().map((b) => ({ params: { name: b.name }, props: { b } }))) satisfies GetStaticPaths;

/** A generic badge, versioned: the URL never changes its picture's size. */
export const GET: APIRoute = ({ props }) =>
  new Response(badgeSvg(props.b as BadgeFile), { headers: { 'Content-Type': 'image/svg+xml' } });
