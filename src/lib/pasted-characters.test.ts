import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pastedCharacterFormPattern, pastedCharacterMessage, pastedCharacters } from './pasted-characters';

/** XML 1.0, production [2] Char: what a feed may hold. Written out here, apart from the module's own rule. */
const xmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);
/** HTML: control characters other than ASCII white space, and noncharacters, are parse errors in a page. */
const htmlError = (cp: number) =>
  (cp <= 0x1f && ![0x9, 0xa, 0xc, 0xd].includes(cp)) ||
  (cp >= 0x7f && cp <= 0x9f) ||
  (cp >= 0xfdd0 && cp <= 0xfdef) ||
  (cp & 0xfffe) === 0xfffe;
/** Code points of a string, a lone surrogate as itself. */
const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!);

describe('pasted characters', () => {
  it('names a line break from Word, where it is, and what to do', () => {
    expect(pastedCharacterMessage('Anna\u000bloopt stage')).toBe(
      'Hier staat een onzichtbaar teken: een regeleinde uit Word (U+000B), na "Anna". Het komt meestal mee als je tekst plakt, bijvoorbeeld uit Word of een pdf. Zo\'n teken mag niet in een webpagina of een nieuwsfeed staan. Haal het weg: typ de tekst rond die plek opnieuw.',
    );
  });

  it('counts them, tells a character from another encoding, and one at the start', () => {
    const message = pastedCharacterMessage('\u0092t Is mooi\u000c')!;
    expect(message).toMatch(
      /^Hier staat een onzichtbaar teken: een teken uit een andere codering \(U\+0092\), aan het begin\./,
    );
    expect(message).toContain('Er staan 2 van zulke tekens in.');
    expect(message).toContain('vaak was het een aanhalingsteken of een streepje');
    // U+0092 is allowed in XML 1.0, so the message does not say it breaks the feed.
    expect(message).not.toContain('nieuwsfeed');
  });

  it('leaves tab, new lines, emoji, accents, right-to-left text and invisible joiners alone', () => {
    for (const ok of [
      'a\tb',
      'a\nb\r\nc',
      'Zoë 👩‍🎓 🇳🇱',
      'محمد',
      'q\u0303',
      'zero\u200bwidth',
      'soft\u00adhyphen',
      '\u{10FFFD}',
    ])
      expect(pastedCharacters(ok), JSON.stringify(ok)).toEqual([]);
  });

  it('refuses lone surrogates and noncharacters of every plane, not a surrogate pair', () => {
    expect(pastedCharacters('a\ud800b').map((c) => c.codePoint)).toEqual([0xd800]);
    expect(pastedCharacters('\udc00').map((c) => c.codePoint)).toEqual([0xdc00]);
    expect(pastedCharacters('\u{1FFFE}\u{10FFFF}\uFDD0').map((c) => c.codePoint)).toEqual([0x1fffe, 0x10ffff, 0xfdd0]);
    expect(pastedCharacters('\ud83d\ude00')).toEqual([]);
  });

  // Any string an editor can paste: what passes is XML and HTML text; what does not, gets a message.
  // Pure CPU work (hundreds of strings, or every code point): more than Vitest's 5 s on a busy 2-core machine.
  it(
    'for any string: accepted text is valid in a feed and a page, refused text gets a message',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
          const found = pastedCharacters(s);
          if (found.length === 0) {
            for (const cp of codePoints(s)) {
              expect(xmlChar(cp), `U+${cp.toString(16)} in ${JSON.stringify(s)}`).toBe(true);
              expect(htmlError(cp), `U+${cp.toString(16)} in ${JSON.stringify(s)}`).toBe(false);
            }
            expect(pastedCharacterMessage(s)).toBeUndefined();
          } else {
            expect(pastedCharacterMessage(s)).toMatch(/^Hier staat een onzichtbaar teken: .* \(U\+[0-9A-F]{4,6}\), /);
          }
        }),
        { numRuns: 300, seed: 20261207 },
      );
    },
  );

  // Pure CPU work (hundreds of strings, or every code point): more than Vitest's 5 s on a busy 2-core machine.
  it('refuses every code point that XML or HTML forbids, one by one', { timeout: 60_000 }, () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0x20 && cp < 0x7f) continue;
      const bad = !xmlChar(cp) || htmlError(cp);
      const refused = pastedCharacters(String.fromCodePoint(cp)).length > 0;
      // U+000C (page break) is white space to HTML but not a character to XML: refused for the feed.
      if (bad !== refused) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the same rule in the CMS form', () => {
  // Pure CPU work (hundreds of strings, or every code point): more than Vitest's 5 s on a busy 2-core machine.
  it(
    'for any string of the first 65,536 code points: the form pattern matches exactly when the rule finds nothing',
    { timeout: 60_000 },
    () => {
      const form = new RegExp(pastedCharacterFormPattern.regex);
      fc.assert(
        fc.property(
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }),
          (s) => {
            const loneSurrogate = /[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
            if (!loneSurrogate) expect(form.test(s), JSON.stringify(s)).toBe(pastedCharacters(s).length === 0);
          },
        ),
        { numRuns: 300, seed: 20261207 },
      );
      for (let cp = 0; cp <= 0xffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const s = String.fromCharCode(cp);
        expect(form.test(s), `U+${cp.toString(16)}`).toBe(pastedCharacters(s).length === 0);
      }
      expect(pastedCharacterFormPattern.message).toMatch(/^Hier staat een onzichtbaar teken, .*Typ de tekst/);
    },
  );
});
