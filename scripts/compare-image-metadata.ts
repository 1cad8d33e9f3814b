/**
 * Compares our reader of private photo metadata (src/lib/image-metadata.ts, on the
 * blocks sharp extracts) with the library exifr (on the file's bytes), on every
 * image in tests/ and content/afbeeldingen/ plus photos made here with each kind of
 * block (EXIF, XMP, IPTC) in each format the site accepts (JPEG, PNG, WebP).
 * Prints one line per image: what each finds (GPS, person, serial number, maker
 * notes, place, orientation) and how long it took. Issue 26 asked for the figures.
 *   node --import ./scripts/ts-hooks.mjs scripts/compare-image-metadata.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
const { privateFields, readExifTags } = await import('../src/lib/image-metadata.ts');

const root = join(import.meta.dirname, '..');
type Finding = 'gps' | 'person' | 'serial' | 'makernote' | 'place';

/** Our Dutch field names in the five kinds both readers can be compared on. */
function ourKinds(names: string[]): Set<Finding> {
  const kinds = new Set<Finding>();
  for (const n of names) {
    if (/GPS/.test(n)) kinds.add('gps');
    if (/fotograaf|auteur|maker|eigenaar/.test(n) && !/fabrikant/.test(n)) kinds.add('person');
    if (/serienummer/.test(n)) kinds.add('serial');
    if (/fabrikant/.test(n)) kinds.add('makernote');
    if (/plaats|provincie|land/.test(n)) kinds.add('place');
  }
  return kinds;
}

const exifrKeys: [RegExp, Finding][] = [
  [/^(GPSLatitude|GPSLongitude|latitude|longitude)$/, 'gps'],
  [/^(Artist|XPAuthor|creator|Byline|BylineTitle|Owner|CameraOwnerName|AuthorsPosition)$/, 'person'],
  [/SerialNumber$/, 'serial'],
  [/^MakerNote$/, 'makernote'],
  [
    /^(City|State|Country|Sublocation|ProvinceState|CountryName|CountryCode|Location|LocationShown|LocationCreated)$/,
    'place',
  ],
];

/** Every key in exifr's (nested) output, mapped to the same kinds. */
function exifrKinds(output: unknown): Set<Finding> {
  const kinds = new Set<Finding>();
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      for (const [re, kind] of exifrKeys) if (re.test(key)) kinds.add(kind);
      walk(inner);
    }
  };
  walk(output);
  return kinds;
}

async function ours(bytes: Buffer) {
  const start = performance.now();
  try {
    const meta = await sharp(bytes).metadata();
    const kinds = ourKinds(privateFields(meta));
    const orientation = meta.exif ? readExifTags(meta.exif).orientation : undefined;
    return { kinds, orientation, ms: performance.now() - start };
  } catch {
    return {
      kinds: new Set<Finding>(),
      orientation: undefined,
      ms: performance.now() - start,
      error: 'sharp cannot read it',
    };
  }
}

/**
 * exifr on the bytes, in a worker that is stopped after 5 s: on a truncated HEIC
 * (tests/content-errors/iphone.heic, 88 bytes) exifr 7.1.3 loops forever.
 */
