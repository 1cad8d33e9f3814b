/**
 * Share cards name what the page names. The build keeps, beside the cached PNGs, the texts each card draws
 * (deelkaarten/teksten.json in the build cache): pixels cannot be searched for a name, that record can.
 * Checked here: every school the page lists and the date at the source's precision; four schools on the
 * real site; and consent: with Bram's consent valid a card names him (so the check cannot pass vacuously),
 * once it has ended no card does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { page, text } from '../helpers/dist';

const cardTexts = (site: string): Record<string, string[]> =>
  JSON.parse(readFileSync(`${site}-cache/deelkaarten/teksten.json`, 'utf8'));

describe('share cards name what the page names', () => {
  it('gives each event its date at the precision the source gives', () => {
    const cards = cardTexts(sites.fixture);
    expect(cards['agenda/toekomst-dag']![0]).toBe('Agenda · zaterdag 20 augustus 2022');
    expect(cards['agenda/toekomst-reeks']![0]).toBe('Agenda · 30 september – 2 oktober 2022');
    expect(cards['agenda/verleden-maand']![0]).toBe('Agenda · augustus 2020');
    expect(cards['agenda/verleden-jaar']![0]).toBe('Agenda · 2021');
    expect(cards['agenda/zonder-datum']![0]).toBe('Agenda');
  });

  it('names every school of an event, and what the card says of the date and schools is on the page', () => {
    const cards = cardTexts(sites.fixture);
    expect(cards['agenda/verleden-maand']!.slice(2)).toEqual(['Alfa College en Beta School']);
    for (const [key, [eyebrow, , ...schools]] of Object.entries(cards).filter(([k]) => k.startsWith('agenda/'))) {
      const main = text(page(sites.fixture, `/${key}/`).querySelector('main')).replace(/\s+/g, ' ');
      const date = eyebrow!.replace(/^Agenda( · )?/, '');
      if (date) expect(main, key).toContain(date);
      for (const name of schools
        .join(' ')
        .split(/, | en /)
        .filter(Boolean))
        expect(main, key).toContain(name);
    }
  });

  it('names all four schools of a real event with four', () => {
    expect(cardTexts(sites.real)['agenda/domtoren-700-jaar']).toEqual([
      'Agenda · 2021',
      '700 jaar Domtoren',
      'ROC Midden Nederland, MBO Utrecht,',
      'Grafisch Lyceum Utrecht en Nimeto',
    ]);
  });

  it('names no person whose consent ended, on any card', () => {
    const naming = (site: string) =>
      Object.entries(cardTexts(site))
        .filter(([, t]) => t.some((line) => /\bBram\b/.test(line)))
        .map(([k]) => k);
    expect(naming(sites.fixtureConsentValid)).toContain('ambassadeurs/bram');
    expect(naming(sites.fixture)).toEqual([]);
  });
});
