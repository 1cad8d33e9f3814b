/**
 * How the CMS reads and writes a file, reproduced so tests and tools write
 * exactly what an editor's save commits. From @sveltia/cms 0.221.1 (npm/index.js:
 * the entry parser, the value sorter and the formatter), and checked against
 * Sveltia's own saves in tests/browser/cms-real-saves.test.ts:
 * - reading: the text is trimmed and CRLF becomes LF; front matter is what
 *   stands between the first two `---` lines, read by `yaml` (YAML 1.2 core);
 *   the body is the rest, less one leading newline;
 * - opening an entry fills in every field that has a default and no value (at
 *   the top level, in objects that are there and in every list item);
 * - writing: keys in the order of the form's fields (for a group with types: its
 *   type key, then the fields of all types in order), keys the form does not know
 *   after them; empty optional fields left out (`omit_empty_optional_fields`);
 *   YAML from `yaml` stringify with indent 2, indented sequences, no line folding,
 *   plain keys and plain strings unless a string needs quotes (then single quotes);
 *   between `---` lines, a blank line, then the body and one newline.
 * The body is passed through as it is: our form opens it in the plain Markdown
 * mode (cms-config `modes`), which does not rewrite it.
 */
import { parse, stringify } from 'yaml';
import { collectionFields, type CmsField } from './cms-config';
import { contentTypes, type CollectionName } from '../content-types';

type Values = Record<string, unknown>;
export type CmsFormat = 'yaml' | 'yaml-frontmatter';

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isPlainObject(v) && Object.keys(v).length === 0);
const isPlainObject = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

type TypedField = CmsField & { types: (CmsField & { fields: CmsField[] })[] };

/** The keys of one level in the order the CMS writes them, each with the field that describes it (if any). */
function keyOrder(fields: CmsField[]): [string, CmsField | undefined][] {
  const out = new Map<string, CmsField | undefined>();
  for (const f of fields) {
    if (f.name === 'body' && f.widget === 'markdown') continue;
    out.set(f.name, f);
  }
  return [...out];
}

/** One object of the form (a whole entry, a group, a list item) as the CMS writes it. */
function writeObject(fields: CmsField[], value: Values): Values {
  const out: Values = {};
  const known = new Set<string>();
  for (const [name, f] of keyOrder(fields)) {
    known.add(name);
    let v = value[name];
    if (v === undefined && f?.default !== undefined) v = f.default;
    if (v === undefined) continue;
    if (f && isEmpty(v) && f.required === false) continue;
    out[name] = f ? nested(f, v) : v;
  }
  for (const key of Object.keys(value)
    .filter((k) => !known.has(k))
    .sort(byName))
    out[key] = value[key];
  return out;
}

/** A group with types (our consent record): its type key, then the fields of every type in order, the chosen type's rules. */
function writeTyped(f: TypedField, value: Values): Values {
  const typeKey = typeof f.typeKey === 'string' ? f.typeKey : 'type';
  const chosen = f.types.find((t) => t.name === value[typeKey]);
  const order = new Map<string, CmsField | undefined>([[typeKey, undefined]]);
  for (const t of f.types)
    for (const sub of t.fields)
      if (!order.has(sub.name))
        order.set(
          sub.name,
          chosen?.fields.find((c) => c.name === sub.name),
        );
  const out: Values = {};
  for (const [name, sub] of order) {
    let v = value[name];
    if (v === undefined && sub?.default !== undefined) v = sub.default;
    if (v === undefined) continue;
    if (sub && isEmpty(v) && sub.required === false) continue;
    out[name] = sub ? nested(sub, v) : v;
  }
  for (const key of Object.keys(value)
    .filter((k) => !order.has(k))
    .sort(byName))
    out[key] = value[key];
  return out;
}

function nested(f: CmsField, v: unknown): unknown {
  // A text field shows a number as text and saves it so: `start: 2021` becomes `start: '2021'`.
  if ((f.widget === 'string' || f.widget === 'text') && typeof v === 'number') return String(v);
  if (f.types && isPlainObject(v)) return writeTyped(f as TypedField, v);
  const sub = f.fields as CmsField[] | undefined;
  if (!sub) return v;
  if (Array.isArray(v)) return (v as unknown[]).map((item) => (isPlainObject(item) ? writeObject(sub, item) : item));
  return isPlainObject(v) ? writeObject(sub, v) : v;
}

/** The values of a form as the CMS writes them: field order, defaults filled in, empty optional fields left out. */
export function formData(fields: CmsField[], values: Values): Values {
  return writeObject(fields, values);
}

/** YAML as the CMS writes it. */
export function cmsYaml(data: Values): string {
  return stringify(data, null, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
  }).trim();
}

/** A whole file as the CMS writes it: front matter and body for Markdown, plain YAML for data. */
export function cmsFile(fields: CmsField[], values: Values, format: CmsFormat): string {
  const frontMatter =
    format === 'yaml' ? values : Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'body'));
  const data = formData(fields, frontMatter);
  if (format === 'yaml') return `${cmsYaml(data)}\n`;
  const body = typeof values.body === 'string' ? values.body : '';
  if (!Object.keys(data).length) return `${body}\n`;
  return `---\n${cmsYaml(data)}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** A file's values as the CMS reads them (front matter plus `body`), or undefined when it cannot be read. */
export function cmsRead(text: string, format: CmsFormat): Values | undefined {
  const clean = text.trim().replace(/\r\n?/g, '\n');
  try {
    if (format === 'yaml') {
      const data: unknown = parse(clean);
      return isPlainObject(data) ? data : undefined;
    }
    const m = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/s.exec(clean);
    if (!m?.groups?.head && !m?.groups?.body) return { body: clean };
    const data: unknown = parse(m.groups.head ?? '');
    return { ...(isPlainObject(data) ? data : {}), body: m.groups.body?.replace(/^\n/, '') };
  } catch {
    return undefined;
  }
}

const fieldsCache = new Map<CollectionName, CmsField[]>();

/** The format a collection's files are in: plain YAML for data, front matter and Markdown for text. */
export const formatOf = (collection: CollectionName): CmsFormat => contentTypes[collection].files.cms.format;

/**
 * A content file as the CMS would write it back after an edit that changes no
 * value: the form `npm run inhoud:opmaken` gives every file, so an editor's
 * first save changes only the lines they changed. Undefined when the file
 * cannot be read (the content check reports why).
 */
export function canonicalContent(collection: CollectionName, text: string): string | undefined {
  let fields = fieldsCache.get(collection);
  if (!fields) fieldsCache.set(collection, (fields = collectionFields(collection)));
  const values = cmsRead(text, formatOf(collection));
  return values ? cmsFile(fields, values, formatOf(collection)) : undefined;
}

/** The first line (1-based) where two texts differ. */
export function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  return (i === -1 ? x.length : i) + 1;
}

/**
 * The file name the CMS gives a new entry, reproduced from @sveltia/cms 0.221.1
 * with our `slug` options (ascii, clean_accents, `-`, trim, lowercase): accents
 * off, anything but letters, digits, `_`, `-` and `~` becomes a space, spaces
 * become `-`. Tests compare it with our own id rule (vocabulary `idFromTitle`).
 */
export function cmsSlug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w\-~]/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}
