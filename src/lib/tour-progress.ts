/** Which schools the Mbo Tour 030 has visited, for the progress shown on home and the tour page. */
export interface TourProgress {
  visited: string[];
  notYet: string[];
  /** "1 van de 4 scholen bezocht". */
  label: string;
}

export function tourProgress(schoolIds: string[], visitedSchoolIds: string[]): TourProgress {
  const seen = new Set(visitedSchoolIds);
  const visited = schoolIds.filter((id) => seen.has(id));
  const notYet = schoolIds.filter((id) => !seen.has(id));
  return { visited, notYet, label: `${visited.length} van de ${schoolIds.length} scholen bezocht` };
}
