/**
 * A count in Dutch words, as the site writes it in running text ("de vier mbo-scholen"): words up to
 * twelve, digits above. Labels that name a number of things take it from the content, so they stay
 * true when a school is added or removed.
 */
const WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}
