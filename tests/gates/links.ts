/**
 * Gate: every internal href, src and srcset in every built page resolves to a
 * file in the build, and every #fragment it points at exists on its target.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { fileFor, pagePaths } from '../helpers/dist';

const ORIGIN = 'https://site.invalid';

function idsOf(html: string): Set<string> {
  return new Set(
    parse(html)
      .querySelectorAll('[id], a[name]')
      .map((el) => el.getAttribute('id') ?? el.getAttribute('name')!),
  );
}

/** Human-readable problems, one per broken link: "/verhalen/: /bestaat-niet/ bestaat niet". */
export function brokenLinks(dir: string, base = '/'): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = idsOf(readFileSync(file, 'utf8'))));
    return set;
  };
  for (const path of pagePaths(dir)) {
    const file = fileFor(dir, path)!;
    const doc = parse(readFileSync(file, 'utf8'));
    const pageUrl = new URL(`${base}${path.slice(1)}`, ORIGIN);
    const refs: string[] = [];
    for (const el of doc.querySelectorAll('[href], [src], [srcset]')) {
      if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
      for (const attr of ['href', 'src']) {
        const v = el.getAttribute(attr);
        if (v) refs.push(v);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset)
        refs.push(
          ...srcset
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
    }
    for (const ref of refs) {
      if (/^(mailto|tel|webcal|data):/.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${path}: ${ref} valt buiten ${base}`);
        continue;
      }
      const target = fileFor(dir, `/${url.pathname.slice(base.length)}`);
      if (!target) {
        problems.push(`${path}: ${ref} bestaat niet`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
        problems.push(`${path}: ${ref} verwijst naar #${fragment}, maar dat anker bestaat niet`);
      }
    }
  }
  return problems;
}
