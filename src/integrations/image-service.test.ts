import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroConfig, ImageMetadata, ImageTransform } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import service, { earlyStartStats, originalPath, setEarlyStart, transformKey } from './image-service';

const outDir = mkdtempSync(join(tmpdir(), 'mbo030-early-'));
mkdirSync(join(outDir, '_astro'));
afterAll(() => {
  setEarlyStart(undefined);
  rmSync(outDir, { recursive: true, force: true });
});

/** A JPEG of 400 × 300 in the output folder, as Astro leaves an imported image before rendering. */
async function original(name: string): Promise<{ meta: ImageMetadata; bytes: Buffer }> {
  const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#b80c1f' } })
    .composite([{ input: Buffer.from('<svg width="200" height="100"><circle cx="50" cy="50" r="40"/></svg>') }])
    .jpeg()
    .toBuffer();
  writeFileSync(join(outDir, '_astro', name), bytes);
  return { meta: { src: `/_astro/${name}`, width: 400, height: 300, format: 'jpg' }, bytes };
}

const imageConfig = {
  endpoint: { route: '/_image' },
  service: { entrypoint: './src/integrations/image-service.ts', config: { webp: { effort: 2 } } },
} as unknown as AstroConfig['image'];

/** What Astro passes to `transform` for a transform `getURL` saw: the same options, the original as its URL. */
const asAstroCallsIt = (t: ImageTransform) => ({ ...t, src: (t.src as ImageMetadata).src });
const idle = () => vi.waitFor(() => expect(earlyStartStats().pending).toBe(0), { timeout: 10_000 });
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

describe('image service with early start', () => {
  beforeEach(() => setEarlyStart({ outDir, base: '/', imageConfig }));

  it("gives a transform the same key at render time (an image) and in Astro's image step (its URL)", () => {
    const meta: ImageMetadata = { src: '/_astro/a.1.jpg', width: 10, height: 10, format: 'jpg' };
    const key = transformKey({ src: meta, width: 480, height: 300, format: 'webp' });
    expect(transformKey({ src: '/_astro/a.1.jpg', width: 480, height: 300, format: 'webp' })).toBe(key);
    expect(transformKey({ src: meta, width: 800, height: 300, format: 'webp' })).not.toBe(key);
    expect(transformKey({ src: meta, width: 480, height: 300, format: 'webp', quality: 70 })).not.toBe(key);
    expect(transformKey({ src: meta, width: 480, height: 300, format: 'webp', fit: 'cover' })).not.toBe(key);
  });

  it('finds an original in the output folder, with or without a base path', () => {
    expect(originalPath('/mbo030/_astro/a.1.jpg', { outDir: '/out', base: '/mbo030/' })).toBe('/out/_astro/a.1.jpg');
    expect(originalPath('/_astro/a.1.jpg', { outDir: '/out', base: '/' })).toBe('/out/_astro/a.1.jpg');
  });

  it('makes files while pages render and hands Astro exactly the bytes the sharp service makes', async () => {
    const { meta, bytes } = await original('early-a.abc.jpg');
    const transforms: ImageTransform[] = [
      { src: meta, width: 200, height: 150, format: 'webp' },
      { src: meta, width: 128, height: 128, fit: 'cover', format: 'webp', quality: 70 },
    ];
    for (const t of transforms) await service.getURL(t, imageConfig, logger);
    await idle();
    expect(earlyStartStats()).toMatchObject({ made: 2, madeWhileRendering: 2, unused: 2 });
    for (const t of transforms) {
      // An empty buffer: the file can only come from the early worker.
      const handed = await service.transform(new Uint8Array(), asAstroCallsIt(t), imageConfig, logger);
      const direct = await sharpService.transform(bytes, asAstroCallsIt(t), imageConfig, logger);
      expect(handed.format).toBe('webp');
      expect(Buffer.from(handed.data).equals(Buffer.from(direct.data))).toBe(true);
    }
    expect(earlyStartStats()).toMatchObject({ handedOver: 2, unused: 0 });
  });

  it('does not make a file Astro already asked for, and makes each file once', async () => {
    const { meta, bytes } = await original('early-b.abc.jpg');
    const [first, second, third] = [100, 150, 200].map((width) => ({ src: meta, width, height: (width * 3) / 4 }));
    // The first starts at once; Astro asks for the third before the worker gets to it.
    for (const t of [first, second, third, first]) await service.getURL(t!, imageConfig, logger);
    const own = await service.transform(bytes, asAstroCallsIt(third!), imageConfig, logger);
    expect((await sharp(Buffer.from(own.data)).metadata()).width).toBe(200);
    await idle();
    expect(earlyStartStats()).toMatchObject({ made: 2, unused: 2 });
    // The second was started after Astro's image step began (its call for the third).
    expect(earlyStartStats().madeWhileRendering).toBeLessThan(2);
    for (const t of [first, second]) await service.transform(bytes, asAstroCallsIt(t!), imageConfig, logger);
    expect(earlyStartStats()).toMatchObject({ handedOver: 2, unused: 0 });
  });

  it('leaves a file it cannot read to Astro, which makes it from its own buffer', async () => {
    const { meta, bytes } = await original('early-c.abc.jpg');
    const missing = { src: { ...meta, src: '/_astro/not-there.abc.jpg' }, width: 100, height: 75 };
    await service.getURL(missing, imageConfig, logger);
    await idle();
    // Another page with the same image: not tried again.
    await service.getURL(missing, imageConfig, logger);
    await idle();
    expect(earlyStartStats()).toMatchObject({ made: 0, failed: 1, unused: 0 });
    const made = await service.transform(bytes, asAstroCallsIt(missing), imageConfig, logger);
    expect((await sharp(Buffer.from(made.data)).metadata()).width).toBe(100);
    expect(earlyStartStats().handedOver).toBe(0);
  });

  it("leaves a file the sharp service warns about to Astro, so the warning reaches Astro's log", async () => {
    const { meta, bytes } = await original('early-e.abc.jpg');
    // An SVG asked of a JPEG: the sharp service warns and passes the JPEG through.
    const svg: ImageTransform = { src: meta, format: 'svg' };
    await service.getURL(svg, imageConfig, logger);
    await idle();
    expect(earlyStartStats()).toMatchObject({ made: 0, failed: 1, unused: 0 });
    logger.warn.mockClear();
    await service.transform(bytes, asAstroCallsIt(svg), imageConfig, logger);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('expected an SVG'));
  });

  it('starts nothing when early start is off', async () => {
    setEarlyStart(undefined);
    const { meta } = await original('early-d.abc.jpg');
    await service.getURL({ src: meta, width: 100, height: 75 }, imageConfig, logger);
    expect(earlyStartStats()).toMatchObject({ made: 0, failed: 0, unused: 0, pending: 0 });
  });
});
