/**
 * "Now" for the build: the moment that decides what is coming and what is past,
 * and whose consent has ended. `MBO030_NOW` (an ISO date-time) fixes it for
 * tests, so their output never depends on the day they run.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.MBO030_NOW;
  if (!fixed) return new Date();
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime()))
    throw new Error(`MBO030_NOW="${fixed}" is geen geldige datum-tijd (gebruik bijvoorbeeld 2022-06-01T12:00:00Z).`);
  return d;
}
