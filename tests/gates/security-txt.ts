/** The gate on `/.well-known/security.txt` (RFC 9116): complete, and not about to expire. */
import { securityTxtFields } from '../../src/lib/security-txt';

const DAY = 24 * 60 * 60 * 1000;
/** A security.txt that expires within this many days fails: the nightly build should have renewed it. */
export const MIN_DAYS_LEFT = 30;

export function securityTxtProblems(text: string, now: Date, canonical: string): string[] {
  const fields = securityTxtFields(text);
  const one = (name: string) => fields.get(name) ?? [];
  const problems: string[] = [];
  if (one('contact').length === 0) problems.push('Contact ontbreekt');
  for (const c of one('contact'))
    if (!/^(https:|mailto:|tel:)/.test(c)) problems.push(`Contact ${c} is geen https-, mailto- of tel-adres`);
  const expires = one('expires');
  if (expires.length !== 1) problems.push(`Expires staat er ${expires.length} keer in, moet precies 1 keer`);
  const when = new Date(expires[0] ?? '');
  if (
    expires.length === 1 &&
    (Number.isNaN(when.getTime()) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(expires[0]!))
  )
    problems.push(`Expires ${expires[0]} is geen RFC 3339-tijd`);
  else if (expires.length === 1) {
    const daysLeft = (when.getTime() - now.getTime()) / DAY;
    if (daysLeft < MIN_DAYS_LEFT)
      problems.push(
        `Expires ${expires[0]} ligt ${Math.floor(daysLeft)} dagen na ${now.toISOString()}, minder dan ${MIN_DAYS_LEFT}`,
      );
  }
  if (one('preferred-languages').join() !== 'nl, en')
    problems.push(`Preferred-Languages is "${one('preferred-languages').join()}", verwacht "nl, en"`);
  if (!one('canonical').includes(canonical)) problems.push(`Canonical noemt ${canonical} niet`);
  if (one('policy').length === 0) problems.push('Policy ontbreekt');
  return problems;
}
