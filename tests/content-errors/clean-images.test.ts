/**
 * npm run beelden:schoon: the photo the checker refuses for its GPS position and
 * photographer is accepted after cleaning, with the same pixels.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { FIXTURE_NOW, root } from '../helpers/astro-run';
import { prepareCase, removeCase } from './prepare';

const dir = prepareCase(undefined);
afterAll(() => removeCase(dir));
const photo = join(dir, 'content/afbeeldingen/straat.jpg');
const run = (script: string, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/${script}`, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, MBO030_NOW: FIXTURE_NOW },
    encoding: 'utf8',
  });

it('removes GPS and photographer in place, so the content check passes, without touching the pixels', async () => {
  copyFileSync(join(import.meta.dirname, 'met-gps.jpg'), photo);
  const before = await sharp(readFileSync(photo)).raw().toBuffer();
  expect(run('check-content.ts', ['content']).status).toBe(1);
  const clean = run('clean-images.ts');
  expect(clean.stdout).toContain('content/afbeeldingen/straat.jpg: weggehaald: GPS-positie (EXIF), fotograaf (Artist)');
  expect(run('check-content.ts', ['content']).status).toBe(0);
  expect((await sharp(readFileSync(photo)).raw().toBuffer()).equals(before)).toBe(true);
  expect(run('clean-images.ts').stdout).toContain('Geen beelden met gegevens over een plek of persoon gevonden.');
});
