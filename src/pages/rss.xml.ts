import type { APIRoute } from 'astro';
import { newsFeedResponse } from '../data/news-feed';

export const GET: APIRoute = ({ site }) => newsFeedResponse({ kind: 'all' }, site!);
