/**
 * Each room rule of docs/architecture.md, shown to catch a violation (and to let the allowed
 * form through). Only the room rules run here, on text that names a file in the room.
 */
import { ESLint, type Linter } from 'eslint';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { roomFiles, roomRules, rooms } from './rooms.js';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { '@typescript-eslint': tseslint.plugin },
    },
    ...astro.configs.base,
    { files: ['**/*.astro'], plugins: { '@typescript-eslint': tseslint.plugin } },
    ...roomRules,
  ] as Linter.Config[],
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

/** An import of `target` written as it would be from inside `folder` (in front matter for an .astro file). */
function importFrom(folder: string, target: string, kind = 'import'): string {
  const module = target.includes('/') ? target : `${target}/x`;
  const from = target.includes(':') ? target : `${'../'.repeat(folder.split('/').length - 1)}${module}`;
  const code = `${kind} { x } from '${from}';\nexport const y = x;\n`;
  return folder.endsWith('.astro') ? `---\n${code}---\n<p>{y}</p>\n` : code;
}

describe('room rules', () => {
  for (const room of rooms) {
    const file = roomFiles(room).length === 1 ? room.folder : `${room.folder}/example.ts`;
    for (const target of room.never) {
      it(`${room.folder} may not import ${target}`, async () => {
        expect(await ruleIds(file, importFrom(room.folder, target))).toContain(
          '@typescript-eslint/no-restricted-imports',
        );
        const typeOnly = room.typesOnly?.includes(target) ?? false;
        const asType = await ruleIds(file, importFrom(room.folder, target, 'import type'));
        expect(asType.includes('@typescript-eslint/no-restricted-imports')).toBe(!typeOnly);
      });
    }
  }

  it('lets a room import what the table allows', async () => {
    expect(await ruleIds('src/data/example.ts', importFrom('src/data', 'lib'))).toEqual([]);
    expect(await ruleIds('src/pages/example.ts', importFrom('src/pages', 'data'))).toEqual([]);
  });

  it('the content-type registry loads no content, and the checker and the CMS generator may use it', async () => {
    const file = 'src/content-types/example.ts';
    const loads = "import { getCollection } from 'astro:content';\nexport const all = getCollection('verhalen');\n";
    expect(await ruleIds(file, loads)).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await ruleIds(file, "import type { ImageFunction } from 'astro:content';\nexport type I = ImageFunction;\n"),
    ).toEqual([]);
    expect(await ruleIds(file, importFrom('src/content-types', 'data'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIds('src/checker/example.ts', importFrom('src/checker', 'content-types'))).toEqual([]);
    expect(await ruleIds('src/admin/example.ts', importFrom('src/admin', 'content-types'))).toEqual([]);
    expect(await ruleIds('src/data/example.ts', importFrom('src/data', 'content-types'))).toEqual([]);
    expect(await ruleIds('src/lib/example.ts', importFrom('src/lib', 'content-types', 'import type'))).toEqual([]);
  });

  it("the editors' Persoon may read data/published-people, and nothing else a component may not", async () => {
    const persoon = 'src/components/redactie/Persoon.astro';
    expect(await ruleIds(persoon, importFrom(persoon, 'data/published-people'))).toEqual([]);
    expect(await ruleIds(persoon, importFrom(persoon, 'data/site'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIds(persoon, importFrom(persoon, 'data/published-people-extra'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIds(persoon, importFrom(persoon, 'astro:content'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(
      await ruleIds('src/components/Other.astro', importFrom('src/components/Other.astro', 'data/published-people')),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('a layout or component loads no module while it renders: no import(), no import.meta.glob', async () => {
    const dynamic = "---\nconst { siteContent } = await import('../data/site');\n---\n<p>{await siteContent()}</p>\n";
    expect(await ruleIds('src/layouts/Example.astro', dynamic)).toContain('no-restricted-syntax');
    const glob =
      "---\nconst files = import.meta.glob('../../content/verhalen/*.mdx');\n---\n<p>{Object.keys(files).length}</p>\n";
    expect(await ruleIds('src/components/Example.astro', glob)).toContain('no-restricted-syntax');
    expect(await ruleIds('src/data/example.ts', "export const m = await import('./site');\n")).toEqual([]);
  });

  it('a layout that loads content fails', async () => {
    const layout =
      "---\nimport { getCollection } from 'astro:content';\nconst s = await getCollection('verhalen');\n---\n<p>{s.length}</p>\n";
    expect(await ruleIds('src/layouts/Example.astro', layout)).toContain('@typescript-eslint/no-restricted-imports');
    const viaData =
      "---\nimport { siteContent } from '../data/site';\nconst c = await siteContent();\n---\n<p>{c}</p>\n";
    expect(await ruleIds('src/components/Example.astro', viaData)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('browser code lives in src/browser/ only', async () => {
    const inline =
      '---\n---\n<x-y></x-y>\n<script>\n  customElements.define("x-y", class extends HTMLElement {});\n</script>\n';
    expect(await ruleIds('src/layouts/Example.astro', inline)).toContain('no-restricted-syntax');
    const loader = "---\n---\n<x-y></x-y>\n<script>\n  import '../browser/x-y';\n</script>\n";
    expect(await ruleIds('src/layouts/Example.astro', loader)).toEqual([]);
    const otherModule = "---\n---\n<x-y></x-y>\n<script>\n  import '../lib/x-y';\n</script>\n";
    expect(await ruleIds('src/components/Example.astro', otherModule)).toContain('no-restricted-syntax');
    const global = 'export const width = window.innerWidth;\n';
    for (const room of ['lib', 'schemas', 'data', 'pages', 'layouts', 'components', 'checker', 'integrations']) {
      expect(await ruleIds(`src/${room}/example.ts`, global), room).toContain('no-restricted-globals');
    }
    const inMarkup = '---\nconst width = window.innerWidth;\n---\n<p>{width}</p>\n';
    expect(await ruleIds('src/components/Example.astro', inMarkup)).toContain('no-restricted-globals');
    expect(await ruleIds('src/browser/example.ts', global)).toEqual([]);
    expect(await ruleIds('src/admin/example.ts', global)).toEqual([]); // the CMS runs in the browser
  });

  it('scripts never import tests', async () => {
    expect(
      await ruleIds('scripts/example.ts', "import { x } from '../tests/helpers/x';\nexport const y = x;\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });
});
