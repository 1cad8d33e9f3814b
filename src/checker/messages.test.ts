import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionNames, contentTypes } from '../content-types';
import { dutch, schemaKeys, unknownKeys } from './messages';

const imagePath = (() => z.string()) as never;
const noIds = () => new Set<string>();

describe('the fields a schema allows', () => {
  it('looks through refinements, transforms and defaults', () => {
    const schema = z
      .object({
        titel: z.string(),
        scholen: z.array(z.string()).default([]),
        start: z.unknown().transform(String).optional(),
      })
      .superRefine(() => undefined)
      .transform((o) => ({ ...o, extra: 1 }));
    expect(schemaKeys(schema)).toEqual(['titel', 'scholen', 'start']);
    expect(unknownKeys(schema, { titel: 'T', titell: 'T' })).toEqual(['titell']);
  });

  it('knows every field of every collection', () => {
    for (const name of collectionNames) {
      const schema = contentTypes[name].schema(imagePath, noIds) as z.ZodType;
      const keys = schemaKeys(schema);
      expect(keys.length, name).toBeGreaterThanOrEqual(3);
      expect(keys, name).toContain(name === 'scholen' ? 'naam' : name === 'ambassadeurs' ? 'toestemming' : 'titel');
      // The same fields zod's JSON Schema of the input names (slower: about 5 ms per file).
      expect(keys, name).toEqual(
        Object.keys(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }).properties ?? {}),
      );
    }
  });
});

describe('zod messages in Dutch', () => {
  const message = (schema: z.ZodType, value: unknown) =>
    dutch(z.object({ veld: schema }).safeParse({ veld: value }).error!.issues[0]!);

  it('tells a missing field, an empty one and one of the wrong shape apart', () => {
    expect(message(z.string(), undefined)).toBe('Dit veld ontbreekt. Vul het in.');
    expect(message(z.string(), null)).toBe('Dit veld is leeg. Vul het in, of haal de hele regel weg.');
    expect(message(z.object({ naam: z.string() }), 'Jaarbeurs')).toMatch(
      /^Dit veld heeft niet de goede vorm: verwacht een groep velden/,
    );
    expect(message(z.array(z.string()), 'a, b')).toMatch(
      /^Dit veld heeft niet de goede vorm: verwacht een lijst: elk item op een eigen regel/,
    );
  });
});
