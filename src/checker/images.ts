/**
 * Image files: a format the build can process, wide enough for their slot, and
 * no metadata that gives away a place or a person (see lib/image-metadata).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import sharp from 'sharp';
import { formatProblem } from '../lib/image-formats';
import { privateFields } from '../lib/image-metadata';

/** Format, size and private metadata of one image in a slot of at least `min` pixels wide. */
export async function imageProblems(abs: string, min: number): Promise<string[]> {
  const bytes = readFileSync(abs);
  const format = formatProblem(abs, bytes);
  if (format) return [format];
  try {
    const meta = await sharp(bytes).metadata();
    const out: string[] = [];
    if (meta.width !== undefined && meta.width < min)
      out.push(
        `Deze afbeelding is ${meta.width} pixels breed; hier is minstens ${min} pixels nodig, anders wordt hij wazig. Gebruik een grotere versie.`,
      );
    const problem = privacyProblem(basename(abs), meta);
    if (problem) out.push(problem);
    return out;
  } catch {
    return ['Dit bestand is geen afbeelding die de site kan lezen. Gebruik JPG, PNG of WebP.'];
  }
}

/** Metadata that would tell anyone who downloads the file where it was taken or by whom. */
export function privacyProblem(
  name: string,
  meta: { exif?: Buffer | undefined; xmp?: Buffer | undefined; iptc?: Buffer | undefined },
): string | undefined {
  const fields = privateFields(meta);
  if (fields.length === 0) return undefined;
  return `In ${name} staan gegevens die een plek of een persoon verraden: ${fields.join(', ')}. Iedereen kan het bestand uit de repository downloaden. Haal ze weg met: npm run beelden:schoon -- content/afbeeldingen/${name} (werk je alleen in GitHub, vraag dan een ontwikkelaar dit te doen).`;
}

/** Private metadata in any file of the images folder, also one no entry uses yet (it is public all the same). */
export async function folderPrivacyProblem(abs: string): Promise<string | undefined> {
  try {
    return privacyProblem(basename(abs), await sharp(readFileSync(abs)).metadata());
  } catch {
    return undefined;
  }
}
