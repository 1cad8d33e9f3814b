/**
 * Text an editor can type by hand in an MDX file: every printable ASCII character and
 * a set of others (Dutch accents, quotes, dashes, other scripts, emoji), each in five
 * places in a line. The lines the checker's body rules accept make one story; the
 * scaffold test runs the full checker and one build on it: checker green ⇒ build green.
 */
import { bodyProblems } from '../../src/checker/body';

const ascii = Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i));
const others = [...'“”‘’„‚–—…€½×·«»éëïüçßøåæœğşıłőűñ', '👩‍🎓', '🇳🇱', 'محمد', 'עברית', '中文'];

/** What editors type around braces, tags and entities (each alone would be refused as a syntax error). */
const pairs = ['a {naam} b', '{1 + 1}', 'a \\{naam} b', '<b>vet</b> en <i>schuin</i>', '&amp; &#123; &euro;', '<br />'];

/** Each character in five places: inside a word, between spaces, at the line's start, three times, in brackets. */
const variants = (c: string) => [`a${c}b`, `a ${c} b`, `${c}a`, `${c}${c}${c}`, `(${c})`];

export interface TypedLines {
  /** Lines the body rules accept: the build must render them. */
  accepted: string[];
  /** Lines they refuse, such as `a{b`: the checker names the fix. */
  refused: string[];
}

/** Splits every typed line into accepted and refused by the checker's body rules (as the only line of an MDX body). */
export function typedLines(): TypedLines {
  const accepted: string[] = [];
  const refused: string[] = [];
  for (const line of [...pairs, ...[...ascii, ...others].flatMap(variants)]) {
    const problems = bodyProblems(`---\ntitel: x\n---\n\n${line}\n`, true).filter((p) => p.message !== '');
    (problems.length === 0 ? accepted : refused).push(line);
  }
  return { accepted, refused };
}

/**
 * A story whose body has each accepted line as its own paragraph. A line of three backticks or
 * tildes opens a code block that would hold every line after it as plain text: those are left out.
 */
export function storyWithEveryCharacter(typed: string[]): string {
  const lines = typed.filter((l) => !/^(```|~~~)/.test(l));
  return `---
titel: Elk teken dat je kunt typen
samenvatting: Een verhaal met elk teken in de tekst, om te zien dat de site het bouwt.
ambassadeurs: []
scholen:
  - beta-school
sector: creatief
datum: 2022-03-02
bron: Testbron, hoofdstuk 1
afbeelding:
  src: ../afbeeldingen/hero.png
  alt: Abstracte illustratie bij een verhaal met elk teken
---

Begin van de tekens.

${lines.join('\n\n')}

Einde van de tekens.
`;
}
