/** The search index step fails the build instead of shipping a site without search. */
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../src/integrations/pagefind';

const logger = { info: () => {}, warn: () => {}, error: () => {} };
async function runHook(dir: string) {
  const hook = pagefindIndex().hooks['astro:build:done'] as (o: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
}

describe('pagefindIndex', () => {
  it('fails when no page can be indexed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbo030-pf-'));
    writeFileSync(join(dir, 'notitie.txt'), 'geen html');
    await expect(runHook(dir)).rejects.toThrow(/geen pagina/);
  });

  it('writes an index for a page with data-pagefind-body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbo030-pf-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'a', 'index.html'),
      '<!doctype html><html lang="nl"><body><main data-pagefind-body><h1>Verhaal</h1></main></body></html>',
    );
    await runHook(dir);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
