/** The agenda's filter links (AgendaFilters): schools and categories that have events. */
import { categoryLabels } from '../lib/event-labels';
import { to } from '../lib/urls';
import { siteContent } from './site';

/** The filter groups, with the link of the current page marked active. */
export async function agendaFilterGroups(current: string) {
  const { schools, events } = await siteContent();
  const schoolsWithEvents = schools.filter((s) => events.some((e) => e.data.scholen.includes(s.id)));
  const categories = (Object.keys(categoryLabels) as (keyof typeof categoryLabels)[]).filter((c) =>
    events.some((e) => e.data.categorie === c),
  );
  const link = (url: string, label: string) => ({ url, label, active: url === current });
  return [
    {
      title: 'School',
      links: [
        link(to.agenda(), 'Alle scholen'),
        ...schoolsWithEvents.map((s) => link(to.agendaSchool(s.id), s.data.naam)),
      ],
    },
    { title: 'Soort', links: categories.map((c) => link(to.agendaCategory(c), categoryLabels[c])) },
  ];
}
export type AgendaFilterGroups = Awaited<ReturnType<typeof agendaFilterGroups>>;
