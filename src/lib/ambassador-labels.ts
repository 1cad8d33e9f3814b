/** Reader-facing words for ambassadors. */
import type { AmbassadorKind, ConsentRecord } from './vocabulary';

/** "Student", "Leerbedrijf", "Bekende Utrechter" (former mbo student). */
export function kindLabel(kind: AmbassadorKind): string {
  return (
    { student: 'Student', leerbedrijf: 'Leerbedrijf', prominent: "Bekende Utrechter en oud-mbo'er" } satisfies Record<
      AmbassadorKind,
      string
    >
  )[kind];
}

/**
 * Why a person is on the site, in one sentence per consent basis (docs/toestemming.md). A public
 * source is named, and the page says it shows only what that source says.
 */
export function consentLine(consent: { basis: ConsentRecord['basis']; bron?: string | undefined }): string {
  const lines = {
    formulier: () => 'Met een getekend toestemmingsformulier.',
    'openbare-bron': () => `Staat al in een openbare bron: ${consent.bron ?? ''}. Wij tonen alleen wat die bron noemt.`,
  } satisfies Record<ConsentRecord['basis'], () => string>;
  return lines[consent.basis]();
}
