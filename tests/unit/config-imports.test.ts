/**
 * Vitest loads vitest.config.ts with Vite, which warns at the top of every `npm test` about each
 * relative import without a file extension in the config and what it imports (the coming
 * `configLoader: 'native'` needs them). Every relative import on that path names its extension.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every relative import reachable from `file`, as `file: specifier`. */
function relativeImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: string[] = [];
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(importPattern)) {
    found.push(`${file.slice(root.length + 1)}: ${spec}`);
    const target = resolve(dirname(file), spec!);
    if (/\.(ts|mts|js|mjs)$/.test(target)) found.push(...relativeImports(target, seen));
  }
  return found;
}

describe('vitest.config.ts', () => {
  it('reaches every file it imports by a path with an extension (no Vite warning on each run)', () => {
    const imports = relativeImports(resolve(root, 'vitest.config.ts'));
    expect(imports.length).toBeGreaterThan(3);
    expect(imports.filter((i) => !/\.(ts|mts|js|mjs|json)$/.test(i))).toEqual([]);
  });
});
