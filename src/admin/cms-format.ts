/**
 * How the CMS writes a file, reproduced so tests (and tools) can write exactly
 * what an editor's save commits. From @sveltia/cms 0.221.1 (npm/index.js, the
 * entry formatter): front matter is `yaml` stringify with indent 2, indented
 * sequences, lineWidth 0 (no folding), plain keys and plain strings unless a
 * string needs quotes (then single quotes); between `---` lines, a blank line,
 * then the body. Keys come in the order of the form's fields; with
 * `omit_empty_optional_fields` (our config) an empty optional field is left out.
 */
import { stringify } from 'yaml';
import type { CmsField } from './cms-config';

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The values of a form, in field order, empty optional fields left out (nested groups too). */
export function formData(fields: CmsField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.name === 'body') continue;
    const v = values[f.name];
    if (isEmpty(v) && f.required === false) continue;
    out[f.name] = nested(f, v);
  }
  return out;
}

function nested(f: CmsField, v: unknown): unknown {
  const sub = f.fields as CmsField[] | undefined;
  const types = f.types as (CmsField & { fields: CmsField[] })[] | undefined;
  if (types && v && typeof v === 'object') {
    const key = String(f.typeKey ?? 'type');
    const value = v as Record<string, unknown>;
    const type = types.find((t) => t.name === value[key]);
    return type ? { [key]: type.name, ...formData(type.fields, value) } : v;
  }
  if (!sub) return v;
  if (Array.isArray(v)) return v.map((item) => formData(sub, item as Record<string, unknown>));
  return formData(sub, v as Record<string, unknown>);
}

/** YAML as the CMS writes it. */
export function cmsYaml(data: Record<string, unknown>): string {
  return stringify(data, null, { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true }).trim();
}

/** A whole file as the CMS writes it: front matter and body for Markdown, plain YAML for data. */
export function cmsFile(fields: CmsField[], values: Record<string, unknown>, format: 'yaml' | 'yaml-frontmatter'): string {
  const data = formData(fields, values);
  if (format === 'yaml') return `${cmsYaml(data)}\n`;
  const body = typeof values.body === 'string' ? values.body : '';
  return `---\n${cmsYaml(data)}\n---\n${body ? `\n${body}\n` : ''}`;
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
