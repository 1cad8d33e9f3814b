/** The real site from content/: every page type exists with the plan's content. */
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { page, pagePaths, text } from '../helpers/dist';

const dir = sites.real;

describe('the real content', () => {
  it('has the four Utrecht mbo schools', () => {
    const names = page(dir, '/scholen/').querySelectorAll('main h3').map(text);
    expect(names.sort()).toEqual(['Grafisch Lyceum Utrecht', 'MBO Utrecht', 'Nimeto', 'ROC Midden Nederland']);
  });

  it('has the stories the plan tells and its ambassadors', () => {
    const paths = pagePaths(dir);
    for (const p of [
      '/verhalen/fleur-eigen-bedrijf/',
      '/verhalen/sabria-gelooft-in-zichzelf/',
      '/verhalen/utrechtse-cityhosts/',
      '/verhalen/future-care-labs/',
      '/verhalen/tec-utrecht/',
      '/verhalen/bouw-is-wouw/',
      '/verhalen/beroepentuin-overvecht/',
      '/ambassadeurs/fleur/',
      '/ambassadeurs/sabria/',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('has every event the plan names, dated only as precisely as the plan does', () => {
    // The agenda shows the newest past events; older ones are on the archive page of their year.
    const agenda = ['/agenda/', ...pagePaths(dir).filter((p) => p.startsWith('/agenda/archief/'))]
      .map((p) => text(page(dir, p).querySelector('main')))
      .join(' ');
    for (const title of [
      'De Vuelta in Utrecht',
      '50 jaar FC Utrecht',
      'Nijntje wordt 65',
      'Themajaar Slavernij',
      '100 jaar Inktpot',
      '700 jaar Domtoren',
      '900 jaar stadsrechten',
      'Skills the Finals',
      'Nieuwjaarsreceptie',
      'Young Impact Day',
      'Van Gas Los',
      'Jeugdcongres Duurzaamheid',
      'Techniekweek',
      'Dag van de Bouw',
    ]) {
      expect(agenda).toContain(title);
    }
    expect(text(page(dir, '/agenda/vuelta-2020/').querySelector('main dl'))).toContain('augustus 2020');
    expect(text(page(dir, '/agenda/vuelta-2020/').querySelector('main dl'))).not.toMatch(/\d+ augustus/);
    expect(text(page(dir, '/agenda/raadsinformatiebijeenkomst-2019/').querySelector('main dl'))).toContain(
      'dinsdag 5 november 2019',
    );
  });

  it('labels the schools of a page "School" for one and "Scholen" for more', () => {
    const facts = (path: string) =>
      page(dir, path)
        .querySelectorAll('main dl dt')
        .map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
    expect(facts('/agenda/vuelta-2020/')).toContainEqual(
      'Scholen: ROC Midden Nederland, MBO Utrecht, Grafisch Lyceum Utrecht, Nimeto',
    );
    expect(facts('/agenda/cityhosts-jaarcongres-utrecht-marketing/')).toContainEqual(
      expect.stringMatching(/^School: \S/),
    );
    expect(facts('/verhalen/fleur-eigen-bedrijf/')).toContainEqual(expect.stringMatching(/^School: \S/));
  });

  it('has the first Mbo Tour 030 visit and the fixed pages', () => {
    expect(text(page(dir, '/mbo-tour-030/mbo-utrecht-zorg-en-welzijn/').querySelector('main'))).toContain(
      'Academie voor Welzijn',
    );
    expect(text(page(dir, '/mbo-tour-030/').querySelector('aside'))).toMatch(
      /Het dagboek noemt een bezoek aan één school:\s*✓\s*MBO Utrecht$/,
    );
    for (const p of ['/mbo030/', '/over/', '/toegankelijkheid/', '/privacy/']) expect(pagePaths(dir)).toContain(p);
  });

  it('says on the privacy page what its forms send to the server: a word typed into a GET form is in the web address', () => {
    // Every form that sends typed text as a query string, on any page (the header's search box on all of them).
    const sent = new Set<string>();
    for (const p of pagePaths(dir))
      for (const form of page(dir, p).querySelectorAll('form')) {
        if ((form.getAttribute('method') ?? 'get').toLowerCase() !== 'get') continue;
        const action = new URL(form.getAttribute('action') ?? '', `https://x.test${p}`).pathname;
        for (const input of form.querySelectorAll('input[type=search], input[type=text], input:not([type])'))
          if (input.getAttribute('name')) sent.add(`${action}?${input.getAttribute('name')}=`);
      }
    expect([...sent]).toContain('/zoeken/?q=');
    const privacy = text(page(dir, '/privacy/').querySelector('main'));
    for (const address of sent) expect(privacy, `the privacy page names ${address}`).toContain(address);
    expect(privacy).toMatch(/zoekwoord in het webadres/);
    expect(privacy).not.toMatch(/niet naar (een|de) server|legt niets over jou vast/);
  });
});
