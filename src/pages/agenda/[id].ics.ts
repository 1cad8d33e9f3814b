import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../data/feeds';
import { siteContent, type Event } from '../../data/site';

export const getStaticPaths = (async () => {
  const { events } = await siteContent();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

/** One event, for "Zet in je agenda". */
export const GET: APIRoute = async ({ props, site }) => {
  const event = props.event as Event;
  return calendarResponse(event.data.titel, [event], await siteContent(), site!);
};
