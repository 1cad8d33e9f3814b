/** The iCalendar files (.ics) of the agenda, per event and per school, from published events. */
import { icalendar } from '../lib/icalendar';
import { toIcsEvent } from '../lib/event-feed';
import { absolute, to } from '../lib/urls';
import { oldestFirst } from '../lib/sorting';
import type { DatedEvent, SiteContent } from './site';

export function calendarResponse(name: string, events: DatedEvent[], content: SiteContent, site: URL): Response {
  const body = icalendar({
    name,
    host: site.host,
    stamp: content.now,
    events: oldestFirst(events, (e) => e.data.start).map((e) =>
      toIcsEvent(e, absolute(to.event(e.id), site), content.now),
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
