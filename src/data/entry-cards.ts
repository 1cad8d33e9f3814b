/**
 * What a person's card and a diary entry's card show besides the entry: the
 * school's name, gathered here so the components take props and never load content.
 */
import { siteContent, type Ambassador, type TourVisit } from './site';

export interface PersonCardData {
  person: Ambassador;
  schoolName: string;
}

export interface TourCardData {
  visit: TourVisit;
  schoolName: string;
}

export async function personCards(people: readonly Ambassador[]): Promise<PersonCardData[]> {
  const c = await siteContent();
  return people.map((person) => ({ person, schoolName: c.school(person.data.school).data.naam }));
}

export async function tourCards(visits: readonly TourVisit[]): Promise<TourCardData[]> {
  const c = await siteContent();
  return visits.map((visit) => ({ visit, schoolName: c.school(visit.data.school).data.naam }));
}
