/**
 * Puts content files in the form the CMS writes (src/admin/cms-format.ts), so
 * an editor's first save in /admin/ changes only what they changed. Used by
 * `npm run inhoud:opmaken` and by the test that every content file already is
 * in that form. The values stay the same; only layout (quotes, list style, key
 * order, line folding) and fields with a default change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, contentTypes, type CollectionName } from '../content-types';
import { isContentFileName } from '../lib/vocabulary';
import { canonicalContent } from './cms-format';

export interface NormalisedFile {
  /** Path below the content folder, e.g. `verhalen/fleur.md`. */
  file: string;
  collection: CollectionName;
  text: string;
  /** The CMS's form; undefined when the file cannot be read. */
  canonical: string | undefined;
}

/** Every content file of a content folder, with its text and the CMS's form of it. */
export function contentFiles(dir: string): NormalisedFile[] {
  return collectionNames.flatMap((collection) => {
    const folder = join(dir, collection);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((n) => isContentFileName(n) && contentTypes[collection].files.editable.test(n))
      .sort()
      .map((n) => {
        const text = readFileSync(join(folder, n), 'utf8');
        return { file: `${collection}/${n}`, collection, text, canonical: canonicalContent(collection, text) };
      });
  });
}

/** Rewrites every file of a content folder that is not in the CMS's form; returns what it did per file. */
export function normaliseContent(dir: string): { changed: string[]; unreadable: string[] } {
  const changed: string[] = [];
  const unreadable: string[] = [];
  for (const f of contentFiles(dir)) {
    if (f.canonical === undefined) unreadable.push(f.file);
    else if (f.canonical !== f.text) {
      writeFileSync(join(dir, f.file), f.canonical);
      changed.push(f.file);
    }
  }
  return { changed, unreadable };
}
