/**
 * The Mbo Tour 030 as the site tells it: which schools the diary records a visit
 * to, and the plan's intention as an intention. No claim about the schools the
 * diary does not mention: that the source says nothing is not "not visited".
 */
export interface TourProgress {
  /** Schools with at least one visit in the diary, in the order given. */
  recorded: string[];
  /** "Het dagboek noemt 1 bezoek" / "… bezoeken aan 2 scholen". */
  label: string;
}

export function tourProgress(schoolIds: string[], visitedSchoolIds: string[]): TourProgress {
  const seen = new Set(visitedSchoolIds);
  const recorded = schoolIds.filter((id) => seen.has(id));
  return { recorded, label: tourText.recordedLabel(recorded.length) };
}

/** Every sentence the site says about the tour's progress (home, tour page, school pages). */
export const tourText = {
  intention: 'Het plan is dat de wethouder mbo in de Mbo Tour 030 alle mbo-scholen in Utrecht bezoekt.',
  intentionSource: 'Uitvoeringsplan Sterk Utrechts mbo 2020-2022, § 2.2',
  recordedLabel: (schools: number) =>
    schools === 0
      ? 'Het dagboek noemt nog geen bezoek'
      : `Het dagboek noemt een bezoek aan ${schools === 1 ? 'één school' : `${schools} scholen`}`,
  noVisitRecorded: (school: string) =>
    `Het dagboek van de Mbo Tour 030 noemt geen bezoek aan ${school}. ${tourText.intention}`,
} as const;
