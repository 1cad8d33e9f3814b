/**
 * Characters nobody types but that come along when text is pasted: a line break
 * from Word (U+000B), a page break (U+000C) and other control characters, text
 * saved in another encoding (U+0080–U+009F), and code points that Unicode keeps
 * free as "not a character". HTML does not allow any of them in a page; XML 1.0
 * (our news feeds) forbids the C0 controls and U+FFFE/U+FFFF outright, so one of
 * those makes a whole feed unreadable for a feed reader. Tab, line feed and
 * carriage return are ordinary white space and not part of this.
 *
 * One rule for the schemas (so the build refuses such a value) and the content
 * checker (which also finds them in the running text and in front matter the
 * YAML reader cannot read because of them).
 */

/** The Unicode noncharacters U+nFFFE and U+nFFFF of all 17 planes. */
const planeEnds = Array.from({ length: 17 }, (_, plane) =>
  [0xfffe, 0xffff].map((end) => `\\u{${(plane * 0x10000 + end).toString(16)}}`).join(''),
).join('');

/** Every code point this module refuses; lone surrogates too (a pair is one code point and passes). */
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uD800-\\uDFFF${planeEnds}]`,
  'gu',
);

/** The ones XML 1.0 does not allow at all (a feed with one of them is not XML). */
// eslint-disable-next-line no-control-regex -- these control characters are what the rule is about
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

export interface PastedCharacter {
  codePoint: number;
  /** Index in the string (UTF-16 units). */
  index: number;
}

/** Every refused character in `text`, in order. */
export function pastedCharacters(text: string): PastedCharacter[] {
  return [...text.matchAll(FORBIDDEN)].map((m) => ({ codePoint: m[0].codePointAt(0)!, index: m.index }));
}

/** U+000B as people write it. */
export const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function kind(cp: number): string {
  if (cp === 0x0b) return 'een regeleinde uit Word';
  if (cp === 0x0c) return 'een pagina-einde';
  if (cp >= 0x80 && cp <= 0x9f) return 'een teken uit een andere codering';
  if (cp < 0x20 || cp === 0x7f) return 'een stuurteken';
  return 'een ongeldig teken';
}

/** How every message of this rule begins. */
export const PASTED_CHARACTER = 'Hier staat een onzichtbaar teken';

/**
 * An editor's explanation of the first refused character in `text`: what it is,
 * where (after which words), what it does and how to get rid of it; undefined
 * when there is none.
 */
export function pastedCharacterMessage(text: string): string | undefined {
  const found = pastedCharacters(text);
  const first = found[0];
  if (!first) return undefined;
  const before = text.slice(0, first.index).replace(FORBIDDEN, '').replace(/\s+/g, ' ').trimEnd();
  const where = before ? `na "${[...before].slice(-25).join('')}"` : 'aan het begin';
  const more = found.length > 1 ? ` Er staan ${found.length} van zulke tekens in.` : '';
  const harm = NOT_XML.test(String.fromCodePoint(first.codePoint))
    ? "Zo'n teken mag niet in een webpagina of een nieuwsfeed staan."
    : "Zo'n teken mag niet in een webpagina staan.";
  const origin =
    first.codePoint >= 0x80 && first.codePoint <= 0x9f
      ? 'Het komt mee als tekst in een andere codering was opgeslagen; vaak was het een aanhalingsteken of een streepje.'
      : 'Het komt meestal mee als je tekst plakt, bijvoorbeeld uit Word of een pdf.';
  return `${PASTED_CHARACTER}: ${kind(first.codePoint)} (${codePointName(first.codePoint)}), ${where}.${more} ${origin} ${harm} Haal het weg: typ de tekst rond die plek opnieuw.`;
}

/**
 * The same rule for the CMS form, which checks a field as the editor types: a
 * pattern without the `u` flag, so it covers the characters of the first 65,536
 * code points (all that pasting from Word or another encoding brings); the
 * content check also refuses the rare rest (lone surrogates, noncharacters of
 * the other planes).
 */
export const pastedCharacterFormPattern = {
  regex: '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$',
  message: `${PASTED_CHARACTER}, bijvoorbeeld een regeleinde uit Word. Het mag niet in een webpagina staan. Typ de tekst rond die plek opnieuw.`,
};