const exifrPath = createRequire(import.meta.url).resolve('exifr');
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
const exifr = require(workerData.path);
const start = performance.now();
exifr.parse(workerData.bytes, workerData.options).then(
  (output) => parentPort.postMessage({ output, ms: performance.now() - start }),
  (error) => parentPort.postMessage({ error: String(error.message).slice(0, 60), ms: performance.now() - start }),
);`;

function theirs(
  bytes: Buffer,
): Promise<{ kinds: Set<Finding>; orientation?: number | undefined; ms: number; error?: string }> {
  const options = {
    tiff: true,
    exif: true,
    gps: true,
    xmp: true,
    iptc: true,
    makerNote: true,
    mergeOutput: false,
    translateValues: false,
    silentErrors: false,
  };
  return new Promise((resolve) => {
    const worker = new Worker(workerCode, { eval: true, workerData: { path: exifrPath, bytes, options } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ kinds: new Set(), ms: 5000, error: 'no answer after 5 s (endless loop)' });
    }, 5000);
    worker.once('message', (m: { output?: { ifd0?: { Orientation?: number } }; error?: string; ms: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({
        kinds: exifrKinds(m.output),
        orientation: m.output?.ifd0?.Orientation,
        ms: m.ms,
        ...(m.error ? { error: m.error } : {}),
      });
    });
  });
}

/** A JPEG APP13 segment (Photoshop 3.0, resource 0x0404) holding IPTC by-line and city. */
function withIptc(jpeg: Buffer): Buffer {
  const dataset = (n: number, v: string) =>
    Buffer.concat([Buffer.from([0x1c, 2, n, 0, v.length]), Buffer.from(v, 'latin1')]);
  const iptc = Buffer.concat([dataset(80, 'Jan Fotograaf'), dataset(90, 'Utrecht')]);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]),
    Buffer.alloc(4),
    iptc,
    Buffer.alloc(iptc.length % 2),
  ]);
  resource.writeUInt32BE(iptc.length, 8);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const head = Buffer.from([0xff, 0xed, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)]);
}

const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/" photoshop:City="Utrecht" exif:GPSLatitude="52,5.0N" exif:GPSLongitude="5,7.0E"><dc:creator><rdf:Seq><rdf:li>Jan Fotograaf</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
const exif = {
  IFD0: { Artist: 'Jan Fotograaf', Orientation: '6' },
  IFD2: { CameraOwnerName: 'Jan', BodySerialNumber: '12345', LensSerialNumber: '678' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
};
const pixels = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#b80c1f' } });

const made: [string, Buffer][] = [];
for (const format of ['jpeg', 'png', 'webp'] as const) {
  made.push([`(made) ${format} + EXIF`, await pixels()[format]().withExif(exif).toBuffer()]);
  made.push([`(made) ${format} + XMP`, await pixels()[format]().withXmp(xmp).toBuffer()]);
  made.push([`(made) ${format} clean`, await pixels()[format]().toBuffer()]);
}
made.push(['(made) jpeg + IPTC', withIptc(await pixels().jpeg().toBuffer())]);
made.push(['(made) jpeg turned (orientation 6)', await pixels().jpeg().withMetadata({ orientation: 6 }).toBuffer()]);
made.push(['(made) webp turned (orientation 6)', await pixels().webp().withMetadata({ orientation: 6 }).toBuffer()]);

const imageFile = /\.(jpe?g|png|webp|heic|avif|tiff?|gif)$/i;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && imageFile.test(d.name) && !d.parentPath.includes('.output'))
    .map((d) => relative(root, join(d.parentPath, d.name)));
const found = [...files('tests'), ...files('content/afbeeldingen')].sort();

const show = (k: Set<Finding>, orientation: number | undefined, error?: string) =>
  error
    ? `error: ${error}`
    : [...[...k].sort(), ...(orientation && orientation !== 1 ? [`orientation ${orientation}`] : [])].join(' ') || '-';
let differ = 0;
const totals = { ours: 0, theirs: 0 };
const rows: string[] = [];
for (const [name, bytes] of [...found.map((f) => [f, readFileSync(join(root, f))] as [string, Buffer]), ...made]) {
  const [a, b] = [await ours(bytes), await theirs(bytes)];
  totals.ours += a.ms;
  if (!b.error?.startsWith('no answer')) totals.theirs += b.ms;
  const left = show(a.kinds, a.orientation, a.error);
  const right = show(b.kinds, b.orientation, b.error);
  if (left !== right) differ++;
  rows.push(`${left === right ? ' ' : '≠'} ${name.padEnd(48)} ours: ${left.padEnd(40)} exifr: ${right}`);
}
console.log(rows.join('\n'));
console.log(
  `\n${rows.length} images, ${differ} where the two differ. Time: ours (sharp.metadata + reader) ${totals.ours.toFixed(0)} ms, exifr ${totals.theirs.toFixed(0)} ms (without the file it never finishes).`,
);
