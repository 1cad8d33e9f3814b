/**
 * What may be published. Drafts stay out of production; ambassadors need
 * consent that has started and not ended; a story that features someone who
 * is not published is left out too. Every entry left out comes with a reason.
 */
import { amsterdamInstant, dayAfterPeriod } from './amsterdam-time';
import type { ConsentRecord } from './vocabulary';

export type { ConsentRecord };

/** Why consent does not hold at a moment: not started yet, or ended. */
export interface ConsentVerdict {
  kind: 'notYet' | 'expired';
  /** The day it starts (notYet) or the last day it held (expired), JJJJ-MM-DD. */
  date: string;
}

/** The first day consent holds: the day the form was signed, or the start of the source's date. */
export function consentStart(consent: ConsentRecord): string | undefined {
  return consent.basis === 'formulier' ? consent.gegeven?.date : consent.datum?.date;
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
export function consentProblem(consent: ConsentRecord, now: Date): ConsentVerdict | undefined {
  const start = consentStart(consent);
  if (start && amsterdamInstant(start) > now) return { kind: 'notYet', date: start };
  if (consent.tot && amsterdamInstant(dayAfterPeriod(consent.tot, 'dag')) <= now)
    return { kind: 'expired', date: consent.tot.date };
  return undefined;
}

/** The build log's words for a verdict. */
export function consentReason(v: ConsentVerdict): string {
  return v.kind === 'notYet' ? `toestemming gaat pas in op ${v.date}` : `toestemming is verlopen op ${v.date}`;
}

function where(e: Entry<unknown>, collection: string): string {
  return e.filePath ?? `${collection}/${e.id}`;
}

/** Drops drafts unless they are wanted (in `astro dev`); entries of a type without `draft` all stay. */
export function withoutDrafts<E extends Entry<object>>(
  entries: E[],
  includeDrafts: boolean,
  collection: string,
  omitted: Omission[],
): E[] {
  if (includeDrafts) return entries;
  return entries.filter((e) => {
    const isDraft = 'draft' in e.data && e.data.draft === true;
    if (isDraft) omitted.push({ file: where(e, collection), reason: 'concept (draft: true)' });
    return !isDraft;
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
    if (problem) omitted.push({ file: where(a, 'ambassadeurs'), reason: consentReason(problem) });
    return !problem;
  });
  const shownIds = new Set(shown.map((a) => a.id));
  const storiesShown = withoutDrafts(stories, opts.includeDrafts, 'verhalen', omitted).filter((s) => {
    const hidden = s.data.ambassadeurs.filter((id) => !shownIds.has(id));
    if (hidden.length > 0) {
      omitted.push({
        file: where(s, 'verhalen'),
        reason: `gaat over ${hidden.join(', ')}, die niet gepubliceerd wordt (zonder geldige toestemming of concept)`,
      });
    }
    return hidden.length === 0;
  });
  return { ambassadors: shown, stories: storiesShown, omitted };
}

/**
 * A public source covers only what it published: a photo of a person needs a
 * signed form. The stories whose image shows people (`toontPersonen`) while the
 * consent of someone in them rests on a public source, each with a Dutch reason.
 */
export function photosWithoutForm(
  ambassadors: Entry<{ toestemming: { basis: ConsentRecord['basis'] } }>[],
  stories: Entry<{ ambassadeurs: string[]; afbeelding: { toontPersonen: boolean } }>[],
): Omission[] {
  const publicOnly = new Set(ambassadors.filter((a) => a.data.toestemming.basis !== 'formulier').map((a) => a.id));
  return stories.flatMap((s) => {
    const who = s.data.ambassadeurs.filter((id) => publicOnly.has(id));
    if (!s.data.afbeelding.toontPersonen || who.length === 0) return [];
    return [
      {
        file: where(s, 'verhalen'),
        reason: `veld 'afbeelding.toontPersonen': deze foto toont personen, en de toestemming van ${who.join(', ')} rust op een openbare bron. Een foto vraagt een getekend formulier (basis: formulier). Gebruik een illustratie, of leg een formulier vast.`,
      },
    ];
  });
}
