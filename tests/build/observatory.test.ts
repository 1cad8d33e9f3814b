/**
 * The MDN HTTP Observatory's own analyser (`@mdn/mdn-http-observatory`, the code
 * behind developer.mozilla.org/observatory) on the headers of the preview
 * server, which applies the same header source as every host we support.
 * Offline: the package is installed without its postinstall (which downloads the
 * HSTS preload list and the list of top-level domains), and gets an empty preload
 * list. Over plain HTTP on 127.0.0.1 two of its ten tests cannot pass, because
 * they need TLS: the redirect to HTTPS and HSTS served over HTTPS. Those are the
 * host's job; every other test must pass.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { realPageTypes } from '../helpers/page-types';
import { serve, type RunningServer } from '../helpers/static-server';

const packageDir = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
/** The two tests that need HTTPS, with the result they give over plain HTTP. */
const NEEDS_TLS = { redirection: 'redirection-missing', 'strict-transport-security': 'hsts-not-implemented-no-https' };

interface ObservatoryOutput {
  pass: boolean;
  result: string;
  constructor: { name: string };
}
type Analyse = (requests: unknown) => ObservatoryOutput;

let server: RunningServer;
let retrieve: (hostname: string, options: { httpPort: number; httpsPort: number; path: string }) => Promise<unknown>;
let tests: Analyse[];

beforeAll(async () => {
  // The empty HSTS preload list that the skipped postinstall would have filled.
  const preload = join(packageDir, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
  ({ retrieve } = await import(join(packageDir, 'src/retriever/retriever.js')));
  ({ ALL_TESTS: tests } = await import(join(packageDir, 'src/constants.js')));
  server = await serve(sites.real);
});
afterAll(() => server?.close());

/** The Observatory's verdict per test for one path of the preview server. */
async function observe(path: string): Promise<Record<string, { pass: boolean; result: string }>> {
  const port = Number(new URL(server.origin).port);
  const requests = await retrieve('127.0.0.1', { httpPort: port, httpsPort: port, path });
  return Object.fromEntries(
    tests.map((test) => test(requests)).map((o) => [o.constructor.name, { pass: o.pass, result: o.result }]),
  );
}

describe('MDN HTTP Observatory on the preview server', () => {
  it.each(realPageTypes)('$type ($path): every test that does not need TLS passes', async ({ path }) => {
    const verdicts = await observe(path);
    expect(Object.keys(verdicts)).toHaveLength(10);
    const failing = Object.entries(verdicts)
      .filter(([name, v]) => !v.pass && !(name in NEEDS_TLS))
      .map(([name, v]) => `${name}: ${v.result}`);
    expect(failing).toEqual([]);
    // The two it cannot pass fail only for want of HTTPS, not for a header of ours.
    for (const [name, result] of Object.entries(NEEDS_TLS)) expect(verdicts[name]?.result, name).toBe(result);
  });

  it('catches a weakened header: without the production headers the CSP, X-Frame-Options and nosniff tests fail', async () => {
    const bare = await serve(sites.real, '/', { headers: false });
    try {
      const port = Number(new URL(bare.origin).port);
      const requests = await retrieve('127.0.0.1', { httpPort: port, httpsPort: port, path: '/' });
      const verdicts = Object.fromEntries(tests.map((t) => t(requests)).map((o) => [o.constructor.name, o]));
      expect(verdicts['x-content-type-options']?.pass).toBe(false);
      expect(verdicts['x-frame-options']?.pass).toBe(false);
      // The page's own <meta> CSP still counts, but without frame-ancestors it is not the header's policy.
      expect(verdicts['content-security-policy']?.result).not.toBe(
        (await observe('/'))['content-security-policy']?.result,
      );
    } finally {
      await bare.close();
    }
  });
});

describe('security.txt from the preview server', () => {
  it("is served as text/plain; charset=utf-8 with the site's security headers", async () => {
    const res = await fetch(`${server.url}.well-known/security.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toMatch(/^Expires: \d{4}-\d\d-\d\dT00:00:00Z$/m);
  });
});
