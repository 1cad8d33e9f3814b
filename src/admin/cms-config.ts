/**
 * The configuration of the editors' CMS (Sveltia CMS, /admin/), generated at
 * build time from the same schemas the build and the content check use
 * (src/schemas/collections.ts) and the Dutch form texts beside them
 * (src/schemas/form-labels.ts). Nothing here lists a field by hand: a field
 * added to a schema appears in the form, with its type, limits and whether it
 * is required. Files are written where and how the checker expects them.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { collectionNames, collectionSpecs, type CollectionName } from '../schemas/collections';
import { consentFields, consentSchema } from '../schemas/ambassadeurs';
import type { FieldMeta } from '../schemas/fields';
import { bodyText, formTexts, type FieldText } from '../schemas/form-labels';
import { routes } from '../lib/routes';
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
const dateShapes = { jaar: '\\d{4}', maand: '\\d{4}-\\d{2}', dag: '\\d{4}-\\d{2}-\\d{2}', tijd: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}' } as const;
const dateExamples = { jaar: '2021', maand: '2020-08', dag: '2022-08-19', tijd: '2022-08-19T14:00' } as const;

type Schema = z.ZodType;
const def = (s: Schema) => s._zod.def as unknown as Record<string, unknown> & { type: string };
const metaOf = (s: Schema) => z.globalRegistry.get(s) as FieldMeta | undefined;

/** Optional and default wrappers taken off: what is left, whether it is required, and its default. */
function unwrap(schema: Schema): { inner: Schema; required: boolean; fallback?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') required = false;
    else if (d.type === 'default') {
      required = false;
      fallback = d.defaultValue;
    } else break;
    inner = d.innerType as Schema;
  }
  return { inner, required, fallback };
}

/** The fields of an object schema, looking through refinements and transforms. */
export function shapeOf(schema: Schema): Record<string, Schema> {
  const d = def(schema);
  if (d.type === 'pipe') return shapeOf(d.in as Schema);
  if (d.type !== 'object') throw new Error(`Geen objectschema: ${d.type}`);
  return d.shape as Record<string, Schema>;
}

function isFigure(s: Schema): boolean {
  const src = def(s).type === 'object' ? shapeOf(s).src : undefined;
  return Boolean(src && metaOf(src)?.image);
}

/** The widget of one schema field, with its Dutch label and hint. */
function field(name: string, schema: Schema, text: FieldText, ctx: { minWidth?: number | undefined; identifier: (c: string) => string }): CmsField {
  if (!text) throw new Error(`Geen formuliertekst voor het veld '${name}' (src/schemas/form-labels.ts).`);
  const { inner, required, fallback } = unwrap(schema);
  const base = { name, label: text.label, required, ...(text.hint ? { hint: text.hint } : {}), ...(fallback !== undefined && !Array.isArray(fallback) ? { default: fallback } : {}) };
  const meta = metaOf(inner);
  const d = def(inner);
  if (meta?.dateGranularities) {
    const g = meta.dateGranularities;
    if (g.length === 1 && g[0] === 'dag') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    const pattern = `^(${g.map((x) => dateShapes[x]).join('|')})$`;
    return { ...base, widget: 'string', pattern: [pattern, `Schrijf de datum als ${g.map((x) => dateExamples[x]).join(', ')}.`] };
  }
  if (meta?.references) return relation(base, meta.references, false, ctx);
  if (d.type === 'array') {
    const element = unwrap(d.element as Schema).inner;
    const min = (inner as unknown as { _zod: { bag: { minimum?: number } } })._zod.bag.minimum;
    const list = { ...base, ...(min ? { min } : {}) };
    const ref = metaOf(element)?.references;
    if (ref) return relation(list, ref, true, ctx);
    if (isFigure(element)) return { ...list, widget: 'list', fields: figureFields(text, ctx.minWidth) };
    if (def(element).type === 'object') return { ...list, widget: 'list', fields: objectFields(element, text, ctx) };
    const pattern = metaOf(element)?.pattern;
    return { ...list, widget: 'list', ...(pattern ? { field: { name: 'item', label: text.label, widget: 'string', pattern: [pattern.regex, pattern.message] } } : {}) };
  }
  if (d.type === 'enum') return { ...base, widget: 'select', options: Object.values(d.entries as Record<string, string>) };
  if (d.type === 'boolean') {
    // A yes/no without a default must be answered, not silently written as false
    // (a box left empty would say "not under 16"): a choice, left out when empty.
    if (fallback === undefined) return { ...base, widget: 'select', options: [{ label: 'Ja', value: true }, { label: 'Nee', value: false }] };
    return { ...base, widget: 'boolean' };
  }
  if (d.type === 'number') {
    const n = inner as unknown as { minValue: number | null; maxValue: number | null };
    const limit = (v: number | null) => (v !== null && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined);
    return { ...base, widget: 'number', value_type: 'int', ...(limit(n.minValue) !== undefined ? { min: n.minValue } : {}), ...(limit(n.maxValue) !== undefined ? { max: n.maxValue } : {}) };
  }
  if (d.type === 'string') {
    if (d.format === 'url') return { ...base, widget: 'string', type: 'url', pattern: ['^https://', 'Begin het webadres met https://.'] };
    const s = inner as unknown as { minLength: number | null; maxLength: number | null };
    const limits = { ...(s.maxLength ? { maxlength: s.maxLength } : {}), ...(s.minLength && s.minLength > 1 ? { minlength: s.minLength } : {}) };
    return { ...base, widget: s.maxLength && s.maxLength > 120 ? 'text' : 'string', ...limits };
  }
  if (d.type === 'object') {
    if (isFigure(inner)) return { ...base, widget: 'object', fields: figureFields(text, ctx.minWidth) };
    if (inner === consentSchema || (d.type === 'object' && name === 'toestemming')) return consent(base, text, ctx);
    return { ...base, widget: 'object', fields: objectFields(inner, text, ctx) };
  }
  throw new Error(`Het veld '${name}' heeft een schema (${d.type}) waarvoor de CMS-generator geen formulierveld kent.`);
}

