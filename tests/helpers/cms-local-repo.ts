/**
 * Sveltia CMS's own local-repository mode in Chromium, on a copy of the content:
 * the browser's origin-private file system stands in for the folder an editor
 * would pick. An init script makes `showDirectoryPicker` return that folder,
 * which holds the files and an empty `.git` folder (the CMS asks for one), so
 * the button "Werken met een lokale repository" opens it without a dialog.
 * What the CMS saves is read back byte for byte.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Files by repository path (`content/verhalen/x.md`), as bytes. */
export type RepoFiles = Record<string, Uint8Array>;

/** Makes `showDirectoryPicker` hand out the origin-private folder; call before the first page opens. */
export async function useOriginPrivateFolder(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () =>
      navigator.storage.getDirectory();
  });
}

/** Fills the origin-private folder of the page's origin with the files and an empty `.git` folder. */
export async function fillFolder(page: Page, files: RepoFiles): Promise<void> {
  const encoded = Object.fromEntries(
    Object.entries(files).map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]),
  );
  await page.evaluate(async (all) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, b64] of Object.entries(all)) {
      const parts = path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, encoded);
}

/** Every file in the origin-private folder (without `.git`), by repository path. */
export async function readFolder(page: Page): Promise<RepoFiles> {
  const encoded = await page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, at: string) => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (name === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${at}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let s = '';
          for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out[`${at}${name}`] = btoa(s);
        }
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out;
  });
  return Object.fromEntries(
    Object.entries(encoded).map(([path, b64]) => [path, new Uint8Array(Buffer.from(b64, 'base64'))]),
  );
}
