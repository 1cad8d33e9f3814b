/**
 * The site's own words use one apostrophe: the straight one that editors type ("mbo'ers", "pagina's").
 * A curly one (’) in a label beside a straight one in the next line reads as two styles. Quotes in
 * content stay verbatim, so only the code's texts are checked (not content/, not the tests).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/astro-run';

/** A curly apostrophe between two letters, as in "mbo’ers". */
const CURLY = /\p{L}’\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('one apostrophe in the site’s own words', () => {
  it('finds the curly one it looks for', () => {
    expect(CURLY.test('Nieuwe verhalen van mbo’ers')).toBe(true);
    expect(CURLY.test("Nieuwe verhalen van mbo'ers, ‘zo’ en ’s avonds")).toBe(false);
  });

  it('src/ writes every apostrophe between letters straight', () => {
    const found = sourceFiles(join(root, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (CURLY.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
