/**
 * The checker and the build agree. Every mistake the build rejects (Astro's
 * content sync: the same schema validation as the build, without rendering)
 * is one the checker rejects too, and the build names the same file and, for
 * schema mistakes, prints the same Dutch explanation. The clean content the
 * checker accepts is the fixture the build tests build.
 *
 * The syncs run in two processes that each load Astro once (syncAll in
 * tests/helpers/astro-run.ts); one case also goes through the `astro sync`
 * command itself, which must fail the same way.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, syncAll, type AstroRun } from '../helpers/astro-run';
import { cases, type BrokenCase } from './cases';
import { prepareCase, removeCase } from './prepare';

const failing = cases.filter((c) => c.build === 'fails');
const dirs = new Map<BrokenCase, string>(failing.map((c) => [c, prepareCase(c)]));
afterAll(() => [...dirs.values()].forEach(removeCase));

const settings = (c: BrokenCase) => ({
  CONTENT_DIR: join(dirs.get(c)!, 'content'),
  CACHE_DIR: join(dirs.get(c)!, 'cache'),
});
const synced = new Map<BrokenCase, AstroRun>();
beforeAll(async () => {
  const runs = await syncAll(failing.map(settings));
  failing.forEach((c, i) => synced.set(c, runs[i]!));
}, 600_000);

/** The explanation part of a finding line: after "veld '…': ". */
const message = (finding: string) => finding.replace(/^.*?veld '[^']*': /, '');
/** Astro's error report without the times and folders that differ from run to run. */
// eslint-disable-next-line no-control-regex -- colour codes differ between the CLI and the batch
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const report = (output: string) =>
  plain(output)
    .slice(plain(output).indexOf('[InvalidContent'))
    .replace(/\/tmp\/mbo030-roots\/[^/\s]+/g, '<root>');

describe('what the build rejects, the checker rejects with the same words', () => {
  it.each(failing)('$name', (c) => {
    expect(c.exit).toBe(1);
    const { code, output } = synced.get(c)!;
    expect(code, output).not.toBe(0);
    // Where Astro cannot name the file, its failure is the one the case expects; once Astro names it, this fails.
    if (c.buildNamesNoFile) expect(output).toContain('formatYAMLException');
    else expect(output).toContain(join(dirs.get(c)!, 'content', c.file));
    // YAML syntax and unknown fields are explained by the checker only; Astro's YAML error is in English.
    const shared = c.findings.filter((f) => !/veld '(opmaak|titell)'/.test(f));
    if (shared.length > 0)
      expect(
        shared.some((f) => output.includes(message(f))),
        `${output}\n--- expected one of ---\n${shared.join('\n')}`,
      ).toBe(true);
  });

  it('the astro sync command fails on a case as the syncs above report it', async () => {
    const c = failing.find((x) => x.name === 'unknown sector')!;
    const cli = await runAstro('sync', { ...settings(c), CACHE_DIR: join(dirs.get(c)!, 'cache-cli') });
    expect(cli.code).toBe(1);
    expect(report(synced.get(c)!.output)).toContain('sector');
    expect(report(cli.output)).toBe(report(synced.get(c)!.output));
  });
});
