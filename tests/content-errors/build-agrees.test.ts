/**
 * The checker and the build agree. Every mistake the build rejects (Astro's
 * content sync: the same schema validation as the build, without rendering)
 * is one the checker rejects too, and the build names the same file and, for
 * schema mistakes, prints the same Dutch explanation. The clean content the
 * checker accepts is the fixture the build tests build.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro-run';
import { cases } from './cases';
import { prepareCase, removeCase } from './prepare';

const temps: string[] = [];
afterAll(() => temps.forEach(removeCase));

/** The explanation part of a finding line: after "veld '…': ". */
const message = (finding: string) => finding.replace(/^.*?veld '[^']*': /, '');

describe('what the build rejects, the checker rejects with the same words', () => {
  // Two syncs at a time (maxConcurrency in vitest.config.ts): each has its own content and cache folder.
  it.concurrent.each(cases.filter((c) => c.build === 'fails'))('$name', async (c) => {
    expect(c.exit).toBe(1);
    const dir = prepareCase(c);
    temps.push(dir);
    const content = join(dir, 'content');
    const { code, output } = await runAstro('sync', { CONTENT_DIR: content, CACHE_DIR: join(dir, 'cache') });
    expect(code, output).not.toBe(0);
    expect(output).toContain(join(content, c.file));
    // YAML syntax and unknown fields are explained by the checker only; Astro's YAML error is in English.
    const shared = c.findings.filter((f) => !/veld '(opmaak|titell)'/.test(f));
    if (shared.length > 0) expect(shared.some((f) => output.includes(message(f))), `${output}\n--- expected one of ---\n${shared.join('\n')}`).toBe(true);
  });
});
