import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { idFromFileName, isContentFileName } from './vocabulary';

/**
 * The folder that holds all editorial content. `CONTENT_DIR` points a build at
 * another folder (test fixtures, a benchmark corpus) without touching `content/`.
 */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

export { idFromFileName };

const idCache = new Map<string, Set<string>>();

/**
 * The ids of the entries in one collection folder, read once per build.
 * Used by schemas to say clearly, per field, that a reference does not exist.
 */
export function entryIds(collection: string, dir = contentDir()): Set<string> {
  const key = join(dir, collection);
  let ids = idCache.get(key);
  if (!ids) {
    ids = new Set(
      existsSync(key)
        ? readdirSync(key)
            .filter((f) => /\.(ya?ml|json|mdx?)$/.test(f) && isContentFileName(f))
            .map(idFromFileName)
        : [],
    );
    idCache.set(key, ids);
  }
  return ids;
}
