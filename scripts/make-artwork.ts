/**
 * Writes the site's artwork and icons. Run after adding an entry that needs a
 * picture: `node scripts/make-artwork.ts`. Output is committed; the build only reads it.
 *
 * - content/afbeeldingen/<name>.png: abstract artwork per story, person, event, visit;
 * - content/afbeeldingen/gespot-<bus|bouw|zorg>.png: pictograms of where the trademark appears;
 * - public/og/mbo030.png: the default link-preview image (1200×630);
 * - public/favicon.svg, favicon.ico, apple-touch-icon.png (no web manifest: docs/performance.md, LCP).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { iconSvg } from '../src/lib/trademark/icon.ts';
import { wordmarkShapes } from '../src/lib/trademark/wordmark.ts';
import { artworkSvg, pictogramSvg } from './artwork.ts';

const heroes = [
  'fleur-verhaal',
  'sabria-verhaal',
  'cityhosts',
  'future-care-labs',
  'tec-utrecht',
  'bouw-is-wouw',
  'beroepentuin',
  'tour-mbo-utrecht',
];
const portraits = ['fleur', 'sabria'];

mkdirSync('content/afbeeldingen', { recursive: true });
/** Artwork is stored as PNG, so it goes through the same image pipeline as the photos editors add. */
async function writeArtwork(file: string, seed: string, width: number, height: number) {
  await sharp(Buffer.from(artworkSvg(seed, width, height)))
    .png({ palette: true, compressionLevel: 9 })
    .toFile(file);
}
for (const name of heroes) await writeArtwork(`content/afbeeldingen/${name}.png`, name, 1600, 1000);
for (const kind of ['bus', 'bouw', 'zorg'] as const) {
  await sharp(Buffer.from(pictogramSvg(kind)))
    .png({ palette: true, compressionLevel: 9 })
    .toFile(`content/afbeeldingen/gespot-${kind}.png`);
}
for (const name of portraits)
  await writeArtwork(`content/afbeeldingen/portret-${name}.png`, `portret-${name}`, 800, 800);

const icon = iconSvg;
mkdirSync('public/og', { recursive: true });
writeFileSync('public/favicon.svg', icon);

const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#1b1640"/><circle cx="1050" cy="110" r="260" fill="#ffd23f"/><circle cx="180" cy="640" r="220" fill="#d5f0e3"/><g transform="translate(180 215) scale(5)">${wordmarkShapes('kleur')}</g></svg>`;
await sharp(Buffer.from(og)).png({ compressionLevel: 9, palette: true }).toFile('public/og/mbo030.png');

await sharp(Buffer.from(icon)).resize(180, 180).png({ compressionLevel: 9 }).toFile('public/apple-touch-icon.png');

// favicon.ico: one 32×32 PNG in an ICO container (header, one directory entry, image).
const png = await sharp(Buffer.from(icon)).resize(32, 32).png().toBuffer();
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([header, png]));

console.log('Beelden en iconen geschreven.');
