/**
 * The generated CMS configuration matches the schemas it comes from: every
 * schema field has a form field and the other way round (nested groups too),
 * required where the schema requires it, the same choices for every enum, a
 * Dutch label and hint everywhere, and it validates against the CMS's own JSON
 * schema. Each check is shown to catch a broken configuration.
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { collectionNames, contentTypes, type CollectionName, type FieldText } from '../content-types';
import { consentFields, consentSchema } from '../schemas/ambassadeurs';
import { pastedCharacterFormPattern } from '../lib/pasted-characters';
import { isMeaninglessAlt } from '../schemas/fields';
import {
  ambassadorKinds,
  consentBases,
  eventCategories,
  eventOutcomeKinds,
  precisions,
  sectors,
  spottedStatuses,
} from '../lib/vocabulary';
import { adminConfigFile, cmsConfig, type CmsField } from './cms-config';
import { cmsSettings } from './settings';

const config = cmsConfig(cmsSettings({}));
const image = (() => z.string()) as unknown as ImageFunction;
const schemaOf = (name: CollectionName): z.ZodType => contentTypes[name].schema(image, () => new Set());
const fieldsOf = (name: CollectionName) => config.collections.find((c) => c.name === name)!.fields;

type Fields = CmsField[];
const sub = (f: CmsField): Fields | undefined =>
  (f.fields as Fields | undefined) ?? (f.field ? [f.field as CmsField] : undefined);

/** The fields of an object schema, by zod's public API (a pipe's input side, an object's shape). */
function shapeOf(s: z.ZodType): Record<string, z.ZodType> {
  if (s instanceof z.ZodPipe) return shapeOf(s.in as z.ZodType);
  if (s instanceof z.ZodObject) return s.shape;
  throw new Error('Not an object schema');
}

/** Differences between a schema's fields and the form's, as "collection.path: what" lines. */
function gaps(schema: z.ZodType, fields: Fields, at: string): string[] {
  const shape = shapeOf(schema);
  const out: string[] = [];
  const formNames = fields.map((f) => f.name).filter((n) => n !== 'body');
  for (const key of Object.keys(shape)) if (!formNames.includes(key)) out.push(`${at}.${key}: geen formulierveld`);
  for (const name of formNames) if (!(name in shape)) out.push(`${at}.${name}: geen schemaveld`);
  for (const f of fields) {
    const s = shape[f.name];
    if (!s) continue;
    // Required exactly when the schema refuses a missing value (zod itself decides, not the generator's unwrap).
    const required = !s.safeParse(undefined).success;
    if (f.required !== required)
      out.push(`${at}.${f.name}: required ${String(f.required)}, schema ${String(required)}`);
    if (!f.label || f.label === f.name || !f.hint) out.push(`${at}.${f.name}: geen Nederlands label of uitleg`);
    const inner = innerObject(s);
    if (f.types) continue; // the consent record: checked on its own below
    if (inner && sub(f)) out.push(...gaps(inner, sub(f)!, `${at}.${f.name}`));
  }
  return out;
}

/** The object schema inside optional/default/array wrappers, if any. */
function innerObject(s: z.ZodType): z.ZodType | undefined {
  if (s instanceof z.ZodOptional || s instanceof z.ZodDefault) return innerObject(s.unwrap() as z.ZodType);
  if (s instanceof z.ZodArray) return innerObject(s.element as z.ZodType);
  if (s instanceof z.ZodPipe) return innerObject(s.in as z.ZodType);
  return s instanceof z.ZodObject ? s : undefined;
}

/** Every form field at every depth (groups, lists of groups, the consent record's types). */
function allFields(fields: Fields): CmsField[] {
  return fields.flatMap((f) => [
    f,
    ...allFields(sub(f) ?? []),
    ...((f.types as { fields: Fields }[] | undefined) ?? []).flatMap((t) => allFields(t.fields)),
  ]);
}

/** Form texts that state a length limit themselves (the generator adds it from the schema). */
function writtenLimits(texts: Record<string, FieldText>, at: string): string[] {
  return Object.entries(texts).flatMap(([k, t]) => [
    ...(/\d+ tekens/.test(t.hint ?? '') ? [`${at}.${k}`] : []),
    ...writtenLimits(t.fields ?? {}, `${at}.${k}`),
  ]);
}

