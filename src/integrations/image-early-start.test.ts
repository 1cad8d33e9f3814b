import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { imageEarlyStart } from './image-early-start';

const root = mkdtempSync(join(tmpdir(), 'mbo030-early-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the integration's config hook and returns the image service config it set, if any. */
function serviceConfig(command: 'build' | 'dev', cacheDir: string): unknown {
  const config = {
    cacheDir: pathToFileURL(`${cacheDir}/`),
    outDir: pathToFileURL(join(root, 'dist/')),
    base: '/mbo030/',
    image: { service: { entrypoint: './src/integrations/image-service.ts', config: { webp: { effort: 2 } } } },
  } as unknown as AstroConfig;
  const updateConfig = vi.fn();
  const hook = imageEarlyStart().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ command, config, updateConfig });
  return updateConfig.mock.calls[0]?.[0].image.service.config;
}

describe('early start for images', () => {
  it('is on for a build with an empty image cache, and keeps the other service settings', () => {
    expect(serviceConfig('build', join(root, 'cold'))).toEqual({
      webp: { effort: 2 },
      earlyStart: { outDir: join(root, 'dist/'), base: '/mbo030/' },
    });
  });

  it('is off for a build with images in its cache (warm: Astro encodes nothing) and for the dev server', () => {
    const warm = join(root, 'warm');
    mkdirSync(join(warm, 'assets'), { recursive: true });
    writeFileSync(join(warm, 'assets', 'a.webp'), '');
    expect(serviceConfig('build', warm)).toBeUndefined();
    expect(serviceConfig('dev', join(root, 'cold'))).toBeUndefined();
  });
});
