/** Everything an event page shows: its schools, people, related stories, where it stands, its recorded outcome and what its date may claim. */
import { eventJsonLd } from '../lib/event-feed';
import { hasCalendarFile, hasDate } from '../lib/event-dating';
import { eventPhase, eventState, phaseLabels, precisionNotes } from '../lib/event-labels';
import { absolute, to } from '../lib/urls';
import { shareImageOf } from './share-image';
import { entryPage } from './entry-page';
import { publishedPeople } from './published-people';
import { siteContent, type Event } from './site';

export async function eventPage(event: Event, site: URL) {
  const d = event.data;
  const c = await siteContent();
  const dated = hasDate(d) ? d : undefined;
  /** Only an event with a known day goes in a calendar, and only such an event gets Event data for search engines. */
  const inCalendar = hasCalendarFile(d);
  const pageUrl = absolute(to.event(event.id), site);
  const image = (await shareImageOf(d.afbeelding?.src, 'wide', site)).url;
  const phase = eventPhase(d, c.now);
  const precisionNote = precisionNotes[d.precisie];
  return {
    ...(await entryPage('agenda', event, site)),
    id: event.id,
    schools: d.scholen.map(c.school),
    stories: c.stories.filter((s) => s.data.scholen.some((id) => d.scholen.includes(id))).slice(0, 3),
    /** "Binnenkort", "Datum niet bekend" or "Datum voorbij": where the date stands, never whether it took place. */
    phase: phaseLabels[phase],
    /** The outcome's word (from `uitkomst`), or the passed-date sentence when no source says what happened. */
    state: eventState(d, phase),
    dated,
    inCalendar,
    jsonLd: inCalendar && dated ? eventJsonLd({ ...event, data: dated }, pageUrl, image) : undefined,
    people: await publishedPeople(d.ambassadeurs),
    precisionNote,
  };
}
export type EventPageView = Awaited<ReturnType<typeof eventPage>>;
