import { describe, expect, it } from 'vitest';
import { impossibleDates, missingFiles } from './frontmatter-checks';

const file = (front: string) => `---\n${front}\n---\n\nTekst met 2022-02-30 in de tekst zelf.\n`;

describe('impossibleDates', () => {
  it('finds dates YAML would silently roll over, with line and field', () => {
    expect(impossibleDates(file('titel: x\nstart: 2022-02-30\neind: 2022-13-01'))).toEqual([
      { line: 3, field: 'start', message: '2022-02-30 bestaat niet: die maand heeft 28 dagen.' },
      { line: 4, field: 'eind', message: 'Maand 13 bestaat niet: gebruik 01 tot en met 12.' },
    ]);
  });
  it('checks quoted dates with times and nested fields, and ignores the body', () => {
    expect(impossibleDates(file('start: "2022-04-31T14:00"'))).toHaveLength(1);
    expect(impossibleDates(file('toestemming:\n  gegeven: 2021-09-31'))[0]).toMatchObject({
      line: 3,
      field: 'gegeven',
    });
    expect(impossibleDates(file('start: 2022-02-28\nstart2: 2024-02-29'))).toEqual([]);
  });
});

describe('missingFiles', () => {
  it('names relative image paths that do not exist', () => {
    const exists = (p: string) => p === '../afbeeldingen/hero.png';
    expect(missingFiles(file('afbeelding:\n  src: ../afbeeldingen/hero.png'), exists)).toEqual([]);
    expect(missingFiles(file('afbeelding:\n  src: "../afbeeldingen/Hero.png"'), exists)).toEqual([
      { line: 3, field: 'src', message: expect.stringContaining('Het bestand ../afbeeldingen/Hero.png bestaat niet') },
    ]);
    expect(missingFiles(file('fotos:\n  - src: ./weg.png\n    alt: x'), exists)).toHaveLength(1);
  });
});

describe('image formats in the build loader', () => {
  const text = '---\nafbeelding:\n  src: ../afbeeldingen/foto.heic\n  alt: x\n---\n';
  it('names file line and a Dutch fix for an iPhone photo, when it can read the file', () => {
    const [p] = missingFiles(
      text,
      () => true,
      () => Buffer.from('\0\0\0\x18ftypheic', 'latin1'),
    );
    expect(p).toMatchObject({ line: 3, field: 'src', message: expect.stringContaining('iPhone-foto (HEIC)') });
  });
  it('leaves the format to the content check when it does not read files', () =>
    expect(missingFiles(text, () => true)).toEqual([]));
});
