/**
 * What the shared blocks show (cards, the footer, the tour progress, the agenda
 * filters), gathered here so the components take props and never load content.
 */
import { categoryLabels } from '../lib/event-labels';
import { tourProgress } from '../lib/tour-progress';
import { to } from '../lib/urls';
import { siteContent, type Ambassador, type TourVisit } from './site';

export interface PersonCardData {
  person: Ambassador;
  schoolName: string;
}

export interface TourCardData {
  visit: TourVisit;
  schoolName: string;
}

export interface SchoolLink {
  id: string;
  naam: string;
}

export async function personCards(people: readonly Ambassador[]): Promise<PersonCardData[]> {
  const c = await siteContent();
  return people.map((person) => ({ person, schoolName: c.school(person.data.school).data.naam }));
}

export async function tourCards(visits: readonly TourVisit[]): Promise<TourCardData[]> {
  const c = await siteContent();
  return visits.map((visit) => ({ visit, schoolName: c.school(visit.data.school).data.naam }));
}

/** The schools, for the footer and the tour progress. */
export async function schoolLinks(): Promise<SchoolLink[]> {
  return (await siteContent()).schools.map((s) => ({ id: s.id, naam: s.data.naam }));
}

/** The schools the Mbo Tour 030 diary records a visit to (and nothing about the others). */
export async function tourProgressData() {
  const { schools, visits, school } = await siteContent();
  const progress = tourProgress(schools.map((s) => s.id), visits.map((v) => v.data.school));
  return { label: progress.label, schools: progress.recorded.map((id) => ({ id, naam: school(id).data.naam })) };
}
export type TourProgressData = Awaited<ReturnType<typeof tourProgressData>>;

/** The agenda's filter links: schools and categories that have events. */
export async function agendaFilterGroups(current: string) {
  const { schools, events } = await siteContent();
  const schoolsWithEvents = schools.filter((s) => events.some((e) => e.data.scholen.includes(s.id)));
  const categories = (Object.keys(categoryLabels) as (keyof typeof categoryLabels)[]).filter((c) => events.some((e) => e.data.categorie === c));
  const link = (url: string, label: string) => ({ url, label, active: url === current });
  return [
    { title: 'School', links: [link(to.agenda(), 'Alle scholen'), ...schoolsWithEvents.map((s) => link(to.agendaSchool(s.id), s.data.korteNaam))] },
    { title: 'Soort', links: categories.map((c) => link(to.agendaCategory(c), categoryLabels[c])) },
  ];
}
export type AgendaFilterGroups = Awaited<ReturnType<typeof agendaFilterGroups>>;
