/**
 * The content types, in the order the CMS lists them. The build
 * (src/content.config.ts), the checker, the CMS configuration, share cards,
 * search, the news feeds, the published lists (data/site) and `npm run nieuw`
 * loop over this list; a new type is one module in this folder, one line here,
 * and its page (docs/architecture.md, "Adding things").
 */
import type { z } from 'astro/zod';
import type { RouteName, routes } from '../lib/routes';
import { agenda } from './agenda';
import { ambassadeurs } from './ambassadeurs';
import type { ContentType } from './content-type';
import { gespot } from './gespot';
import { paginas } from './paginas';
import { sharedPlaceholders } from './placeholders';
import { scholen } from './scholen';
import { tour } from './tour';
import { verhalen } from './verhalen';

const types = { scholen, ambassadeurs, verhalen, agenda, tour, paginas, gespot };

/** The name of a content type: its folder under content/ and its Astro collection. */
export type CollectionName = keyof typeof types;
export type SchemaOf<N extends CollectionName> = ReturnType<(typeof types)[N]['schema']>;
/** An entry's data as the build gives it (after defaults and transforms). */
export type EntryData<N extends CollectionName> = z.output<SchemaOf<N>>;

/** Typed per name, so a loop over names keeps each type's data and functions together. */
export const contentTypes: { [N in CollectionName]: ContentType<SchemaOf<N>> } = types;
export const collectionNames = Object.keys(types) as CollectionName[];

/** The route map names the type whose ids fill a route's `[id]` (lib/routes `ids`): only a content type's name compiles. */
type RouteIds = Extract<(typeof routes)[RouteName], { ids: string }>['ids'];
type Holds<T extends true> = T;
export type RouteIdsAreContentTypes = Holds<RouteIds extends CollectionName ? true : false>;

/** Every example text `npm run nieuw` can write; the checker reports each one left in a file. */
export const placeholders: Record<string, string> = Object.assign(
  {},
  sharedPlaceholders,
  ...collectionNames.map((n) => contentTypes[n].newEntry?.placeholders ?? {}),
) as Record<string, string>;

export type { ContentType, FieldText, FileKind, PreviewFields, SearchFacts, FeedFacts } from './content-type';
