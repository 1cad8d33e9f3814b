/**
 * Metadata in a photo that identifies a place or a person: GPS position,
 * photographer, owner, camera serial numbers, maker notes (EXIF), and the
 * location and by-line fields of XMP and IPTC. The built site strips all
 * metadata, but source images sit in the public repository, so the content
 * check refuses them and `npm run beelden:schoon` removes them in place.
 * Pure functions on the bytes; sharp's `metadata()` supplies the raw blocks.
 *
 * Kept rather than exifr (scripts/compare-image-metadata.ts, 30 images, Dec 2026):
 * both find the same on every JPEG and PNG-with-EXIF, but exifr 7.1.3 reads no
 * WebP (a format the site accepts), misses XMP in a PNG, and never returns on a
 * truncated HEIC (tests/content-errors/iphone.heic). Here sharp (libvips) finds
 * the blocks in every format it decodes, and the ~80 reading lines here only name what
 * is in them; the stripper below needs the EXIF walk anyway, to keep the orientation.
 */

/** EXIF tags that name a person or a device: tag number → Dutch name for the message. */
const exifPersonTags: Record<number, string> = {
  0x013b: 'fotograaf (Artist)',
  0x9c9d: 'auteur (XPAuthor)',
  0xa430: 'eigenaar van de camera (CameraOwnerName)',
  0xa431: 'serienummer van de camera (BodySerialNumber)',
  0xa435: 'serienummer van de lens (LensSerialNumber)',
  0x927c: 'gegevens van de fabrikant (MakerNote)',
};
const EXIF_IFD = 0x8769;
const GPS_IFD = 0x8825;
const ORIENTATION = 0x0112;

interface ExifTags {
  tags: Set<number>;
  gps: Set<number>;
  orientation?: number;
}

/** Reads the tag numbers of IFD0, the Exif IFD and the GPS IFD from an EXIF block (with or without the `Exif\0\0` prefix). */
export function readExifTags(block: Buffer): ExifTags {
  const tiff = block.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? block.subarray(6) : block;
  const out: ExifTags = { tags: new Set(), gps: new Set() };
  if (tiff.length < 8) return out;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (o + 2 <= tiff.length ? (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o)) : 0);
  const u32 = (o: number) => (o + 4 <= tiff.length ? (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o)) : 0);
  const walk = (offset: number, into: Set<number>, depth: number) => {
    if (depth > 2 || offset < 8 || offset + 2 > tiff.length) return;
    const count = u16(offset);
    for (let i = 0; i < count && offset + 2 + i * 12 + 12 <= tiff.length; i++) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry);
      into.add(tag);
      if (tag === ORIENTATION) out.orientation = u16(entry + 8);
      if (tag === EXIF_IFD) walk(u32(entry + 8), out.tags, depth + 1);
      if (tag === GPS_IFD) walk(u32(entry + 8), out.gps, depth + 1);
    }
  };
  walk(u32(4), out.tags, 0);
  return out;
}

/** XMP properties that give a place or a person. */
const xmpFields: [RegExp, string][] = [
  [/exif:GPS(Latitude|Longitude)/, 'GPS-positie (XMP)'],
  [/(photoshop:(City|State|Country)|Iptc4xmpCore:Location|Iptc4xmpExt:Location(Shown|Created))/, 'plaats (XMP)'],
  [/(dc:creator|photoshop:AuthorsPosition|xmpRights:Owner)/, 'maker of eigenaar (XMP)'],
  [/(aux:SerialNumber|exifEX:(Body|Lens)SerialNumber)/, 'serienummer (XMP)'],
];

/** IPTC datasets (record 2) that give a place or a person. */
const iptcDatasets: Record<number, string> = {
  80: 'maker (IPTC By-line)',
  85: 'functie van de maker (IPTC By-line Title)',
  90: 'plaats (IPTC City)',
  92: 'plaats (IPTC Sub-location)',
  95: 'provincie (IPTC)',
  100: 'land (IPTC)',
  101: 'land (IPTC)',
};

