import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../data/calendar-files';
import { siteContent, type DatedEvent } from '../../data/site';

export const getStaticPaths = (async () => {
  // Only events with a known day: a month or a year is not a calendar event.
  const { calendar } = await siteContent();
  return calendar.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

/** One event, for "Zet in je agenda". */
export const GET: APIRoute = async ({ props, site }) => {
  const event = props.event as DatedEvent;
  return calendarResponse(event.data.titel, [event], await siteContent(), site!);
};
