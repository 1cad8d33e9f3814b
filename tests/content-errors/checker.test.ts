/**
 * The content checker on the bad-input corpus: for each kind of mistake the
 * exact lines it prints (file, line, field, Dutch message) and its exit code;
 * the clean content passes; the GitHub annotation format.
 */
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, root } from '../helpers/astro-run';
import { cases } from './cases';
import { prepareCase, removeCase } from './prepare';

const temps: string[] = [];
afterAll(() => temps.forEach(removeCase));

function runChecker(dir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/check-content.ts`, 'content'], {
    cwd: dir,
    env: { PATH: process.env.PATH, MBO030_NOW: FIXTURE_NOW, ...env },
    encoding: 'utf8',
  });
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, findings: lines.slice(0, -1), summary: lines.at(-1) ?? '', stdout: r.stdout, stderr: r.stderr };
}

/** The same run without blocking, so the cases can run two at a time (one per core). */
function runCheckerAsync(dir: string): Promise<ReturnType<typeof runChecker>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/check-content.ts`, 'content'], {
      cwd: dir,
      env: { PATH: process.env.PATH, MBO030_NOW: FIXTURE_NOW },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.trim().split('\n');
      resolve({ code, findings: lines.slice(0, -1), summary: lines.at(-1) ?? '', stdout, stderr });
    });
  });
}

describe('the content checker', () => {
  it('passes the clean fixture content (exit 0)', () => {
    const dir = prepareCase(undefined);
    temps.push(dir);
    const r = runChecker(dir);
    expect(r.stderr).toBe('');
    expect(r.findings.filter((f) => !f.includes('waarschuwing'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/^Inhoud in orde \(content, [\d.]+ s\)/);
  });

  it('has a corpus of at least 25 kinds of mistake', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.concurrent.each(cases)('$name → exactly its findings, exit $exit', async (c) => {
    const dir = prepareCase(c);
    temps.push(dir);
    const r = await runCheckerAsync(dir);
    if (process.env.CAPTURE) console.log(JSON.stringify({ name: c.name, findings: r.findings, code: r.code }));
    expect(r.stderr).toBe('');
    // Cas's consent starts later: a warning in every run, not part of the case. The fixture keeps its
    // comments and line numbers, so it is not in the CMS's layout: that warning is tested on its own
    // (tests/content-errors/layout-warning.test.ts).
    const layout = "veld 'opmaak': Dit bestand staat vanaf deze regel niet in de vorm";
    expect(r.findings.filter((f) => !f.startsWith('content/ambassadeurs/cas.mdx') && !f.includes(layout))).toEqual(c.findings);
    expect(r.code).toBe(c.exit);
  });

  it('prints GitHub annotations when GITHUB_ACTIONS=true', () => {
    const dir = prepareCase(cases.find((c) => c.name === 'unknown sector'));
    temps.push(dir);
    const r = runChecker(dir, { GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toContain(
      "::error file=content/verhalen/anna-verhaal.mdx,line=7,title=veld 'sector'::Kies een sector: zorg en welzijn, ict, bouw en techniek, creatief, horeca en evenementen, economie en handel, veiligheid, overig.",
    );
    expect(r.stdout).toMatch(/^::warning file=content\/ambassadeurs\/cas\.mdx,line=\d+,title=veld 'toestemming.gegeven'::/m);
    expect(r.code).toBe(1);
  });
});
