/**
 * A file in another layout than the CMS writes (a web-editor user's flow list,
 * quotes, field order) is a warning, not an error: it names the command that
 * fixes it, and after that command the file has no finding and the same values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseContent } from '../../src/admin/normalise';
import { checkContent, LAYOUT_MESSAGE } from '../../src/checker/check';
import { buildReading } from '../../src/checker/front-matter';
import { FIXTURE_NOW } from '../helpers/astro-run';
import { prepareCase, removeCase } from './prepare';

const dir = prepareCase(undefined);
const content = join(dir, 'content');
afterAll(() => removeCase(dir));

const file = 'content/verhalen/cms-opmaak.md';
const canonical = `---
titel: Sanne leert lassen
samenvatting: Sanne last elke dag.
scholen:
  - alfa-college
sector: bouw en techniek
datum: 2022-05-02
bron: Testbron, hoofdstuk 1
afbeelding:
  src: ../afbeeldingen/hero.png
  alt: Tekening van een lasser aan het werk.
  toontPersonen: false
tags:
  - techniek
draft: false
---

Sanne leert lassen.
`;
const findingsFor = async () =>
  (await checkContent({ dir: content, cwd: dir, now: new Date(FIXTURE_NOW) })).filter((f) => f.file === file);

describe('a file that is not in the CMS’s layout', () => {
  it('has no finding when it is in that layout', async () => {
    writeFileSync(join(dir, file), canonical);
    expect(await findingsFor()).toEqual([]);
  });

  it('is a warning on the first line that differs, naming npm run inhoud:opmaken', async () => {
    const webEditor = canonical
      .replace('scholen:\n  - alfa-college', 'scholen: [alfa-college]')
      .replace('titel: Sanne leert lassen', 'titel: "Sanne leert lassen"')
      .replace('\ndraft: false', '');
    writeFileSync(join(dir, file), webEditor);
    expect(await findingsFor()).toEqual([
      { file, line: 2, field: 'opmaak', message: LAYOUT_MESSAGE, severity: 'warning' },
    ]);
    expect(LAYOUT_MESSAGE).toContain('npm run inhoud:opmaken');
    normaliseContent(content);
    const after = readFileSync(join(dir, file), 'utf8');
    expect(after).toBe(canonical);
    expect(buildReading(after, 'text')).toEqual({ ...(buildReading(webEditor, 'text') as object), draft: false });
    expect(await findingsFor()).toEqual([]);
  });

  it('is not reported on top of another finding (fix that first)', async () => {
    writeFileSync(
      join(dir, file),
      canonical
        .replace('sector: bouw en techniek', 'sector: lassen')
        .replace('scholen:\n  - alfa-college', 'scholen: [alfa-college]'),
    );
    expect((await findingsFor()).map((f) => f.field)).toEqual(['sector']);
  });
});
