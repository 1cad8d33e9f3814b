/**
 * What may be published. Drafts stay out of production; ambassadors need
 * consent that has started and not ended; a story that features someone who
 * is not published is left out too. Every entry left out comes with a reason.
 */
import { amsterdamInstant, dayAfterPeriod } from './amsterdam-time';
import type { LocalDate } from './local-date';

export interface ConsentRecord {
  gegeven: LocalDate;
  tot?: LocalDate | undefined;
}

export interface Omission {
  /** Content file (or collection/id) that was left out. */
  file: string;
  /** Why, in Dutch. */
  reason: string;
}

interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

type Ambassador = Entry<{ draft: boolean; toestemming: ConsentRecord; naam: string }>;
type Story = Entry<{ draft: boolean; ambassadeurs: string[] }>;

/** Why consent does not (yet, or any longer) allow publication at `now`; undefined when it does. */
export function consentProblem(consent: ConsentRecord, now: Date): string | undefined {
  if (amsterdamInstant(consent.gegeven.date) > now) return `toestemming gaat pas in op ${consent.gegeven.date}`;
  if (consent.tot && amsterdamInstant(dayAfterPeriod(consent.tot, 'dag')) <= now) return `toestemming is verlopen op ${consent.tot.date}`;
  return undefined;
}

function where(e: Entry<unknown>, collection: string): string {
  return e.filePath ?? `${collection}/${e.id}`;
}

/** Drops drafts unless they are wanted (in `astro dev`). */
export function withoutDrafts<E extends Entry<{ draft: boolean }>>(entries: E[], includeDrafts: boolean, collection: string, omitted: Omission[]): E[] {
  if (includeDrafts) return entries;
  return entries.filter((e) => {
    if (e.data.draft) omitted.push({ file: where(e, collection), reason: 'concept (draft: true)' });
    return !e.data.draft;
  });
}

/** The ambassadors and stories that may be shown, and what was left out and why. */
export function selectPublished<A extends Ambassador, S extends Story>(
  ambassadors: A[],
  stories: S[],
  opts: { now: Date; includeDrafts: boolean },
): { ambassadors: A[]; stories: S[]; omitted: Omission[] } {
  const omitted: Omission[] = [];
  const shown = withoutDrafts(ambassadors, opts.includeDrafts, 'ambassadeurs', omitted).filter((a) => {
    const problem = consentProblem(a.data.toestemming, opts.now);
    if (problem) omitted.push({ file: where(a, 'ambassadeurs'), reason: problem });
    return !problem;
  });
  const shownIds = new Set(shown.map((a) => a.id));
  const storiesShown = withoutDrafts(stories, opts.includeDrafts, 'verhalen', omitted).filter((s) => {
    const hidden = s.data.ambassadeurs.filter((id) => !shownIds.has(id));
    if (hidden.length > 0) {
      omitted.push({ file: where(s, 'verhalen'), reason: `gaat over ${hidden.join(', ')}, die niet gepubliceerd wordt (zonder geldige toestemming of concept)` });
    }
    return hidden.length === 0;
  });
  return { ambassadors: shown, stories: storiesShown, omitted };
}
