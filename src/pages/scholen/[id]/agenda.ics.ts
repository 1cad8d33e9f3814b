import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../../data/calendar-files';
import { siteContent } from '../../../data/site';

export const getStaticPaths = (async () => {
  const { schools } = await siteContent();
  return schools.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

/** The events one school takes part in. */
export const GET: APIRoute = async ({ params, site }) => {
  const content = await siteContent();
  const school = content.school(params.id!);
  const events = content.calendar.filter((e) => e.data.scholen.includes(school.id));
  return calendarResponse(`mbo030: agenda van ${school.data.naam}`, events, content, site!);
};
