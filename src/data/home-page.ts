/** What the home page shows: the newest stories, the coming events and the tour's progress. */
import { tourProgressData } from './cards';
import { siteContent } from './site';

export async function homePage() {
  const { stories, upcoming } = await siteContent();
  return { stories, upcoming, progress: await tourProgressData() };
}
export type HomePageView = Awaited<ReturnType<typeof homePage>>;
