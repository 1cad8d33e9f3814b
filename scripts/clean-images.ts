/**
 * npm run beelden:schoon [-- <bestand> …]: removes the metadata that gives away a
 * place or a person (GPS, photographer, owner, serial numbers, maker notes, XMP and
 * IPTC location and by-line) from source images, in place. JPEG, PNG and WebP are
 * not re-encoded: only the metadata blocks go; orientation and colour profile stay.
 * Other formats are saved again by sharp, turned the right way up. Without file
 * names: every image in content/afbeeldingen/ (or CONTENT_DIR).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
const { privateFields, stripMetadata } = await import('../src/lib/image-metadata.ts');

const folder = join(process.env.CONTENT_DIR ?? 'content', 'afbeeldingen');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => !n.startsWith('.'))
        .map((n) => join(folder, n))
    : [];
let cleaned = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  let meta;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    console.log(`${file}: overgeslagen (geen afbeelding die sharp kan lezen)`);
    continue;
  }
  const fields = privateFields(meta);
  if (fields.length === 0) continue;
  const inPlace = stripMetadata(bytes);
  const stripped = inPlace ?? (await sharp(bytes).rotate().keepIccProfile().toBuffer());
  if (privateFields(await sharp(stripped).metadata()).length > 0)
    throw new Error(`${file}: de gegevens zijn niet weg te halen; laat een ontwikkelaar kijken.`);
  writeFileSync(file, stripped);
  cleaned++;
  console.log(`${file}: weggehaald: ${fields.join(', ')}${inPlace ? '' : ' (opnieuw opgeslagen)'}`);
}
console.log(
  cleaned === 0
    ? 'Geen beelden met gegevens over een plek of persoon gevonden.'
    : `${cleaned} beeld(en) schoongemaakt. Controleer ze en zet ze in je commit.`,
);
