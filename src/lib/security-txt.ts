/**
 * `/.well-known/security.txt` (RFC 9116): where to report a security problem.
 * It expires a year after the build, so the nightly build keeps it current; a
 * site that stops being built lets it lapse, as the RFC intends.
 */

export interface SecurityTxtInput {
  /** The build's "now" (buildNow). */
  now: Date;
  /** Absolute URL of where to report: a page that says how (RFC 9116 allows https URIs). */
  contact: string;
  /** Absolute URL of the disclosure policy. */
  policy: string;
  /** Absolute URL of this file itself. */
  canonical: string;
}

/** One year after the start of the build's day (UTC), so builds on one day are byte for byte the same. */
export function securityTxtExpiry(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
}

/** RFC 3339 without milliseconds: `2026-06-15T00:00:00Z`. */
function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function securityTxt({ now, contact, policy, canonical }: SecurityTxtInput): string {
  return [
    '# Beveiligingsprobleem gevonden op mbo030? Lees hoe je het meldt op de pagina onder Policy.',
    `Contact: ${contact}`,
    `Expires: ${rfc3339(securityTxtExpiry(now))}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${canonical}`,
    `Policy: ${policy}`,
    '',
  ].join('\n');
}

/** The fields of a security.txt, each with all its values (RFC 9116 field names are case-insensitive). */
export function securityTxtFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m || line.startsWith('#')) continue;
    const name = m[1]!.toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), m[2]!.trim()]);
  }
  return fields;
}
