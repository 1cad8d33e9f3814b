/**
 * `npm run test:sites` as CI runs it: a failed site's own error reaches the log, the other
 * sites still build, and the step's outputs tell the editors' summary which site failed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildForCheck, buildSites, stepOutputs, type SiteName } from '../helpers/site-builds';

const astroError = '[InvalidContentEntryDataError] verhalen → sanne data does not match collection schema.';

/** A build of three sites in which `failing` fail, with what each part of it got. */
function fakeBuild(failing: SiteName[]) {
  const log: string[] = [];
  const done: Partial<Record<SiteName, string>> = {};
  const options = {
    log: (line: string) => log.push(line),
    build: (name: SiteName) =>
      failing.includes(name)
        ? Promise.reject(new Error(`Build into tests/.output/${name} failed:\n${astroError}`))
        : Promise.resolve(),
    done: (name: SiteName, failure: string) => (done[name] = failure),
  };
  return { log, done, options };
}

async function run(failing: SiteName[]) {
  const { log, done, options } = fakeBuild(failing);
  const outcomes = await buildSites(['fixture', 'real', 'fixtureBase'], options);
  return { log, done, outcomes };
}

describe('building the test sites', () => {
  it("logs a failed site's Astro error, hands it to the site's ready mark (what waitForSites reads), and builds the rest", async () => {
    const { log, done, outcomes } = await run(['fixture']);
    expect(log.find((l) => l.startsWith('fixture:'))).toBe(
      `fixture: bouwen mislukt\nBuild into tests/.output/fixture failed:\n${astroError}`,
    );
    expect(log.filter((l) => /^(real|fixtureBase): gebouwd in \d+\.\d s$/.test(l))).toHaveLength(2);
    expect(done.fixture).toContain(astroError);
    expect([done.real, done.fixtureBase]).toEqual(['', '']);
    expect(outcomes).toEqual({ fixture: 'failure', real: 'success', fixtureBase: 'success' });
  });

  it("tells the summary whether the editor's site or only a fixture site failed", async () => {
    expect(stepOutputs((await run(['fixtureBase'])).outcomes)).toBe('echt=success\ntestsites=failure\n');
    expect(stepOutputs((await run(['real'])).outcomes)).toBe('echt=failure\ntestsites=success\n');
    expect(stepOutputs((await run([])).outcomes)).toBe('echt=success\ntestsites=success\n');
    // Sites that were current are not built, and count as built.
    expect(stepOutputs({})).toBe('echt=success\ntestsites=success\n');
  });

  it('npm run test:sites writes the outputs in every case and exits with 1 when any site failed', async () => {
    const outputFile = join(mkdtempSync(join(tmpdir(), 'mbo030-output-')), 'github-output');
    writeFileSync(outputFile, 'eerder=1\n');
    const failed = fakeBuild(['fixtureBase']);
    expect(await buildForCheck(['real', 'fixtureBase'], { ...failed.options, outputFile })).toBe(1);
    expect(readFileSync(outputFile, 'utf8')).toBe('eerder=1\necht=success\ntestsites=failure\n');
    expect(failed.log.at(-1)).toMatch(/^Bouwen mislukt: fixtureBase \(zie .*<site>\.log\)$/);
    const fine = fakeBuild([]);
    expect(await buildForCheck(['real'], { ...fine.options, outputFile })).toBe(0);
    expect(readFileSync(outputFile, 'utf8')).toMatch(/echt=success\ntestsites=success\n$/);
    expect(fine.log.at(-1)).toBe('Testsites gebouwd: real.');
  });
});
