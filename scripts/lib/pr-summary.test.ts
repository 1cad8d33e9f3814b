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
    expect(s).toContain('Er moet nog iets worden aangepast');
    expect(s).toContain('[deze pagina](https://github.com/o/r/actions/runs/1)');
    expect(s).toContain('site-voorbeeld');
  });
  it('sends the editor to the annotated line when the content check fails, and offers no preview without a build', () => {
    const s = prSummary({ content: 'failure', build: 'skipped', tests: 'skipped' });
    expect(s).toContain('Files changed');
    expect(s).toContain('niet uitgevoerd');
    expect(s).toContain('nog geen voorbeeld');
  });
});
