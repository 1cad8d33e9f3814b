/** Runs the Astro CLI of this project in a child process, with its own content, output and cache folders. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const outputRoot = `${root}tests/.output`;
export const fixtureContent = `${root}tests/fixtures/content`;
/** The fixed "now" of all fixture content. */
export const FIXTURE_NOW = '2022-06-15T10:00:00Z';
export const TEST_SITE = 'https://test.mbo030.nl';
/** A "now" before Bram's consent ended (2022-06-14): his name must then be on the site. */
export const CONSENT_VALID_NOW = '2022-06-10T10:00:00Z';

export interface AstroRun {
  code: number;
  output: string;
}

export function runAstro(command: 'build' | 'sync', env: Record<string, string>): Promise<AstroRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, command], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Where each test site is built. */
export const sites = {
  fixture: `${outputRoot}/fixture`,
  /** The same fixture built with TZ=America/New_York: must equal the UTC build byte for byte. */
  fixtureNewYork: `${outputRoot}/fixture-new-york`,
  fixtureBase: `${outputRoot}/fixture-base`,
  /** The fixture a few days earlier (CONSENT_VALID_NOW), while Bram's consent still holds. */
  fixtureConsentValid: `${outputRoot}/fixture-consent-valid`,
  real: `${outputRoot}/real`,
};