function relation(base: FieldBase, collection: string, multiple: boolean, ctx: { identifier: (c: string) => string }): CmsField {
  const shown = ctx.identifier(collection);
  return { ...base, widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown], ...(multiple ? { multiple: true } : {}) };
}

function objectFields(schema: Schema, text: FieldText, ctx: { minWidth?: number | undefined; identifier: (c: string) => string }): CmsField[] {
  return Object.entries(shapeOf(schema)).map(([key, s]) => field(key, s, text.fields?.[key] as FieldText, ctx));
}

/** An image slot: the file (uploads re-encoded without metadata, see mediaLibrary), its alt text, and whether a person is on it. */
function figureFields(text: FieldText, minWidth?: number): CmsField[] {
  const t = text.fields!;
  return [
    { name: 'src', label: t.src!.label, hint: `${t.src!.hint ?? ''}${minWidth ? ` Minstens ${minWidth} pixels breed.` : ''}`.trim(), widget: 'image', required: true, accept: UPLOAD_TYPES, media_folder: MEDIA_FROM_ROOT, public_folder: MEDIA_FROM_ENTRY },
    { name: 'alt', label: t.alt!.label, hint: t.alt!.hint, widget: 'string', required: true, maxlength: 250, pattern: ['^(?!\\s*(foto|afbeelding|image|img|plaatje|beeld|picture|photo|illustratie)\\s*\\d*\\s*$)(?!.*\\.(jpe?g|png|webp|avif|svg|gif)\\s*$).+', 'Beschrijf wat er te zien is; "foto" of een bestandsnaam zegt een lezer niets.'] },
    { name: 'toontPersonen', label: t.toontPersonen!.label, hint: t.toontPersonen!.hint, widget: 'boolean', required: false, default: false },
  ];
}

/** The consent record as one group per basis (`basis` stores which), each with only its own fields. */
function consent(base: FieldBase, text: FieldText, ctx: { identifier: (c: string) => string }): CmsField {
  const shape = shapeOf(consentSchema);
  const labels: Record<keyof typeof consentFields, string> = { formulier: 'Getekend formulier', 'openbare-bron': 'Openbare bron' };
  const types = (Object.keys(consentFields) as (keyof typeof consentFields)[]).map((basis) => {
    const { required, optional } = consentFields[basis];
    const fields = [...required, ...optional].map((key) => ({ ...field(key, shape[key]!, text.fields![key] as FieldText, ctx), required: (required as readonly string[]).includes(key) }));
    return { name: basis, label: labels[basis], widget: 'object', fields };
  });
  return { ...base, widget: 'object', typeKey: 'basis', types };
}

/** The field a collection's entries are known by: their title or name. */
function identifierOf(collection: string): string {
  const shape = shapeOf(schemaOf(collection as CollectionName));
  return 'titel' in shape ? 'titel' : 'naam';
}

const imageStub = (() => z.string().meta({ image: true })) as unknown as ImageFunction;
const noIds = () => new Set<string>();
function schemaOf(name: CollectionName): Schema {
  return (collectionSpecs[name].schema as (image: ImageFunction, ids: () => Set<string>) => Schema)(imageStub, noIds);
}

/**
 * The body opens as plain Markdown: the rich-text mode rewrites text it did not
 * change (`*nadruk*` becomes `_nadruk_`) as soon as an entry is opened, so a save
 * would show lines nobody edited. An editor can still switch to rich text.
 */
const BODY_MODES = ['raw', 'rich_text'];

/** The form fields of one collection, in the order of its schema (the order the CMS writes them in). */
export function collectionFields(name: CollectionName): CmsField[] {
  const texts = formTexts[name].fields as Record<string, FieldText>;
  const images = collectionSpecs[name].images as Record<string, number>;
  const fields = Object.entries(shapeOf(schemaOf(name))).map(([key, s]) => field(key, s, texts[key]!, { minWidth: images[key], identifier: identifierOf }));
  return name === 'scholen' ? fields : [...fields, { name: 'body', label: bodyText.label, hint: bodyText.hint, widget: 'markdown', required: true, modes: BODY_MODES }];
}

/** The page an entry becomes, for the CMS's "view on site" link. */
function previewPath(name: CollectionName): string | undefined {
  const route = { verhalen: 'story', ambassadeurs: 'ambassador', agenda: 'event', tour: 'tourVisit', scholen: 'school', paginas: 'page', gespot: undefined }[name] as keyof typeof routes | undefined;
  return route ? routes[route].pattern.replace('[id]', '{{slug}}') : undefined;
}

function collection(name: CollectionName) {
  const yaml = name === 'scholen';
  const id = identifierOf(name);
  const preview = previewPath(name);
  return {
    name,
    label: formTexts[name].label,
    label_singular: formTexts[name].singular,
    folder: `content/${name}`,
    extension: yaml ? 'yaml' : 'md',
    format: yaml ? 'yaml' : 'yaml-frontmatter',
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

/** What /admin/config.json holds: the configuration, and the site's stylesheets for the preview pane. */
export function adminConfigFile(settings: CmsSettings, previewStyles: string[]) {
  return { previewStyles, config: cmsConfig(settings) };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
