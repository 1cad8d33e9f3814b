/** The examples in the editors' guide (docs/redactie.md) pass the content checker, so an editor who copies them starts right. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/astro-run';

/** A fixed day after the guide's example dates (November 2026): its examples are not published ahead of time. */
const GUIDE_NOW = '2026-12-01T12:00:00Z';
import { prepareCase, removeCase } from './prepare';

const dir = prepareCase(undefined);
afterAll(() => removeCase(dir));

/** Every ```yaml block that is a whole front matter (starts with ---), with its indentation removed. */
function examples(): string[] {
  const doc = readFileSync(join(root, 'docs/redactie.md'), 'utf8');
  return [...doc.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)]
    .map(([, indent, body]) =>
      body!
        .split('\n')
        .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
        .join('\n'),
    )
    .filter((t) => t.startsWith('---\n'));
}

describe('the editors’ guide', () => {
  it('has a story, an event and a diary example that pass the checker', () => {
    const found = examples();
    expect(found.length).toBeGreaterThanOrEqual(3);
    const folder = (t: string) => (/^start:/m.test(t) ? 'agenda' : /^school:/m.test(t) ? 'tour' : 'verhalen');
    found.forEach((text, i) => {
      // The guide's example photo does not exist here; the fixture's hero image stands in for it.
      const body = text
        .replace(/\.\.\/afbeeldingen\/[\w.-]+/g, '../afbeeldingen/hero.png')
        .replace(/roc-midden-nederland|nimeto|grafisch-lyceum-utrecht/g, 'alfa-college');
      writeFileSync(join(dir, 'content', folder(text), `voorbeeld-${i}.md`), body);
    });
    const r = spawnSync(
      process.execPath,
      ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/check-content.ts`, 'content'],
      { cwd: dir, env: { PATH: process.env.PATH, MBO030_NOW: GUIDE_NOW }, encoding: 'utf8' },
    );
    expect(r.stdout.split('\n').filter((l) => l.includes('voorbeeld-'))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
