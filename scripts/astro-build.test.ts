import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_ENV, buildEnv, launch } from './astro-build.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const dir = mkdtempSync(join(tmpdir(), 'mbo030-astro-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build launcher', () => {
  it("adds MIMALLOC_PURGE_DELAY=0 and lets the caller's own value win", () => {
    expect(BUILD_ENV).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
    expect(buildEnv({ CONTENT_DIR: 'x' })).toEqual({ MIMALLOC_PURGE_DELAY: '0', CONTENT_DIR: 'x' });
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '50' }).MIMALLOC_PURGE_DELAY).toBe('50');
  });

  it('starts the build with that environment and its arguments, and returns its exit code', async () => {
    // A stand-in for Astro's CLI that writes down what it was given, then fails with 3.
    const bin = join(dir, 'fake-astro.mjs');
    const report = join(dir, 'report.json');
    writeFileSync(
      bin,
      [
        "import { writeFileSync } from 'node:fs';",
        'const args = process.argv.slice(2);',
        'writeFileSync(args[1], JSON.stringify({ args, purgeDelay: process.env.MIMALLOC_PURGE_DELAY }));',
        'process.exit(3);',
      ].join('\n'),
    );
    expect(await launch([report, '--verbose'], bin)).toBe(3);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({
      args: ['build', report, '--verbose'],
      purgeDelay: process.env.MIMALLOC_PURGE_DELAY ?? '0',
    });
  });

  it('is how every npm script builds the site', () => {
    const building = Object.entries(pkg.scripts).filter(([, command]) => /astro build|astro-build/.test(command));
    expect(building.map(([name]) => name).sort()).toEqual(['build', 'start']);
    for (const [name, command] of building) {
      expect(command, name).toMatch(/&& node scripts\/astro-build\.mjs( &&|$)/);
      expect(command, name).not.toMatch(/astro build/);
    }
  });
});
