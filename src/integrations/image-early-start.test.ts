import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { imageEarlyStart } from './image-early-start';
import { earlyStartSettings, setEarlyStart } from './image-service';

const root = mkdtempSync(join(tmpdir(), 'mbo030-early-config-'));
afterAll(() => {
  setEarlyStart(undefined);
  rmSync(root, { recursive: true, force: true });
});

type Hook = (options: unknown) => void;

/** Runs the integration's two config hooks and returns what early start was switched on with, if anything. */
function settingsFor(
  command: string,
  cacheDir: string,
  { buildOutput = 'static', assetsPrefix }: { buildOutput?: string; assetsPrefix?: string } = {},
) {
  const config = {
    cacheDir: pathToFileURL(`${cacheDir}/`),
    outDir: pathToFileURL(join(root, 'dist/')),
    base: '/mbo030/',
    build: { assetsPrefix },
    image: { service: { entrypoint: './src/integrations/image-service.ts', config: { webp: { effort: 2 } } } },
  } as unknown as AstroConfig;
  const { hooks } = imageEarlyStart();
  // Astro's content cache and incremental build hash the config: a cold build must not change it.
  const updateConfig = vi.fn();
  (hooks['astro:config:setup'] as Hook)({ command, config, updateConfig });
  (hooks['astro:config:done'] as Hook)({ config, buildOutput });
  expect(updateConfig).not.toHaveBeenCalled();
  return earlyStartSettings();
}

describe('early start for images', () => {
  it("is on for a static build with no image cache or an empty one, and keeps Astro's config as it is", () => {
    const empty = join(root, 'empty');
    mkdirSync(join(empty, 'assets'), { recursive: true });
    for (const cache of [join(root, 'none'), empty]) {
      expect(settingsFor('build', cache)).toEqual({
        outDir: join(root, 'dist/'),
        base: '/mbo030/',
        imageConfig: {
          service: { entrypoint: './src/integrations/image-service.ts', config: { webp: { effort: 2 } } },
        },
      });
    }
  });

  it('is off with images in the cache (warm: Astro encodes nothing), outside a build, and where originals may be elsewhere', () => {
    const warm = join(root, 'warm');
    mkdirSync(join(warm, 'assets'), { recursive: true });
    writeFileSync(join(warm, 'assets', 'a.webp'), '');
    expect(settingsFor('build', warm)).toBeUndefined();
    for (const command of ['dev', 'sync', 'preview']) expect(settingsFor(command, join(root, 'none'))).toBeUndefined();
    expect(settingsFor('build', join(root, 'none'), { buildOutput: 'server' })).toBeUndefined();
    expect(settingsFor('build', join(root, 'none'), { assetsPrefix: 'https://cdn.example.nl' })).toBeUndefined();
  });
});
