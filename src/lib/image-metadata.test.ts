import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isHeic, privateFields, readExifTags, stripMetadata } from './image-metadata';

const pixels = () => sharp({ create: { width: 32, height: 24, channels: 3, background: '#c0392b' } });
const privateExif = {
  IFD0: { Artist: 'Jan Fotograaf' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
};
const meta = async (b: Buffer) => {
  const m = await sharp(b).metadata();
  return { exif: m.exif, xmp: m.xmp, iptc: m.iptc, orientation: m.orientation, icc: m.icc, width: m.width };
};

describe('private metadata in photos', () => {
  it('finds GPS and the photographer in a JPEG, and nothing in a clean one', async () => {
    const photo = await pixels().jpeg().withExif(privateExif).toBuffer();
    expect(privateFields(await meta(photo))).toEqual(['GPS-positie (EXIF)', 'fotograaf (Artist)']);
    expect(privateFields(await meta(await pixels().jpeg().toBuffer()))).toEqual([]);
  });
  it('finds location and by-line in XMP', () => {
    const xmp = Buffer.from(
      '<x:xmpmeta><rdf:Description photoshop:City="Utrecht"><dc:creator>Jan</dc:creator></rdf:Description></x:xmpmeta>',
    );
    expect(privateFields({ xmp })).toEqual(['plaats (XMP)', 'maker of eigenaar (XMP)']);
  });
  it('finds by-line and city in IPTC', () => {
    const dataset = (n: number, v: string) => Buffer.concat([Buffer.from([0x1c, 2, n, 0, v.length]), Buffer.from(v)]);
    expect(privateFields({ iptc: Buffer.concat([dataset(80, 'Jan'), dataset(90, 'Utrecht')]) })).toEqual([
      'maker (IPTC By-line)',
      'plaats (IPTC City)',
    ]);
  });

  it('strips a JPEG without re-encoding: same pixels, orientation and colour profile kept', async () => {
    const photo = await pixels()
      .jpeg()
      .withIccProfile('p3')
      .withMetadata({ orientation: 6 })
      .withExif(privateExif)
      .toBuffer();
    expect((await meta(photo)).orientation).toBe(6);
    const clean = stripMetadata(photo)!;
    const after = await meta(clean);
    expect(privateFields(after)).toEqual([]);
    expect(after.orientation).toBe(6);
    expect(after.icc).toBeDefined();
    expect(readExifTags(after.exif!).tags).toEqual(new Set([0x0112]));
    const [a, b] = await Promise.all([sharp(photo).raw().toBuffer(), sharp(clean).raw().toBuffer()]);
    expect(a.equals(b)).toBe(true);
  });
  it('strips a PNG and a WebP in place', async () => {
    for (const photo of [
      await pixels().png().withExif(privateExif).toBuffer(),
      await pixels().webp({ lossless: true }).withExif(privateExif).toBuffer(),
    ]) {
      const clean = stripMetadata(photo)!;
      expect(privateFields(await meta(clean))).toEqual([]);
      expect((await meta(clean)).width).toBe(32);
      const [a, b] = await Promise.all([sharp(photo).raw().toBuffer(), sharp(clean).raw().toBuffer()]);
      expect(a.equals(b)).toBe(true);
    }
  });
  it('recognises an iPhone photo (HEIC) by its bytes', () => {
    expect(isHeic(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1'))).toBe(true);
    expect(isHeic(Buffer.from('\xff\xd8\xff\xe0', 'latin1'))).toBe(false);
  });
});
