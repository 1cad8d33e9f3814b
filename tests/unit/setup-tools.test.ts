/** The project's own Node and browser choice (issue: two commands on a fresh machine). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseBrowser, SYSTEM_CHROMIUM } from '../../scripts/lib/browser';
import { isExecutableFile } from '../../scripts/lib/executable';
import { isSupported } from '../../scripts/require-node.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('Node guard', () => {
  it('accepts 22.12 and newer, refuses older', () => {
    expect(isSupported('v22.12.0')).toBe(true);
    expect(isSupported('v24.21.0')).toBe(true);
    expect(isSupported('v22.11.9')).toBe(false);
    expect(isSupported('v20.20.2')).toBe(false);
  });

  it('runs first in every npm script that starts Node', () => {
    for (const [name, command] of Object.entries<string>(pkg.scripts)) {
      if (name.startsWith('proef:')) continue;
      expect(command, name).toMatch(/^node scripts\/require-node\.mjs && /);
    }
  });

  it('brings an exactly pinned Node 24 that matches .nvmrc and engines', () => {
    const pinned = pkg.devDependencies.node;
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(pinned);
    expect(isSupported(`v${pinned}`)).toBe(true);
    expect(pkg.engines.node).toBe('>=22.12');
    // This very test runs on the project's Node, not on the machine's.
    expect(isSupported(process.version)).toBe(true);
  });

  it('decides every install script explicitly: vnu-jar never downloads a JDK, the Observatory no lists or certificates', () => {
    expect(pkg.allowScripts).toEqual({
      esbuild: true,
      node: true,
      'vnu-jar': false,
      '@mdn/mdn-http-observatory': false,
      libpq: false,
      node_extra_ca_certs_mozilla_bundle: false,
    });
  });
});

describe('browser choice', () => {
  const none = () => false;
  const system = (p: string) => p === SYSTEM_CHROMIUM;
  it('prefers CHROMIUM_PATH, then the system Chromium, then the npm one', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/c' }, system)).toEqual({ source: 'CHROMIUM_PATH', path: '/opt/c' });
    expect(chooseBrowser({}, system)).toEqual({ source: 'system', path: SYSTEM_CHROMIUM });
    expect(chooseBrowser({}, none)).toEqual({ source: 'npm' });
  });
  it('uses the npm Chromium when MBO030_BROWSER=npm, even with a system one', () => {
    expect(chooseBrowser({ MBO030_BROWSER: 'npm' }, system)).toEqual({ source: 'npm' });
  });
  it('counts only a file it may run as a browser: not a device mounted over the path, not a plain file', () => {
    const plain = join(mkdtempSync(join(tmpdir(), 'mbo030-browser-')), 'chromium');
    writeFileSync(plain, '#!/bin/sh\n');
    expect([process.execPath, '/dev/null', plain, '/bestaat/niet'].map(isExecutableFile)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
