/** Reader-facing words for ambassadors. */
import type { AmbassadorKind } from './vocabulary';

/** "Student", "Leerbedrijf", "Bekende Utrechter" (former mbo student). */
export function kindLabel(kind: AmbassadorKind): string {
  return (
    { student: 'Student', leerbedrijf: 'Leerbedrijf', prominent: 'Bekende Utrechter en oud-mbo’er' } satisfies Record<
      AmbassadorKind,
      string
    >
  )[kind];
}
