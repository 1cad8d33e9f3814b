/**
 * The words on a share card that come from dates: the same Dutch formatting as
 * the page (lib/dutch-dates), never more precise than the source.
 */
import { formatPeriod } from './dutch-dates';
import { hasDate, type EventDating } from './event-dating';

/**
 * An event's date on its card: "zaterdag 19 augustus 2022", "19–21 augustus 2022", "augustus 2020",
 * "2022"; undefined when the source gives no date. Times stay on the page.
 */
export function cardEventDate(e: EventDating): string | undefined {
  if (!hasDate(e)) return undefined;
  return formatPeriod(e.start, e.eind, e.precisie);
}
