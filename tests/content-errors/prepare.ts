/** A clean copy of the fixture content with one case's mistake in it. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureContent } from '../helpers/astro-run';
import type { BrokenCase } from './cases';

/** Returns a temp folder holding `content/`: the fixture without its deliberately ended consent, plus the case. */
export function prepareCase(c: BrokenCase | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'mbo030-case-'));
  const content = join(dir, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  // The fixture keeps Bram (consent ended) to test the build; for the checker it would be a finding in every case.
  rmSync(join(content, 'ambassadeurs/bram.mdx'));
  rmSync(join(content, 'verhalen/bram-verhaal.mdx'));
  for (const file of ['agenda/lopend.mdx', 'tour/bezoek-alfa.mdx']) {
    const path = join(content, file);
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/\[bram\]/g, '[]')
        .replace(', bram]', ']')
        .replace(/ Met <Persoon id="bram"[^>]*\/> als gids\./, ''),
    );
  }
  if (c) {
    for (const [path, source] of Object.entries(c.extra ?? {}))
      cpSync(join(import.meta.dirname, String(source)), join(content, path));
    const target = join(content, c.file);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
    writeFileSync(target, c.edit(before));
  }
  return dir;
}

export function removeCase(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
