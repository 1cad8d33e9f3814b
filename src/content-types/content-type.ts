/**
 * What one content type is made of, in one place: its files, its schema, the
 * page an entry becomes, the CMS form and preview, `npm run nieuw`, its share
 * card, what search and the news feeds take from it. Every module in this
 * folder fills one `ContentType`; `index.ts` lists them, and the build, the
 * checker, the CMS configuration, share cards, search and `npm run nieuw` loop
 * over that list instead of naming types.
 *
 * Pure and zod-only: the checker and the CMS generator import this room, so
 * nothing here loads content (that is data/'s work) or touches the file system.
 */
import type { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import type { ImageMetadata } from 'astro';
import type { LocalDate } from '../lib/local-date';
import type { SearchKind } from '../lib/search-meta';
import type { ReferenceIds } from '../schemas/fields';

/** How the files of a type are written: Markdown with front matter, or plain data. */
export interface FileKind {
  /** The glob loader's pattern inside the type's folder. */
  pattern: string;
  /** File names the checker accepts in the folder. */
  extensions: RegExp;
  /** File names the CMS reads and writes (no JSON: a save would turn it into YAML). */
  editable: RegExp;
  /** The extension to advise when a file has the wrong one. */
  advice: string;
  /** How the CMS stores an entry. */
  cms: { extension: 'md' | 'yaml'; format: 'yaml-frontmatter' | 'yaml' };
  /** Whether an entry has a body of running text. */
  body: boolean;
}

/** Text entries may be Markdown (`.md`, faster to build) or MDX (`.mdx`, needed for editor components). */
export const textFiles: FileKind = {
  pattern: '*.{md,mdx}',
  extensions: /\.mdx?$/,
  editable: /\.mdx?$/,
  advice: '.md of .mdx',
  cms: { extension: 'md', format: 'yaml-frontmatter' },
  body: true,
};

/** Data entries (the schools): YAML, or JSON for tools. */
export const dataFiles: FileKind = {
  pattern: '*.{yaml,yml,json}',
  extensions: /\.(ya?ml|json)$/,
  editable: /\.ya?ml$/,
  advice: '.yaml',
  cms: { extension: 'yaml', format: 'yaml' },
  body: false,
};

/** What editors read in the CMS form for one field: a Dutch label and a hint at B1 level. */
export interface FieldText {
  label: string;
  hint?: string;
  /** Texts of the fields of an object, or of each item of a list of objects. */
  fields?: Record<string, FieldText>;
}

type Item<T> = NonNullable<T> extends readonly (infer I)[] ? NonNullable<I> : NonNullable<T>;
/** A group of named fields: an object that is not a date, a file or an uploaded image. */
type IsGroup<U> = U extends string | number | boolean | Date
  ? false
  : keyof U extends never
    ? false
    : U extends { width: unknown }
      ? false
      : true;
/** One text per field of a schema's input; groups (and lists of groups) name their own fields. */
export type FormTexts<T> = {
  [K in keyof Required<T>]-?: IsGroup<Item<T[K]>> extends true
    ? FieldText & { fields: FormTexts<Item<T[K]>> }
    : FieldText;
};

/** The fields the CMS preview pane shows as heading, lead, eyebrow and image (src/admin/previews.ts). */
export interface PreviewFields {
  title: string;
  lead: string;
  eyebrow: string;
  /** The image slot shown above the text (the first of a list); left out for a type without images. */
  image?: string;
}

/** `npm run nieuw -- <command>`: the facts it asks for and the front matter it writes from them. */
export interface NewEntry {
  /** The Dutch word an editor types: `verhaal`, `evenement`, … */
  command: string;
  /** Facts that must be given (asked for when missing). */
  needs: readonly string[];
  /** The questions for facts only this type asks about (the shared ones are in new-entry.ts). */
  questions?: Record<string, string>;
  /** Example texts the file holds until the editor replaces them; the checker reports each one. */
  placeholders: Record<string, string>;
  frontMatter: (facts: Record<string, string | undefined>, today: string) => string;
}

/** What a share card says about an entry (lib/share-card draws it). */
export interface ShareCardText<D> {
  /** The field drawn as the card's title; the checker warns about characters that cannot be drawn. */
  title: keyof D & string;
  eyebrow: (data: D) => string;
  /** Ids of the schools named beside the wordmark. */
  schools?: (data: D) => readonly (string | undefined)[];
}

/** What search takes from an entry besides its text (lib/search-meta indexes it). */
export interface SearchFacts {
  /** Ids of the schools involved. */
  schools: readonly string[];
  summary: string;
  image?: { src: ImageMetadata | undefined; kind: 'wide' | 'portrait' } | undefined;
  sector?: string | undefined;
  start?: LocalDate | undefined;
  end?: LocalDate | undefined;
  dateLabel?: string | undefined;
}

/** What a news feed (RSS) item takes from an entry; link and image come from its page and share card. */
export interface FeedFacts {
  title: string;
  /** The day it was published on this site. */
  published: LocalDate;
  description: string;
  /** Ids of the schools involved (a school's feed carries only its own). */
  schools: readonly string[];
  /** Categories besides the schools' names. */
  categories: readonly string[];
}

export interface ContentType<S extends z.ZodType = z.ZodType> {
  files: FileKind;
  /** The zod schema (src/schemas/); `image` is Astro's image() or the checker's stand-in. */
  schema: (image: ImageFunction, ids?: ReferenceIds) => S;
  /** Image slots and the minimum width of each, in pixels. */
  images: Record<string, number>;
  /** The site-relative page an entry is shown on. */
  page: (id: string) => string;
  /** The CMS form: the collection's names and the Dutch text of every field. */
  form: { label: string; singular: string; fields: FormTexts<z.input<S>> };
  preview?: PreviewFields;
  newEntry?: NewEntry;
  shareCard?: ShareCardText<z.output<S>>;
  /** Site search: the kind its pages are filtered under (unique per type), and what an entry gives the index. */
  search?: { kind: SearchKind; facts: (data: z.output<S>, id: string) => SearchFacts };
  feed?: (data: z.output<S>) => FeedFacts;
}

/** Declares a content type; the schema's type checks every other part (form texts for every field, …). */
export function contentType<S extends z.ZodType>(type: ContentType<S>): ContentType<S> {
  return type;
}
