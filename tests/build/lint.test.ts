/**
 * `npm run lint` inside `npm test`: astro check (TypeScript in .astro and .ts files), ESLint (typed rules
 * and the rooms of docs/architecture.md) and Prettier, each at zero problems, each problem named by
 * file and line (tests/helpers/lint.ts).
 *
 * astro check runs first: it writes .astro/, the types of astro:content that ESLint's type information
 * reads. This file holds the Astro lock (tests/helpers/astro-lane.ts), so no other run in the project's
 * root rewrites .astro/ meanwhile.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/astro-run';
import {
  eslintProblems,
  eslintProjectProblems,
  formattedFiles,
  probeFiles,
  projectEslint,
  unformatted,
  unformattedAt,
} from '../helpers/lint';

it('astro check reports 0 errors, 0 warnings and 0 hints', () => {
  const r = spawnSync(
    process.execPath,
    [`${root}node_modules/astro/bin/astro.mjs`, 'check', '--minimumSeverity', 'hint'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  const output = `${r.stdout}${r.stderr}`;
  expect(output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(r.status, output).toBe(0);
});

describe('ESLint', () => {
  const eslint = projectEslint();

  // About 26 s of one core on a quiet machine (typed rules over 340 files); beside two site builds it
  // can take three times as long, past the build project's 120 s.
  it('reports no error and no warning in the whole project', { timeout: 600_000 }, async () => {
    const { problems } = await eslintProjectProblems(eslint);
    expect(problems, `ESLint (npm run lint shows the same):\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('names file, line and rule of each problem: a layout that loads content, browser code outside src/browser/', async () => {
    const [layout, lib] = probeFiles.map((f) => join(root, f));
    const loadsContent =
      "import { getCollection } from 'astro:content';\nexport const stories = await getCollection('verhalen');\n";
    const usesWindow = 'export const width = window.innerWidth;\n';
    const results = [
      ...(await eslint.lintText(loadsContent, { filePath: layout })),
      ...(await eslint.lintText(usesWindow, { filePath: lib })),
    ];
    expect(eslintProblems(results)).toEqual([
      expect.stringMatching(
        /^src\/layouts\/lint-probe\.ts:1:1 @typescript-eslint\/no-restricted-imports: .*may not import astro:content/,
      ),
      expect.stringMatching(/^src\/lib\/lint-probe\.ts:1:22 no-restricted-globals: .*src\/browser\//),
    ]);
  });

  it('has the typed rules on for TypeScript and Astro files, with type information', async () => {
    for (const file of [
      'src/data/site.ts',
      'src/layouts/BaseLayout.astro',
      'tests/helpers/lint.ts',
      'scripts/serve.ts',
    ]) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as Linter.Config;
      const severity = (rule: string) => (config.rules?.[rule] as unknown[] | undefined)?.[0];
      expect(
        [severity('@typescript-eslint/await-thenable'), severity('@typescript-eslint/no-floating-promises')],
        file,
      ).toEqual([2, 2]);
      const parserOptions = (config.languageOptions?.parserOptions ?? {}) as {
        projectService?: unknown;
        project?: unknown;
      };
      expect(parserOptions.projectService === true || parserOptions.project === true, file).toBe(true);
    }
  });

  it('gives the typed rules in an .astro file the types of the modules it imports (one shared program)', async () => {
    // Text that differs from the file on disk: the shared program (scripts/lint/astro-shared-program.js)
    // must take the new TSX, and the checker must know agendaFilterGroups returns a promise.
    const page = join(root, 'src/pages/index.astro');
    const text = readFileSync(page, 'utf8').replace(
      '---\n',
      "---\nimport { agendaFilterGroups } from '../data/agenda-filters';\nagendaFilterGroups('alle');\nawait 2;\n",
    );
    const problems = eslintProblems(await eslint.lintText(text, { filePath: page }));
    expect(problems).toEqual([
      expect.stringMatching(/^src\/pages\/index\.astro:3:1 @typescript-eslint\/no-floating-promises: /),
      expect.stringMatching(/^src\/pages\/index\.astro:4:1 @typescript-eslint\/await-thenable: /),
    ]);
  });
});

describe('Prettier', () => {
  it('would change no file', async () => {
    const files = await formattedFiles();
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((f) => f.includes('/content/'))).toBe(false);
    const problems = await unformatted(files);
    expect(problems, `Not formatted (npm run format formats them):\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('names the file and the first line it would change', async () => {
    const text = 'export const ok = 1;\nexport const spaced = {a:1};\n';
    expect(await unformattedAt(join(root, 'src/lib/probe.ts'), text)).toBe('src/lib/probe.ts:2');
    expect(await unformattedAt(join(root, 'src/lib/probe.ts'), 'export const ok = 1;\n')).toBeUndefined();
  });
});
