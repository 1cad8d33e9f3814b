/**
 * Field names and messages in Dutch: Zod's English messages get a Dutch
 * stand-in, an unknown field gets the closest known name.
 */
import { z } from 'astro/zod';

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'velden' : path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join('.');
}

/** Our schemas speak Dutch; Zod's own English messages get a Dutch stand-in. */
export function dutch(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid|Too |Expected|Unrecognized)/.test(issue.message)) return issue.message;
  if (issue.code !== 'invalid_type') return `Deze waarde klopt niet. Vergelijk met het voorbeeld in docs/redactie.md.`;
  // Zod 4 leaves the input out of an issue; its message ends in what it received.
  if (/received undefined$/.test(issue.message)) return 'Dit veld ontbreekt. Vul het in.';
  if (/received null$/.test(issue.message)) return 'Dit veld is leeg. Vul het in, of haal de hele regel weg.';
  const expected = shapes[issue.expected] ?? issue.expected;
  return `Dit veld heeft niet de goede vorm: verwacht ${expected}. Vergelijk met het voorbeeld in docs/redactie.md.`;
}

/** What a field should look like, as docs/redactie.md writes it. */
const shapes: Record<string, string> = {
  array: "een lijst: elk item op een eigen regel eronder, met twee spaties en '- ' ervoor",
  object: 'een groep velden: elk op een eigen regel eronder, twee spaties ingesprongen (veldnaam: waarde)',
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
};

/**
 * The fields an editor may write, through zod's public API: a transform is a pipe
 * whose `in` is the object (refinements and defaults do not wrap it in zod 4).
 * `z.toJSONSchema(schema, { io: 'input' })` gives the same keys, at about 5 ms more
 * per file (measured on the 7 collections).
 */
export function schemaKeys(schema: z.ZodType): string[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodPipe) s = s.in as z.ZodType;
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

export function unknownKeys(schema: z.ZodType, data: unknown): string[] {
  const keys = schemaKeys(schema);
  if (keys.length === 0 || !data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.keys(data).filter((k) => !keys.includes(k));
}

/** Fields editors often invent, and where what they meant goes instead. */
const meantInstead: Record<string, (keys: string[]) => string | undefined> = {
  tijd: (keys) =>
    keys.includes('start')
      ? 'Een tijd hoort bij de datum in start: start: "2022-08-20T14:00" (en eind: "2022-08-20T17:00").'
      : undefined,
  eindtijd: (keys) => (keys.includes('eind') ? 'Een eindtijd hoort in eind: eind: "2022-08-20T17:00".' : undefined),
  foto: (keys) => (keys.includes('afbeelding') ? 'Een foto hoort in afbeelding, met src en alt eronder.' : undefined),
  school: (keys) =>
    keys.includes('scholen')
      ? "Scholen staan in een lijst: scholen:, en daaronder elke school op een eigen regel met '  - ' ervoor."
      : undefined,
};

export function suggest(key: string, keys: string[]): string {
  const instead = meantInstead[key.toLowerCase()]?.(keys);
  if (instead) return instead;
  const close = keys.find((k) => distance(k, key) <= 2);
  return close ? `Bedoel je '${close}'?` : `Bekende velden: ${keys.join(', ')}.`;
}

export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}
