/** What every page's footer shows: the schools (set once per request by src/middleware.ts). */
import { siteContent } from './site';

export interface SchoolLink {
  id: string;
  naam: string;
}

/** The schools, for the footer. */
export async function schoolLinks(): Promise<SchoolLink[]> {
  return (await siteContent()).schools.map((s) => ({ id: s.id, naam: s.data.naam }));
}
