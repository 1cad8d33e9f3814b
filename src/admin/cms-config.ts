/**
 * The configuration of the editors' CMS (Sveltia CMS, /admin/), generated at
 * build time from the content types (src/content-types/): their schemas, read
 * through `z.toJSONSchema` (zod's public description of a schema), and their
 * Dutch form texts. Nothing here lists a field by hand: a field added to a
 * schema appears in the form, with its type, limits and whether it is
 * required; a length limit is also said in the hint ("Maximaal N tekens.").
 * Files are written where and how the checker expects them.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { collectionNames, contentTypes, type CollectionName, type FieldText } from '../content-types';
import { bodyText } from '../content-types/form-texts';
import { consentFields } from '../schemas/ambassadeurs';
import { pastedCharacterFormPattern } from '../lib/pasted-characters';
import type { FieldMeta } from '../schemas/fields';
import type { PreviewFields as AdminPreview } from './previews';
import type { CmsSettings } from './settings';

/** A CMS field as Sveltia reads it (see node_modules/@sveltia/cms/schema/sveltia-cms.json). */
type FieldBase = { name: string; label: string } & Record<string, unknown>;
export type CmsField = FieldBase & { widget: string };

/** Where uploads go, as seen from the repository and from a content file next to the collection folders. */
export const MEDIA_FOLDER = 'content/afbeeldingen';
const MEDIA_FROM_ENTRY = '../afbeeldingen';
/**
 * The upload folder given from the repository root (leading `/`), not relative
 * to the entry: with a relative media folder the CMS counts every other file in
 * the collection folder (our .mdx files) as the entry's media and deletes them
 * with it (seen with 0.221.1 in tests/browser/cms-real-saves.test.ts).
 */
const MEDIA_FROM_ROOT = `/${MEDIA_FOLDER}`;

/** Image types the content check accepts; HEIC is accepted on upload because the CMS converts it to WebP. */
const UPLOAD_TYPES = 'image/jpeg,image/png,image/webp,image/heic,image/heif';

/** The regular expression of a date with these precisions, as written in front matter. */
const dateShapes = {
  jaar: '\\d{4}',
  maand: '\\d{4}-\\d{2}',
  dag: '\\d{4}-\\d{2}-\\d{2}',
  tijd: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}',
} as const;
const dateExamples = { jaar: '2021', maand: '2020-08', dag: '2022-08-19', tijd: '2022-08-19T14:00' } as const;

/** A schema as `z.toJSONSchema` describes what an editor writes (its input), with our field metadata. */
export type JsonField = FieldMeta & {
  type?: string;
  properties?: Record<string, JsonField>;
  required?: string[];
  items?: JsonField;
  enum?: unknown[];
  default?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
};

/** Refinements and transforms cannot be described and are left out: the form checks what it can, the content check the rest. */
export const formSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonField;

interface Context {
  /** The minimum width of the image slot being built, if any. */
  minWidth?: number | undefined;
  identifier: (collection: string) => string;
}

/** A limit zod gives that is not just the number type's own range. */
const limit = (v: number | undefined) => (v !== undefined && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined);

