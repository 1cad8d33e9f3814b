/**
 * `npm run test:sites` as CI runs it: a failed site's own error reaches the log, the other
 * sites still build, and the step's outputs tell the editors' summary which site failed.
 */
import { describe, expect, it } from 'vitest';
import { buildSites, stepOutputs, type SiteName } from '../helpers/site-builds';

const astroError = '[InvalidContentEntryDataError] verhalen → sanne data does not match collection schema.';

async function run(failing: SiteName[]) {
  const log: string[] = [];
  const done: Partial<Record<SiteName, string>> = {};
  const outcomes = await buildSites(['fixture', 'real', 'fixtureBase'], {
    log: (line) => log.push(line),
    build: (name) =>
      failing.includes(name)
        ? Promise.reject(new Error(`Build into tests/.output/${name} failed:\n${astroError}`))
        : Promise.resolve(),
    done: (name, failure) => (done[name] = failure),
  });
  return { log, done, outcomes };
}

describe('building the test sites', () => {
  it("logs a failed site's Astro error, marks it failed for the tests that wait on it, and builds the rest", async () => {
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
});
