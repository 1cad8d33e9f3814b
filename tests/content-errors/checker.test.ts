/**
 * The content checker on the bad-input corpus: for each kind of mistake the
 * exact lines it prints (file, line, field, Dutch message) and its exit code;
 * the clean content passes; the GitHub annotation format.
 *
 * The cases call the checker in this process (the same checkContent and
 * formatFinding that scripts/check-content.ts prints with), so the 75 cases cost
 * no Node start each. Two runs of the real command (`npm run check:content`'s
 * script) show what only the command adds: its exit code, its summary line,
 * nothing on stderr, and the annotations.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/checker/check';
import { formatFinding } from '../../src/checker/findings';
import { FIXTURE_NOW, root } from '../helpers/astro-run';
import { cases } from './cases';
import { prepareCase, removeCase } from './prepare';

const temps: string[] = [];
afterAll(() => temps.forEach(removeCase));
// The command must print nothing on stderr; in process, the checker must not log an error or warning.
const consoleErrors = vi.spyOn(console, 'error');
const consoleWarnings = vi.spyOn(console, 'warn');
afterAll(() => vi.restoreAllMocks());

/** What the command would print before its summary, and the exit code it would give. */
async function checkInProcess(dir: string) {
  const findings = await checkContent({ dir: join(dir, 'content'), cwd: dir, now: new Date(FIXTURE_NOW) });
  return { findings: findings.map(formatFinding), code: findings.some((f) => f.severity === 'error') ? 1 : 0 };
}

/** `scripts/check-content.ts content` in a case's folder, as `npm run check:content` runs it. */
function runCommand(
  dir: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; lines: string[]; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/check-content.ts`, 'content'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, MBO030_NOW: FIXTURE_NOW, ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: stdout.trim().split('\n'), stdout, stderr }));
  });
}

const prepared = (name?: string) => {
  const dir = prepareCase(name === undefined ? undefined : cases.find((c) => c.name === name));
  temps.push(dir);
  return dir;
};

/** Cas's consent starts later: a warning in every run, not part of any case. */
// Cas's consent starts later: a warning in every run, not part of the case.
const withoutCas = (lines: string[]) => lines.filter((f) => !f.startsWith('content/ambassadeurs/cas.mdx'));
// The fixture keeps its comments and line numbers, so it is not in the CMS's layout: that warning is
// tested on its own (tests/content-errors/layout-warning.test.ts).
const layoutWarning = "veld 'opmaak': Dit bestand staat vanaf deze regel niet in de vorm";
const withoutLayout = (lines: string[]) => lines.filter((f) => !f.includes(layoutWarning));

describe('the content checker', () => {
  it('passes the clean fixture content (exit 0)', async () => {
    const r = await checkInProcess(prepared());
    expect(r.findings.filter((f) => !f.includes('waarschuwing'))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('has a corpus of at least 25 kinds of mistake', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.concurrent.each(cases)('$name → exactly its findings, exit $exit', async (c) => {
    const dir = prepareCase(c);
    temps.push(dir);
    const r = await checkInProcess(dir);
    if (process.env.CAPTURE) console.log(JSON.stringify({ name: c.name, findings: r.findings, code: r.code }));
    expect(withoutLayout(withoutCas(r.findings))).toEqual(c.findings);
    expect(r.code).toBe(c.exit);
  });

  it('wrote no error or warning to the console while checking', () => {
    expect([...consoleErrors.mock.calls, ...consoleWarnings.mock.calls]).toEqual([]);
  });
});

describe('npm run check:content, the command itself', () => {
  it('on clean content: exit 0, the summary line, nothing on stderr', async () => {
    const r = await runCommand(prepared());
    expect(r.stderr).toBe('');
    expect(r.lines.slice(0, -1).filter((f) => !f.includes('waarschuwing'))).toEqual([]);
    expect(r.lines.at(-1)).toMatch(/^Inhoud in orde \(content, [\d.]+ s\)/);
    expect(r.code).toBe(0);
  });

  it('on a mistake with GITHUB_ACTIONS=true: the same lines as in process, then annotations, the summary and exit 1', async () => {
    const c = cases.find((x) => x.name === 'unknown sector')!;
    const dir = prepared(c.name);
    const [r, inProcess] = await Promise.all([runCommand(dir, { GITHUB_ACTIONS: 'true' }), checkInProcess(dir)]);
    expect(r.stderr).toBe('');
    const printed = r.lines.filter((l) => !l.startsWith('::'));
    expect(printed.slice(0, -1)).toEqual(inProcess.findings);
    expect(withoutLayout(withoutCas(printed.slice(0, -1)))).toEqual(c.findings);
    expect(printed.at(-1)).toMatch(
      /^1 fout\(en\) en \d+ waarschuwing\(en\) in content \([\d.]+ s\)\. Los de fouten op/,
    );
    expect(r.stdout).toContain(
      "::error file=content/verhalen/anna-verhaal.mdx,line=7,title=veld 'sector'::Kies een sector: zorg en welzijn, ict, bouw en techniek, creatief, horeca en evenementen, economie en handel, veiligheid, overig.",
    );
    expect(r.stdout).toMatch(
      /^::warning file=content\/ambassadeurs\/cas\.mdx,line=\d+,title=veld 'toestemming.gegeven'::/m,
    );
    expect(r.code).toBe(1);
  });
});
