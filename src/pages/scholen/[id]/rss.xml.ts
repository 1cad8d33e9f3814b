import type { APIRoute, GetStaticPaths } from 'astro';
import { newsFeedResponse } from '../../../data/news-feed';
import { siteContent } from '../../../data/site';

export const getStaticPaths = (async () => {
  const { schools } = await siteContent();
  return schools.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

/** That school's stories and diary entries. */
export const GET: APIRoute = ({ params, site }) => newsFeedResponse({ kind: 'school', id: params.id! }, site!);
