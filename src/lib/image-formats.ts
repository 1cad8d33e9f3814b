/**
 * Which image files the build can process (Astro's image service, sharp), with a
 * Dutch fix for the usual exceptions: an iPhone photo (HEIC) and an SVG drawing.
 * Used by the content check and by the build's own loader (checked-glob), so
 * neither lets an unusable image reach the image service's English errors.
 */
import { extname } from 'node:path';
import { isHeic } from './image-metadata';

/** Extensions Astro's image service (sharp) processes for an image field or a Markdown image. */
const PROCESSED = /^\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

const IPHONE_FIX =
  'Dit is een iPhone-foto (HEIC); die kan de site niet verwerken. Zet hem om naar JPEG: open de foto op de iPhone, kies Delen › Opties › "Meest compatibel", of exporteer hem op de computer als JPEG. Zo maakt de iPhone voortaan JPEG: Instellingen › Camera › Formaten › "Meest compatibel".';

/** A Dutch problem with the file's format, or undefined when the build can process it. */
export function formatProblem(abs: string, bytes: Buffer | undefined): string | undefined {
  const ext = extname(abs).toLowerCase();
  if (/^\.(heic|heif)$/.test(ext) || (bytes && isHeic(bytes))) return IPHONE_FIX;
  if (ext === '.svg')
    return 'Een SVG kan hier niet: van deze afbeelding maakt de site foto-formaten in verschillende maten. Exporteer de tekening als PNG (breed genoeg) en gebruik die.';
  if (!PROCESSED.test(ext))
    return `Een ${ext || 'bestand zonder extensie'} kan de site niet verwerken. Gebruik JPG, PNG of WebP.`;
  return undefined;
}
