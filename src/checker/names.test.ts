import { describe, expect, it } from 'vitest';
import { nameMentions, personTagIds } from './names';

const fleur = { id: 'fleur', naam: 'Fleur' };

describe('name mentions', () => {
  it('finds a name typed as text, with its line', () => {
    expect(
      nameMentions('---\ntitel: Met Fleur op het podium\n---\n\nFleur, 19, vertelt.', [fleur]).map((m) => m.line),
    ).toEqual([2, 5]);
  });
  it('ignores the name inside <Persoon>, the lower-case id, comments and longer words', () => {
    const text =
      'ambassadeurs: [fleur]\n# Fleur in a comment\nMet <Persoon id="fleur" /> en <Persoon id="fleur"></Persoon>.\nFleurige bloemen.';
    expect(nameMentions(text, [fleur])).toEqual([]);
  });
  it('reads the ids of <Persoon> tags', () => {
    expect(personTagIds('<Persoon id="fleur" /> en <Persoon id=\'sabria\'/>')).toEqual(['fleur', 'sabria']);
    expect(personTagIds('# In de tekst: <Persoon id="…" />\ntitel: x')).toEqual([]);
  });
});
