/** Plain-language (B1) hints for the texts readers see first. */

/** B1 hints for a summary: sentences over 20 words, words over 20 letters. */
export function b1Hints(text: string): string[] {
  const hints: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const words = sentence.split(/\s+/).filter(Boolean);
    if (words.length > 20)
      hints.push(
        `Lange zin (${words.length} woorden): "${words.slice(0, 6).join(' ')} …". Op B1-niveau is een zin liefst korter dan 15 woorden.`,
      );
  }
  for (const word of text.match(/[\p{L}-]{21,}/gu) ?? [])
    hints.push(`Lang woord: "${word}". Kan het korter of in twee woorden?`);
  return hints;
}
