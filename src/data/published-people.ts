/**
 * Who may be named, for mentions inside running text (<Persoon id="…" />) and
 * the "Met" line of events and diary entries: only ambassadors whose consent is
 * valid at build time. Everything else about a withheld person renders without
 * the name (docs/toestemming.md).
 */
import { siteContent, type Ambassador } from './site';

/** The published ambassador with this id, or undefined when they may not be named. */
export async function publishedPerson(id: string): Promise<Ambassador | undefined> {
  return (await siteContent()).ambassadors.find((a) => a.id === id);
}

/** The published ambassadors among `ids`, in that order; withheld ones are left out silently. */
export async function publishedPeople(ids: readonly string[]): Promise<Ambassador[]> {
  const shown = (await siteContent()).ambassadors;
  return ids.flatMap((id) => shown.filter((a) => a.id === id));
}