describe('the generated CMS configuration', () => {
  it.each(collectionNames)(
    '%s: every schema field has a form field and vice versa, required as the schema, with Dutch texts',
    (name) => {
      expect(gaps(schemaOf(name), fieldsOf(name), name)).toEqual([]);
    },
  );

  it('the field check catches a dropped field, an extra field and a wrong required flag', () => {
    const fields = fieldsOf('verhalen');
    const broken = [
      ...fields.filter((f) => f.name !== 'bron'),
      { name: 'tijd', label: 'Tijd', hint: 'x', widget: 'string', required: false },
    ].map((f) => (f.name === 'titel' ? { ...f, required: false } : f));
    expect(gaps(schemaOf('verhalen'), broken, 'verhalen')).toEqual([
      'verhalen.bron: geen formulierveld',
      'verhalen.tijd: geen schemaveld',
      'verhalen.titel: required false, schema true',
    ]);
  });

  it('offers exactly the vocabulary’s choices for every enum', () => {
    const options = (c: CollectionName, f: string) => fieldsOf(c).find((x) => x.name === f)!.options;
    expect(options('verhalen', 'sector')).toEqual([...sectors]);
    expect(options('ambassadeurs', 'soort')).toEqual([...ambassadorKinds]);
    expect(options('agenda', 'categorie')).toEqual([...eventCategories]);
    expect(
      sub(fieldsOf('agenda').find((x) => x.name === 'uitkomst')!)!.find((x) => x.name === 'soort')!.options,
    ).toEqual([...eventOutcomeKinds]);
    expect(options('agenda', 'precisie')).toEqual([...precisions]);
    expect(options('gespot', 'stand')).toEqual([...spottedStatuses]);
  });

  it('uses relations for references, an image with required alt text, dates by precision, limits from the schema', () => {
    const story = Object.fromEntries(fieldsOf('verhalen').map((f) => [f.name, f]));
    expect(story.scholen).toMatchObject({
      widget: 'relation',
      collection: 'scholen',
      multiple: true,
      value_field: '{{slug}}',
    });
    expect(story.titel).toMatchObject({ widget: 'string', maxlength: 90, required: true });
    expect(story.datum).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(story.gebeurd).toMatchObject({ widget: 'string', required: false });
    const gebeurd = new RegExp((story.gebeurd!.pattern as string[])[0]!);
    expect(['2019', '2019-11', '2019-11-05'].every((d) => gebeurd.test(d))).toBe(true);
    expect(gebeurd.test('2019-11-05T10:00')).toBe(false);
    const figure = sub(story.afbeelding!)!;
    expect(figure.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['toontPersonen', 'boolean', false],
    ]);
    const alt = new RegExp((figure[1]!.pattern as string[])[0]!, 'i');
    expect(['foto', 'Afbeelding 2', 'IMG_2041.jpg'].some((a) => alt.test(a))).toBe(false);
    expect(alt.test('Twee studenten bouwen een muur van rode bakstenen.')).toBe(true);
    expect(fieldsOf('agenda').find((f) => f.name === 'heleDag')).toMatchObject({ widget: 'select', required: false });
  });

  it('shows the consent record as one group per basis, with the schema’s own rules for what each needs', () => {
    const consent = fieldsOf('ambassadeurs').find((f) => f.name === 'toestemming')!;
    expect(consent).toMatchObject({ widget: 'object', typeKey: 'basis', required: true });
    const types = consent.types as { name: string; fields: Fields }[];
    expect(types.map((t) => t.name)).toEqual([...consentBases]);
    const valid = {
      formulier: {
        basis: 'formulier',
        gegeven: '2022-01-10',
        door: 'ouder',
        onder16: true,
        vastgelegd: 'zaak 1',
        tot: '2023-01-10',
      },
      'openbare-bron': { basis: 'openbare-bron', bron: 'Plan', omvat: 'voornaam', datum: '2020', tot: '2023-01-10' },
    } as const;
    for (const t of types) {
      const sample = valid[t.name as keyof typeof valid];
      expect(consentSchema.safeParse(sample).success, t.name).toBe(true);
      expect(t.fields.map((f) => f.name).sort()).toEqual(
        [
          ...consentFields[t.name as keyof typeof consentFields].required,
          ...consentFields[t.name as keyof typeof consentFields].optional,
        ].sort(),
      );
      // A field the form requires is one whose absence the schema refuses, and the other way round.
      for (const f of t.fields) {
        const { [f.name]: _, ...without } = sample as Record<string, unknown>;
        expect(f.required, `${t.name}.${f.name}`).toBe(!consentSchema.safeParse(without).success);
        expect(f.label).not.toBe(f.name);
      }
    }
  });

  it('says every length limit in the hint, from the schema, and no form text writes a limit of its own', () => {
    for (const c of config.collections) {
      for (const f of allFields(c.fields)) {
        if (typeof f.maxlength === 'number')
          expect(f.hint, `${c.name}.${f.name}`).toMatch(new RegExp(`Maximaal ${f.maxlength} tekens\\.$`));
        else expect(f.hint ?? '', `${c.name}.${f.name}`).not.toMatch(/Maximaal \d+ tekens/);
      }
    }
    expect(
      collectionNames.flatMap((n) => writtenLimits(contentTypes[n].form.fields as Record<string, FieldText>, n)),
    ).toEqual([]);
    expect(writtenLimits({ titel: { label: 'Titel', hint: 'Kort. Maximaal 90 tekens.' } }, 'x')).toEqual(['x.titel']);
  });

  it('checks alt text in the form by the schema’s own rule', () => {
    const alt = sub(fieldsOf('verhalen').find((f) => f.name === 'afbeelding')!)!.find((f) => f.name === 'alt')!;
    const [pattern, message] = alt.pattern as [string, string];
    const form = new RegExp(pattern, 'i');
    const samples = [
      'foto',
      'Afbeelding 2',
      'IMG_2041.jpg',
      'plaatje.webp',
      'beeld',
      'Twee studenten bouwen een muur.',
      'Foto van de wethouder bij Nimeto',
      'Een .jpg-bestand uitgelegd',
    ];
    for (const a of samples) expect(form.test(a), a).toBe(!isMeaninglessAlt(a));
    expect(message).toContain('bestandsnaam');
  });

  it('refuses a pasted invisible character in every text field as the editor types (lib/pasted-characters)', () => {
    const texts = collectionNames.flatMap((n) =>
      allFields(fieldsOf(n)).filter((f) => f.widget === 'string' || f.widget === 'text'),
    );
    // Web addresses, dates and alt texts have a pattern of their own; every other text gets the rule.
    const own = texts.filter((f) => (f.pattern as string[] | undefined)?.[0] !== pastedCharacterFormPattern.regex);
    expect(
      own.every((f) => f.type === 'url' || f.name === 'alt' || /\\d\{4\}/.test(String((f.pattern as string[])[0]))),
      JSON.stringify(own.map((f) => f.name)),
    ).toBe(true);
    expect(texts.length - own.length).toBeGreaterThan(30);
    // A list of texts too: one box per item, with the rule (tags, the programmes a tour visited).
    const lists = collectionNames.flatMap((n) => allFields(fieldsOf(n)).filter((f) => f.widget === 'list'));
    expect(lists.filter((f) => !f.fields && !f.field).map((f) => f.name)).toEqual([]);
    const form = new RegExp(pastedCharacterFormPattern.regex);
    expect([form.test('Zoë leert zorgen'), form.test('Zoë\u000bleert')]).toEqual([true, false]);
  });

  it('gives the preview pane each type’s fields, the first image of a list, no image for a type without', () => {
    const { previews } = adminConfigFile(cmsSettings({}), []);
    expect(previews.tour).toEqual({
      title: 'titel',
      lead: 'samenvatting',
      eyebrow: 'Mbo Tour 030',
      image: ['fotos', 0],
    });
    expect(previews.verhalen?.image).toEqual(['afbeelding']);
    expect(previews.paginas?.image, 'a type without images: no image path').toEqual([]);
    expect(Object.keys(previews)).toEqual(collectionNames.filter((n) => contentTypes[n].preview));
  });

  it('validates against the CMS’s own JSON schema, and that check catches a wrong option', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../node_modules/@sveltia/cms/schema/sveltia-cms.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(validate({ ...config, publish_mode: 'pull-request' })).toBe(false);
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('writes every collection where the checker reads it, Markdown as .md, images to content/afbeeldingen', () => {
    for (const c of config.collections) {
      expect(c.folder).toBe(`content/${c.name}`);
      expect(c.extension).toBe(c.name === 'scholen' ? 'yaml' : 'md');
      expect(c.media_folder).toBe('/content/afbeeldingen');
      expect(c.public_folder).toBe('../afbeeldingen');
    }
    expect(config.media_folder).toBe('content/afbeeldingen');
    expect(config.media_libraries.default.config.transformations.raster_image.format).toBe('webp');
  });
});
