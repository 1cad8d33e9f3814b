import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, entryIds, idFromFileName } from './content-dir';

describe('content folder', () => {
  it('defaults to content/ and follows CONTENT_DIR', () => {
    const old = process.env.CONTENT_DIR;
    delete process.env.CONTENT_DIR;
    expect(contentDir()).toBe('content');
    process.env.CONTENT_DIR = 'elders';
    expect(contentDir()).toBe('elders');
    if (old === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = old;
  });
  it('derives ids like the glob loader and lists those of a collection', () => {
    expect(idFromFileName('ROC Midden.yaml')).toBe('roc-midden');
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    mkdirSync(join(dir, 'scholen'));
    for (const f of ['a.yaml', 'b.json', '_concept.yaml', 'notities.txt']) writeFileSync(join(dir, 'scholen', f), '');
    expect([...entryIds('scholen', dir)].sort()).toEqual(['a', 'b']);
    expect([...entryIds('bestaat-niet', dir)]).toEqual([]);
  });
});
