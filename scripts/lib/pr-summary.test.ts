import { describe, expect, it } from 'vitest';
import { prSummary } from './pr-summary';

describe('the pull request summary for editors', () => {
  it('says all is well and where the deploy preview is', () => {
    const s = prSummary({
      content: 'success',
      build: 'success',
      tests: 'success',
      previewUrl: 'https://deploy-preview-12--mbo030.netlify.app',
    });
    expect(s).toContain('Alles in orde');
    expect(s).toContain('https://deploy-preview-12--mbo030.netlify.app');
  });
  it('without a preview host, points to the downloadable site on the run page', () => {
    const s = prSummary({
      content: 'success',
      build: 'success',
      tests: 'failure',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(s).toContain('een ontwikkelaar kijkt mee');
    expect(s).toContain('[deze pagina](https://github.com/o/r/actions/runs/1)');
    expect(s).toContain('site-voorbeeld');
  });
  it('sends the editor to the annotated line when the content check fails, and offers no preview without a build', () => {
    const s = prSummary({ content: 'failure', build: 'skipped', tests: 'skipped' });
    expect(s).toContain('Files changed');
    expect(s).toContain('niet uitgevoerd');
    expect(s).toContain('nog geen voorbeeld');
  });
  it('blames the site, not the content, when the site fails to build after a green content check', () => {
    const s = prSummary({ content: 'success', build: 'failure', fixtures: 'success', tests: 'skipped' });
    expect(s).toContain('❌ Site bouwen: niet in orde. De inhoudscontrole vond geen fout in je wijziging');
    expect(s).not.toMatch(/meestal|aan de inhoud/i);
    expect(s).toContain('nog geen voorbeeld');
  });
  it("when only a developers' test site fails, says the editor's site was built and offers its preview", () => {
    const s = prSummary({ content: 'success', build: 'success', fixtures: 'failure', tests: 'skipped' });
    expect(s).toContain('- ✅ Site bouwen: in orde.');
    expect(s).toContain(
      '❌ Testsites van de ontwikkelaars: niet in orde. Die gebruiken voorbeeldinhoud, niet jouw wijziging',
    );
    expect(s).toContain('site-voorbeeld');
  });
  it('leaves the test sites out while they pass', () => {
    expect(prSummary({ content: 'success', build: 'success', fixtures: 'success', tests: 'success' })).not.toContain(
      'Testsites',
    );
  });
  it('does not send the editor back to their content when only a later step failed, and says when a run was stopped', () => {
    const later = prSummary({ content: 'success', build: 'success', fixtures: 'success', tests: 'failure' });
    expect(later).toContain('## De inhoud is in orde, maar een latere controle niet');
    expect(later).toContain('aan de site liggen of aan je wijziging');
    const stopped = prSummary({ content: 'success', build: 'cancelled', tests: 'skipped' });
    expect(stopped).toContain('- ⏹️ Site bouwen: gestopt, omdat de controle werd afgebroken.');
    expect(stopped).toContain('de site is niet gebouwd.');
    expect(prSummary({ content: 'failure', build: 'skipped', tests: 'skipped' })).toContain(
      '## Er moet nog iets worden aangepast',
    );
  });
});