function iptcFields(block: Buffer): string[] {
  const found: string[] = [];
  for (let i = 0; i + 5 <= block.length; i++) {
    if (block[i] !== 0x1c || block[i + 1] !== 2) continue;
    const name = iptcDatasets[block[i + 2]!];
    const size = block.readUInt16BE(i + 3);
    if (name && size > 0 && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The private fields in an image's metadata blocks, as Dutch names; empty when there are none. */
export function privateFields(meta: {
  exif?: Buffer | undefined;
  xmp?: Buffer | undefined;
  iptc?: Buffer | undefined;
}): string[] {
  const found: string[] = [];
  if (meta.exif) {
    const exif = readExifTags(meta.exif);
    if (exif.gps.has(2) || exif.gps.has(4)) found.push('GPS-positie (EXIF)');
    for (const [tag, name] of Object.entries(exifPersonTags)) if (exif.tags.has(Number(tag))) found.push(name);
  }
  if (meta.xmp) {
    const xmp = meta.xmp.toString('utf8');
    for (const [re, name] of xmpFields) if (re.test(xmp)) found.push(name);
  }
  if (meta.iptc) found.push(...iptcFields(meta.iptc));
  return found;
}

/** A minimal EXIF block with only the orientation, so a cleaned photo still stands the right way up. */
function orientationExif(orientation: number): Buffer {
  const b = Buffer.alloc(6 + 8 + 2 + 12 + 4);
  b.write('Exif\0\0', 0, 'latin1');
  b.write('MM', 6, 'latin1');
  b.writeUInt16BE(42, 8);
  b.writeUInt32BE(8, 10);
  b.writeUInt16BE(1, 14);
  b.writeUInt16BE(ORIENTATION, 16);
  b.writeUInt16BE(3, 18); // SHORT
  b.writeUInt32BE(1, 20);
  b.writeUInt16BE(orientation, 24);
  return b;
}

/** JPEG without APP1 (EXIF, XMP), APP13 (IPTC) and comments; the colour profile (APP2) and the pixels stay as they are. */
function stripJpeg(src: Buffer): Buffer {
  const parts: Buffer[] = [src.subarray(0, 2)];
  let orientation: number | undefined;
  let o = 2;
  while (o + 4 <= src.length && src[o] === 0xff) {
    const marker = src[o + 1]!;
    if (marker === 0xda) break; // start of scan: the rest is image data
    const size = src.readUInt16BE(o + 2);
    const segment = src.subarray(o, o + 2 + size);
    const payload = segment.subarray(4);
    if (marker === 0xe1 && payload.subarray(0, 6).toString('latin1') === 'Exif\0\0')
      orientation = readExifTags(payload).orientation;
    if (marker !== 0xe1 && marker !== 0xed && marker !== 0xfe) parts.push(segment);
    o += 2 + size;
  }
  if (orientation && orientation !== 1) {
    const exif = orientationExif(orientation);
    const head = Buffer.alloc(4);
    head.writeUInt16BE(0xffe1, 0);
    head.writeUInt16BE(exif.length + 2, 2);
    parts.splice(1, 0, head, exif);
  }
  parts.push(src.subarray(o));
  return Buffer.concat(parts);
}

/** PNG without text chunks, EXIF and time; the colour profile (iCCP) and pixels stay. */
function stripPng(src: Buffer): Buffer {
  const parts: Buffer[] = [src.subarray(0, 8)];
  for (let o = 8; o + 12 <= src.length;) {
    const size = src.readUInt32BE(o);
    const type = src.toString('latin1', o + 4, o + 8);
    const chunk = src.subarray(o, o + 12 + size);
    if (!['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'].includes(type)) parts.push(chunk);
    o += 12 + size;
  }
  return Buffer.concat(parts);
}

/** WebP without EXIF and XMP chunks (the VP8X flags follow); keeps ICCP and pixels. */
function stripWebp(src: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let orientation: number | undefined;
  for (let o = 12; o + 8 <= src.length;) {
    const type = src.toString('latin1', o, o + 4);
    const size = src.readUInt32LE(o + 4);
    const chunk = src.subarray(o, o + 8 + size + (size % 2));
    if (type === 'EXIF') orientation = readExifTags(chunk.subarray(8, 8 + size)).orientation;
    if (type !== 'EXIF' && type !== 'XMP ') chunks.push(Buffer.from(chunk));
    o += 8 + size + (size % 2);
  }
  const vp8x = chunks.find((c) => c.toString('latin1', 0, 4) === 'VP8X');
  if (vp8x) vp8x[8] = vp8x[8]! & ~0x0c;
  if (vp8x && orientation && orientation !== 1) {
    const exif = orientationExif(orientation).subarray(6);
    const head = Buffer.alloc(8);
    head.write('EXIF', 0, 'latin1');
    head.writeUInt32LE(exif.length, 4);
    chunks.push(Buffer.concat([head, exif, Buffer.alloc(exif.length % 2)]));
    vp8x[8] = vp8x[8]! | 0x08;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** The image without its metadata, not re-encoded; undefined for a format this cannot edit in place. */
export function stripMetadata(src: Buffer): Buffer | undefined {
  if (src[0] === 0xff && src[1] === 0xd8) return stripJpeg(src);
  if (src.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return stripPng(src);
  if (src.toString('latin1', 0, 4) === 'RIFF' && src.toString('latin1', 8, 12) === 'WEBP') return stripWebp(src);
  return undefined;
}

/** Whether the bytes are a HEIC/HEIF photo (what an iPhone makes by default). */
export function isHeic(src: Buffer): boolean {
  return (
    src.toString('latin1', 4, 8) === 'ftyp' &&
    /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(src.toString('latin1', 8, 12))
  );
}
