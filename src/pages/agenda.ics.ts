import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendar-files';
import { siteContent } from '../data/site';

/** All events with a known day, coming and past (a recorded cancellation stays in with STATUS:CANCELLED). */
export const GET: APIRoute = async ({ site }) => {
  const content = await siteContent();
  return calendarResponse('mbo030: agenda van het Utrechtse mbo', content.calendar, content, site!);
};
