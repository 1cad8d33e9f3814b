/** What the tour progress block shows (home page, Mbo Tour 030 page): the schools the diary records a visit to. */
import { tourProgress } from '../lib/tour-progress';
import { siteContent } from './site';

/** The schools the Mbo Tour 030 diary records a visit to (and nothing about the others). */
export async function tourProgressData() {
  const { schools, visits, school } = await siteContent();
  const progress = tourProgress(
    schools.map((s) => s.id),
    visits.map((v) => v.data.school),
  );
  return { label: progress.label, schools: progress.recorded.map((id) => ({ id, naam: school(id).data.naam })) };
}
export type TourProgressData = Awaited<ReturnType<typeof tourProgressData>>;
