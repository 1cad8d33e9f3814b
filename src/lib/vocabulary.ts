/**
 * The words of the content model, in one zod-free module: what an editor may
 * write in a field, and how files and ids are named. Schemas wrap these lists in
 * `z.enum`; lib, data, pages, the checker and `npm run nieuw` import them from here.
 * Values are Dutch because editors type them; the identifiers are English.
 */
import type { LocalDate } from './local-date';

/** How exactly a source dates something: a day, a month or only a year. */
export const precisions = ['dag', 'maand', 'jaar'] as const;
export type Precision = (typeof precisions)[number];
/** An event whose source gives no date at all has this precision. */
export const UNKNOWN_PRECISION = 'onbekend' as const;
export type EventPrecision = Precision | typeof UNKNOWN_PRECISION;

/**
 * What a source says became of an event (its `uitkomst`): it was held, called off,
 * or moved to another date. Without an outcome the site claims none of these.
 */
export const eventOutcomeKinds = ['gehouden', 'afgelast', 'verplaatst'] as const;
export type EventOutcomeKind = (typeof eventOutcomeKinds)[number];

/** Kinds of event, for the agenda filters. */
export const eventCategories = ['stad', 'sport', 'cultuur', 'techniek', 'gemeente', 'onderwijs'] as const;
export type EventCategory = (typeof eventCategories)[number];

/** Sectors a story can belong to; also a search filter. */
export const sectors = [
  'zorg en welzijn',
  'ict',
  'bouw en techniek',
  'creatief',
  'horeca en evenementen',
  'economie en handel',
  'veiligheid',
  'overig',
] as const;
export type Sector = (typeof sectors)[number];

/** Who an ambassador is. */
export const ambassadorKinds = ['student', 'leerbedrijf', 'prominent'] as const;
export type AmbassadorKind = (typeof ambassadorKinds)[number];

/** Where a place that shows the trademark stands. */
export const spottedStatuses = ['gepland', 'gezien'] as const;
export type SpottedStatus = (typeof spottedStatuses)[number];

/** How consent to show a person was obtained (docs/toestemming.md). */
export const consentBases = ['formulier', 'openbare-bron'] as const;
/** Who signed a consent form: the person, or a parent or guardian (required under 16). */
export const consentSigners = ['zelf', 'ouder'] as const;

/** The parts of a consent record (schemas/ambassadeurs.ts) that decide when it holds. */
export interface ConsentRecord {
  basis: (typeof consentBases)[number];
  /** Form: the day it was signed. */
  gegeven?: LocalDate | undefined;
  /** Public source: its date, at the precision the source gives (may be absent). */
  datum?: LocalDate | undefined;
  tot?: LocalDate | undefined;
}

/** The components editors may use in MDX without importing them (src/components/redactie/). */
export const editorComponentNames = ['Citaat', 'Foto', 'Feiten', 'Knop', 'Persoon'] as const;
export type EditorComponentName = (typeof editorComponentNames)[number];

/** Files whose name starts with `_` (templates, notes) or `.` are not content. */
export function isContentFileName(fileName: string): boolean {
  return !fileName.startsWith('_') && !fileName.startsWith('.');
}

/** The id of an entry, as Astro's glob loader gives it: the file name without extension, lower case. */
export function idFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
}

/** A good id (and file name) for a title or name: lower case, no accents, words joined by `-`. */
export function idFromTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
