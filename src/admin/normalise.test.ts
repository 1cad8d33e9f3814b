import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalContent, cmsRead, firstDifferentLine } from './cms-format';
import { contentFiles } from './normalise';

const real = contentFiles(fileURLToPath(new URL('../../content', import.meta.url))).map((f) => ({
  ...f,
  name: `content/${f.file}`,
}));
// The test fixture keeps comments that explain each case and line numbers that the checker's 65
// expected messages depend on; a CMS save would drop both, and nobody edits it in the CMS.
const fixture = contentFiles(fileURLToPath(new URL('../../tests/fixtures/content', import.meta.url))).map((f) => ({
  ...f,
  name: `tests/fixtures/content/${f.file}`,
}));

describe('every real content file is in the CMS’s own form (a first save changes only what the editor changed)', () => {
  it('finds the files', () => expect(real.length).toBeGreaterThan(30));
  it.each(real)('$name: read, written back, same bytes', ({ text, canonical }) => {
    expect(canonical).toBeDefined();
    expect(
      canonical === text
        ? 'gelijk'
        : `verschilt vanaf regel ${firstDifferentLine(text, canonical!)}; draai npm run inhoud:opmaken`,
    ).toBe('gelijk');
  });
  it.each([...real, ...fixture])('$name: the CMS’s form of it is a fixed point', ({ collection, canonical }) => {
    expect(canonical).toBeDefined();
    expect(canonicalContent(collection, canonical!)).toBe(canonical);
  });
});

describe('the CMS’s form', () => {
  const story = (front: string, body = 'Tekst.\n') => `---\n${front}\n---\n\n${body}`;
  it('catches what the CMS would rewrite: quotes, flow lists, key order, folded text, missing defaults', () => {
    const canonical = story(
      'titel: Sanne last\nsamenvatting: Kort.\nsector: ict\ndatum: 2022-05-02\nbron: Plan\nafbeelding:\n  src: ../afbeeldingen/a.png\n  alt: Een tekening.\n  toontPersonen: false\ntags:\n  - a\n  - b\ndraft: false',
    );
    expect(canonicalContent('verhalen', canonical)).toBe(canonical);
    for (const variant of [
      canonical.replace('titel: Sanne last', 'titel: "Sanne last"'),
      canonical.replace('tags:\n  - a\n  - b', 'tags: [a, b]'),
      canonical.replace('samenvatting: Kort.\nsector: ict', 'sector: ict\nsamenvatting: Kort.'),
      canonical.replace('bron: Plan', 'bron: >-\n  Plan'),
      canonical.replace('\ndraft: false', ''),
      canonical.replace('\n  toontPersonen: false', ''),
      canonical.replace('Tekst.\n', 'Tekst.\n\n\n'),
      canonical.replaceAll('\n', '\r\n'),
    ])
      expect(canonicalContent('verhalen', variant)).toBe(canonical);
  });
  it('keeps the body as written, and a consent record in the order of the form (type key first, `tot` where the first type has it)', () => {
    const text = story(
      'naam: Lotte\nsoort: student\nschool: alfa-college\nportret:\n  src: ../afbeeldingen/p.png\n  alt: Tekening.\nsamenvatting: Kort.\ntoestemming:\n  bron: Krant\n  omvat: Naam\n  tot: 2023-01-01\n  basis: openbare-bron',
      'Regel een\nregel twee *nadruk*\n',
    );
    expect(canonicalContent('ambassadeurs', text)).toContain(
      'toestemming:\n  basis: openbare-bron\n  tot: 2023-01-01\n  bron: Krant\n  omvat: Naam\ndraft: false\n---\n\nRegel een\nregel twee *nadruk*\n',
    );
  });
  it('writes a number in a text field as text, as the form does', () => {
    expect(
      canonicalContent('agenda', story('titel: Dom\nsamenvatting: Kort.\nstart: 2021\nbron: Plan\ncategorie: stad')),
    ).toContain("start: '2021'\n");
  });
  it('leaves a file it cannot read to the content check', () => {
    expect(cmsRead('---\ntitel: [\n---\n', 'yaml-frontmatter')).toBeUndefined();
    expect(canonicalContent('verhalen', '---\ntitel: [\n---\n')).toBeUndefined();
  });
});
