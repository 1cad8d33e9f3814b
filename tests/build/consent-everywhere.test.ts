/**
 * Consent covers every mention. Bram's consent ends on 2022-06-14. Built a few
 * days earlier, his name is on his page, his story, an event, a diary entry, his
 * school's page and in the search index (so this test cannot pass vacuously).
 * Built at the fixture's "now" (2022-06-15), the name is in no file of dist/: not in
 * any path, not in the bytes of any file (HTML, JSON-LD, .ics, sitemap, feeds, scripts,
 * the CMS's files, image metadata), and not in the decompressed search index. And the
 * publishing workflow gets to that build: nothing before it stops on an ended consent.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/checker/check';
import { formatFinding } from '../../src/checker/findings';
import { FIXTURE_NOW, fixtureContent, root, sites } from '../helpers/astro-run';
import { listFiles, page, text } from '../helpers/dist';

const NAME = 'Bram';

/**
 * A built file as text: its path, then its bytes (latin1, so that ASCII in a binary file, such
 * as image metadata, stays readable). Pagefind's files are gzip with a signature: decompressed.
 */
function readable(site: string, file: string): string {
  const raw = readFileSync(`${site}/${file}`);
  if (file.startsWith('pagefind/') && /\.pf_(fragment|index|meta|filter)$/.test(file)) {
    const data = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
    return `${file}\n${data.subarray(data.subarray(0, 12).toString() === 'pagefind_dcd' ? 12 : 0).toString('utf8')}`;
  }
  return `${file}\n${raw.toString(/\.(png|webp|jpe?g|avif|woff2|wasm|zip|ico)$/.test(file) ? 'latin1' : 'utf8')}`;
}

const readSites = new Map<string, Map<string, string>>();

/** Every built file, of any kind, whose path or content contains `pattern`. */
function filesNaming(site: string, pattern: RegExp): string[] {
  let files = readSites.get(site);
  if (!files) readSites.set(site, (files = new Map(listFiles(site).map((f) => [f, readable(site, f)]))));
  return [...files].filter(([, content]) => pattern.test(content)).map(([file]) => file);
}

describe('consent covers every mention', () => {
  it('with consent valid, the name is on every page that refers to him and in the search index', () => {
    const site = sites.fixtureConsentValid;
    expect(text(page(site, '/ambassadeurs/bram/').querySelector('h1'))).toBe(NAME);
    expect(text(page(site, '/agenda/lopend/').querySelector('main'))).toContain(`Met ${NAME} als gids`);
    expect(text(page(site, '/agenda/lopend/').querySelector('main dl'))).toContain(NAME);
    expect(text(page(site, '/mbo-tour-030/bezoek-alfa/').querySelector('main dl'))).toContain(NAME);
    expect(text(page(site, '/scholen/alfa-college/').querySelector('main'))).toContain(NAME);
    const named = filesNaming(site, new RegExp(`\\b${NAME}\\b`));
    expect(named).toEqual(expect.arrayContaining(['ambassadeurs/bram/index.html', 'verhalen/bram-verhaal/index.html']));
    expect(named.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(filesNaming(site, /\/ambassadeurs\/bram\//)).toContain('sitemap-0.xml');
    // A file that names him only in its path (his share card) counts too.
    expect(filesNaming(site, /\bbram\b/)).toContain('deelkaarten/ambassadeurs/bram.png');
  });

  it('once consent has ended, the name is in no file at all, and the pages that stay show no name', () => {
    const site = sites.fixture;
    expect(filesNaming(site, new RegExp(`\\b${NAME}\\b`))).toEqual([]);
    expect(filesNaming(site, /\bbram\b/)).toEqual([]);
    expect(text(page(site, '/agenda/lopend/').querySelector('main'))).toContain('Met een ambassadeur als gids');
    expect(page(site, '/mbo-tour-030/bezoek-alfa/').querySelector('main a[href="/ambassadeurs/anna/"]')).not.toBeNull();
  });

  it('the publishing workflow reaches that build: no step before it stops on the ended consent', async () => {
    // deploy.yml checks the content before it builds (on main and every night). If an ended consent
    // were an error there, the build that removes the name would never run, and the site online would
    // keep it.
    const workflow = parse(readFileSync(`${root}.github/workflows/deploy.yml`, 'utf8')) as {
      jobs: { build: { steps: { run?: string }[] } };
    };
    const steps = workflow.jobs.build.steps;
    const build = steps.findIndex((s) => s.run === 'npm run build');
    expect(build).toBeGreaterThan(0);
    // Each command before the build, and what it does with this content (a new one belongs here).
    expect(steps.slice(0, build).flatMap((s) => (s.run ? [s.run] : []))).toEqual(['npm ci', 'npm run check:content']);
    const findings = await checkContent({ dir: fixtureContent, now: new Date(FIXTURE_NOW) });
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect(findings.map(formatFinding)).toContainEqual(
      expect.stringMatching(
        /ambassadeurs\/bram\.mdx:\d+: waarschuwing: veld 'toestemming\.tot': De toestemming is verlopen/,
      ),
    );
  });
});
