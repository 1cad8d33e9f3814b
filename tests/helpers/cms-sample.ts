/**
 * A filled-in CMS form: a value for every field of a collection's generated
 * configuration, of the kind its widget produces (dates from the date picker as
 * YYYY-MM-DD, choices from the options, references as ids that exist), so a
 * round-trip test writes what an editor who fills in everything would commit.
 */
import type { CmsField } from '../../src/admin/cms-config';

export interface SampleContext {
  /** An existing id per referenced collection. */
  ids: Record<string, string>;
  /** The image file the "upload" put in content/afbeeldingen/. */
  image: string;
}

export function sampleValue(f: CmsField, ctx: SampleContext): unknown {
  const fields = f.fields as CmsField[] | undefined;
  const types = f.types as (CmsField & { fields: CmsField[] })[] | undefined;
  if (types) {
    const first = types[0]!;
    return { [String(f.typeKey)]: first.name, ...sampleForm(first.fields, ctx) };
  }
  switch (f.widget) {
    case 'relation':
      return f.multiple ? [ctx.ids[String(f.collection)]] : ctx.ids[String(f.collection)];
    case 'select': {
      const first = (f.options as unknown[])[0];
      return typeof first === 'object' && first !== null ? (first as { value: unknown }).value : first;
    }
    case 'boolean':
      return false;
    case 'number':
      return f.min ?? 1;
    case 'datetime':
      return '2022-05-02';
    case 'image':
      return `../afbeeldingen/${ctx.image}`;
    case 'markdown':
      return 'Een alinea die een redacteur in het formulier schreef.\n\n## Wat er gebeurde\n\nNog een alinea met een [link](../../agenda/).';
    case 'list':
      if (fields) return [sampleForm(fields, ctx)];
      if (f.field)
        return [
          String(
            ((f.field as CmsField).pattern as string[] | undefined)?.[0]?.includes('\\d{4}-\\d{4}')
              ? '2021-2022'
              : 'woord',
          ),
        ];
      return ['woord', 'tweede woord'];
    case 'object':
      return sampleForm(fields!, ctx);
    default: {
      if (f.type === 'url') return 'https://www.example.nl/aanmelden';
      if (f.name === 'alt') return 'Tekening van een schoolplein met fietsen en een boom.';
      if (Array.isArray(f.pattern) && String(f.pattern[0]).includes('\\d{4}')) return '2022-05-02';
      const text = `${f.label} ingevuld in het formulier, met een é en een ‘aanhalingsteken’.`;
      return typeof f.maxlength === 'number' ? text.slice(0, f.maxlength) : text;
    }
  }
}

export function sampleForm(
  fields: CmsField[],
  ctx: SampleContext,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, f.name in overrides ? overrides[f.name] : sampleValue(f, ctx)]));
}