/** The hint, with the schema's length limit said in words. */
function hintOf(text: FieldText, json: JsonField): string | undefined {
  const max = json.type === 'string' ? json.maxLength : undefined;
  const parts = [text.hint, max ? `Maximaal ${max} tekens.` : undefined].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** The widget of one schema field, with its Dutch label and hint. */
function field(name: string, json: JsonField, required: boolean, text: FieldText | undefined, ctx: Context): CmsField {
  if (!text) throw new Error(`Geen formuliertekst voor het veld '${name}' (src/content-types/).`);
  const hint = hintOf(text, json);
  const fallback = json.default;
  const base = {
    name,
    label: text.label,
    required,
    ...(hint ? { hint } : {}),
    ...(fallback !== undefined && !Array.isArray(fallback) ? { default: fallback } : {}),
  };
  if (json.dateGranularities) {
    const g = json.dateGranularities;
    if (g.length === 1 && g[0] === 'dag')
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    const pattern = `^(${g.map((x) => dateShapes[x]).join('|')})$`;
    return {
      ...base,
      widget: 'string',
      pattern: [pattern, `Schrijf de datum als ${g.map((x) => dateExamples[x]).join(', ')}.`],
    };
  }
  if (json.references) return relation(base, json.references, false, ctx);
  if (json.image) {
    const width = ctx.minWidth ? ` Minstens ${ctx.minWidth} pixels breed.` : '';
    return {
      ...base,
      hint: `${text.hint ?? ''}${width}`.trim(),
      widget: 'image',
      accept: UPLOAD_TYPES,
      media_folder: MEDIA_FROM_ROOT,
      public_folder: MEDIA_FROM_ENTRY,
    };
  }
  if (json.type === 'array') {
    const element = json.items ?? {};
    // The CMS cannot say "empty, or at least N": an optional list gets no minimum (the content check keeps it).
    const list = { ...base, ...(json.minItems && required ? { min: json.minItems } : {}) };
    if (element.references) return relation(list, element.references, true, ctx);
    if (element.type === 'object') return { ...list, widget: 'list', fields: objectFields(element, text, ctx) };
    // One box per item (a comma in "Zorg, welzijn" stays one item), each checked as the editor types:
    // against the item's own pattern, or else the rule for pasted invisible characters.
    if (element.type !== 'string') return { ...list, widget: 'list' };
    const pattern = element.formPattern ?? pastedCharacterFormPattern;
    const itemHint = hintOf({ label: text.label }, element);
    const itemLimit = element.maxLength ? { maxlength: element.maxLength, hint: itemHint } : {};
    return {
      ...list,
      widget: 'list',
      field: {
        name: 'item',
        label: text.label,
        widget: 'string',
        ...itemLimit,
        pattern: [pattern.regex, pattern.message],
      },
    };
  }
  if (json.enum) return { ...base, widget: 'select', options: json.enum };
  if (json.type === 'boolean') {
    // A yes/no without a default must be answered, not silently written as false
    // (a box left empty would say "not under 16"): a choice, left out when empty.
    if (fallback === undefined)
      return {
        ...base,
        widget: 'select',
        options: [
          { label: 'Ja', value: true },
          { label: 'Nee', value: false },
        ],
      };
    return { ...base, widget: 'boolean' };
  }
  if (json.type === 'integer' || json.type === 'number') {
    const [min, max] = [limit(json.minimum), limit(json.maximum)];
    return {
      ...base,
      widget: 'number',
      value_type: 'int',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    };
  }
  if (json.type === 'string') {
    if (json.format === 'uri')
      return { ...base, widget: 'string', type: 'url', pattern: ['^https://', 'Begin het webadres met https://.'] };
    const { maxLength: max, minLength: min } = json;
    const limits = { ...(max ? { maxlength: max } : {}), ...(min && min > 1 ? { minlength: min } : {}) };
    if (json.formPattern)
      return { ...base, widget: 'string', ...limits, pattern: [json.formPattern.regex, json.formPattern.message] };
    // Longer texts get a box of several lines; a value the form checks against its own pattern is one line.
    // Every other text refuses, as the editor types, an invisible character pasted along (lib/pasted-characters).
    const pasted = [pastedCharacterFormPattern.regex, pastedCharacterFormPattern.message];
    return { ...base, widget: max && max > 120 ? 'text' : 'string', ...limits, pattern: pasted };
  }
  if (json.type === 'object') {
    if (json.typeKey) return typedGroup(base, json, json.typeKey, text, ctx);
    return { ...base, widget: 'object', fields: objectFields(json, text, ctx) };
  }
  throw new Error(
    `Het veld '${name}' heeft een schema (${json.type ?? 'onbekend'}) waarvoor de CMS-generator geen formulierveld kent.`,
  );
}

function relation(base: FieldBase, collection: string, multiple: boolean, ctx: Context): CmsField {
  const shown = ctx.identifier(collection);
  return {
    ...base,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The fields of a group (or of each item of a list of groups), in the schema's order. */
function objectFields(json: JsonField, text: FieldText, ctx: Context): CmsField[] {
  const required = json.required ?? [];
  return Object.entries(json.properties ?? {}).map(([key, sub]) =>
    field(key, sub, required.includes(key), text.fields?.[key], ctx),
  );
}

/**
 * A group shown as one set of fields per value of its type key (the consent
 * record: `basis` stores which), each with only its own fields; which fields
 * belong to which basis, and which of them are required, is the schema's table.
 */
function typedGroup(base: FieldBase, json: JsonField, typeKey: string, text: FieldText, ctx: Context): CmsField {
  const props = json.properties ?? {};
  const choices = (props[typeKey]?.enum ?? []) as (keyof typeof consentFields)[];
  const labels: Record<keyof typeof consentFields, string> = {
    formulier: 'Getekend formulier',
    'openbare-bron': 'Openbare bron',
  };
  const types = choices.map((basis) => {
    const { required, optional } = consentFields[basis];
    const fields = [...required, ...optional].map((key) =>
      field(key, props[key]!, (required as readonly string[]).includes(key), text.fields?.[key], ctx),
    );
    return { name: basis, label: labels[basis], widget: 'object', fields };
  });
  return { ...base, widget: 'object', typeKey, types };
}

const imageStub = (() => z.string().meta({ image: true })) as unknown as ImageFunction;
const noIds = () => new Set<string>();
const described = new Map<CollectionName, JsonField>();

/** A content type's schema as the form sees it. */
function jsonOf(name: CollectionName): JsonField {
  let json = described.get(name);
  if (!json) described.set(name, (json = formSchema(contentTypes[name].schema(imageStub, noIds))));
  return json;
}

/** The field a collection's entries are known by: their title or name. */
function identifierOf(collection: string): string {
  return 'titel' in (jsonOf(collection as CollectionName).properties ?? {}) ? 'titel' : 'naam';
}

/**
 * The body opens as plain Markdown: the rich-text mode rewrites text it did not
 * change (`*nadruk*` becomes `_nadruk_`) as soon as an entry is opened, so a save
 * would show lines nobody edited. An editor can still switch to rich text.
 */
const BODY_MODES = ['raw', 'rich_text'];

/** The form fields of one collection, in the order of its schema (the order the CMS writes them in). */
export function collectionFields(name: CollectionName): CmsField[] {
  const type = contentTypes[name];
  const json = jsonOf(name);
  const texts = type.form.fields as Record<string, FieldText>;
  const required = json.required ?? [];
  const images: Record<string, number> = type.images;
  const fields = Object.entries(json.properties ?? {}).map(([key, sub]) =>
    field(key, sub, required.includes(key), texts[key], { minWidth: images[key], identifier: identifierOf }),
  );
  if (!type.files.body) return fields;
  return [
    ...fields,
    { name: 'body', label: bodyText.label, hint: bodyText.hint, widget: 'markdown', required: true, modes: BODY_MODES },
  ];
}

/** The page an entry becomes, for the CMS's "view on site" link: only a type whose entries each have their own page. */
function previewPath(name: CollectionName): string | undefined {
  const path = contentTypes[name].page('{{slug}}');
  return path.includes('{{slug}}') ? path : undefined;
}

function collection(name: CollectionName) {
  const type = contentTypes[name];
  const id = identifierOf(name);
  const preview = previewPath(name);
  return {
    name,
    label: type.form.label,
    label_singular: type.form.singular,
    folder: `content/${name}`,
    extension: type.files.cms.extension,
    format: type.files.cms.format,
    create: true,
    identifier_field: id,
    slug: `{{${id}}}`,
    summary: `{{${id}}}`,
    ...(preview ? { preview_path: preview } : {}),
    media_folder: MEDIA_FROM_ROOT,
    public_folder: MEDIA_FROM_ENTRY,
    fields: collectionFields(name),
  };
}

/** The whole configuration, as `CMS.init({ config })` takes it. */
export function cmsConfig(settings: CmsSettings) {
  return {
    load_config_file: false,
    app_title: 'mbo030 redactie',
    site_url: settings.siteUrl,
    logo_url: `${settings.base}favicon.svg`,
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      auth_methods: settings.oauthUrl ? ['oauth', 'token'] : ['token'],
      ...(settings.oauthUrl ? { base_url: settings.oauthUrl } : {}),
      ...(settings.previewContext ? { preview_context: settings.previewContext } : {}),
      cms_label_prefix: 'redactie/',
    },
    publish_mode: 'editorial_workflow',
    media_folder: MEDIA_FOLDER,
    public_folder: `/${MEDIA_FOLDER}`,
    media_libraries: {
      default: {
        config: {
          max_file_size: 15_000_000,
          slugify_filename: true,
          // Every uploaded photo is re-encoded: a new WebP file carries no EXIF,
          // XMP or IPTC block, so no location or camera owner reaches the repository.
          transformations: { raster_image: { format: 'webp', quality: 85, width: 2400, height: 2400 } },
        },
      },
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    editor: { preview: true },
    collections: collectionNames.map(collection),
  };
}

/** The preview pane's fields per collection (src/admin/previews.ts draws them); of a list of images, the first. */
export function previewFields(): Record<string, AdminPreview> {
  return Object.fromEntries(
    collectionNames.flatMap((name) => {
      const preview = contentTypes[name].preview;
      if (!preview) return [];
      const slot = preview.image ? jsonOf(name).properties?.[preview.image] : undefined;
      const image = !preview.image ? [] : slot?.type === 'array' ? [preview.image, 0] : [preview.image];
      return [[name, { ...preview, image }]];
    }),
  );
}

/** What /admin/config.json holds: the configuration, the site's stylesheets and the fields for the preview pane. */
export function adminConfigFile(settings: CmsSettings, previewStyles: string[]) {
  return { previewStyles, previews: previewFields(), config: cmsConfig(settings) };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
