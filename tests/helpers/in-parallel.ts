/**
 * Runs `job` on every item, at most `limit` at a time, and returns the results in
 * the items' order. Its own module: the setup of every build test file imports it
 * (site-builds.ts), and it must not pull in a browser.
 */
export async function inParallel<T, R>(items: T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
