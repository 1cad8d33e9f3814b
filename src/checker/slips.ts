/**
 * Everyday slips that the build does not stop but that show wrongly on the site:
 * a file name the URL cannot carry cleanly, typographic quotes around a whole
 * value, Markdown that stays raw text (an image path with a space), and invisible
 * characters pasted from Word (which the YAML reader refuses with its own words).
 */
import { extname } from 'node:path';
import { pastedCharacterMessage } from '../lib/pasted-characters';
import { idFromTitle } from '../lib/vocabulary';

/** The name to use instead, when a content file's name has capitals, spaces or other characters; else undefined. */
export function fileNameProblem(name: string): string | undefined {
  const ext = extname(name);
  const base = name.slice(0, name.length - ext.length);
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base)) return undefined;
  const better = idFromTitle(base) || 'naam';
  return `Gebruik in de bestandsnaam alleen kleine letters, cijfers en streepjes; de naam wordt het webadres. Noem dit bestand ${better}${ext.toLowerCase()}.`;
}

const curly = /^[“”„‘’‚«»"'][\s\S]*[“”‘’«»"']$/;

/** String values (also nested) wrapped as a whole in typographic quotes: they would show on the site. */
export function quotedValues(
  data: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: string }[] {
  if (typeof data === 'string') {
    const t = data.trim();
    return t.length > 1 && curly.test(t) && /[“”„‘’‚«»]/.test(t[0]! + t.at(-1)!) ? [{ path, value: t }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => quotedValues(v, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => quotedValues(v, [...path, k]));
  return [];
}

export const quotedMessage = (value: string) =>
  `De hele waarde staat tussen typografische aanhalingstekens (${value.slice(0, 1)}…${value.slice(-1)}); die komen zo op de site. Laat ze weg, of zet de tekst tussen rechte aanhalingstekens: "…".`;

/** Index of the first line below the front matter (0 when the file has none). */
function bodyStartIndex(lines: string[]): number {
  return lines[0]?.replace(/^\uFEFF/, '').trim() === '---'
    ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1
    : 0;
}

/** Lines of the body where an image or link stays raw Markdown because its path has a space. */
export function rawMarkdownLines(text: string): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const lines = text.split(/\r?\n/);
  const bodyStart = bodyStartIndex(lines);
  lines.forEach((l, i) => {
    if (i < bodyStart) return;
    for (const m of l.matchAll(/(!?)\[[^\]]*\]\(([^)<>]*\s[^)<>]*)\)/g)) {
      const target = m[2]!.trim();
      if (/^\S+\s+"[^"]*"$/.test(target)) continue; // [tekst](pad "titel") is a title, not a space in the path
      const what = m[1] ? 'afbeelding' : 'link';
      out.push({
        line: i + 1,
        message: `Deze ${what} wordt niet getoond maar komt als tekst op de pagina: er staat een spatie in het pad (${target}). Hernoem het bestand zonder spaties (${target.replace(/\s+/g, '-')}) of zet het pad tussen < en >: (<${target}>).`,
      });
    }
  });
  return out;
}

/** A file not saved as UTF-8 (the build would show é as �): the way to save it right. */
export function encodingProblem(bytes: Buffer): string | undefined {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && !bytes.toString('utf8').includes('\uFFFD')) return undefined;
  return `Dit bestand is niet als UTF-8 opgeslagen${utf16 ? ' (maar als UTF-16)' : ''}, dus letters als é en ë komen verkeerd op de site. Sla het opnieuw op als UTF-8 (in Kladblok: Opslaan als › Codering: UTF-8; in de GitHub-editor gebeurt dat vanzelf).`;
}

/**
 * Lines holding an invisible character pasted along with the text (lib/pasted-characters),
 * as typed in the file: the field is the key of the front matter line it is on (or above it,
 * for a list item), or `tekst` below the front matter. The YAML reader refuses most of them
 * outright, so this finding replaces its general one. (A character written as an escape,
 * "\v", is read first and then refused by the schema, with the same message.)
 */
export function pastedCharacterLines(
  text: string,
  isText: boolean,
): { line: number; field: string; message: string }[] {
  const lines = text.split(/\r?\n/);
  const bodyStart = isText ? bodyStartIndex(lines) : lines.length;
  let key = 'opmaak';
  const out: { line: number; field: string; message: string }[] = [];
  lines.forEach((l, i) => {
    const own = i < bodyStart ? /^\s*(?:-\s+)?([A-Za-z][\w-]*):(?:\s|$)/.exec(l)?.[1] : undefined;
    if (own) key = own;
    // Where it is, said in the words of the value: without the field name and opening quote.
    const message = pastedCharacterMessage(
      i < bodyStart ? l.replace(/^\s*(?:-\s+)?(?:[A-Za-z][\w-]*:\s*)?["']?/, '') : l,
    );
    if (message) out.push({ line: i + 1, field: i < bodyStart ? key : 'tekst', message });
  });
  return out;
}
