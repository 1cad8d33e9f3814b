// Lint: typed TypeScript rules, Astro components, and the rooms of docs/architecture.md
// as import rules (scripts/lint/rooms.js holds the table; this file only applies it).
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import * as astroSharedProgram from './scripts/lint/astro-shared-program.js';
import { roomRules } from './scripts/lint/rooms.js';

/** The no-unsafe-* rules, off where values arrive untyped or the parser cannot give types. */
const unsafeRulesOff = Object.fromEntries(
  ['return', 'assignment', 'member-access', 'argument', 'call'].map((r) => [
    `@typescript-eslint/no-unsafe-${r}`,
    'off',
  ]),
);

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.output/', '.bench/', 'content/', 'public/', '**/*.d.mts'],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...astro.configs.recommended,
  {
    // astro-eslint-parser cannot give the type checker an .astro template's JSX, so these rules see
    // `error` types there; `astro check` (strictest, in npm run lint) type-checks .astro files instead.
    // astro-eslint-parser has no projectService, and with `project` it builds a new program per file;
    // scripts/lint/astro-shared-program.js wraps it with one program for all .astro files (35 → 9 s).
    files: ['**/*.astro'],
    languageOptions: { parser: astroSharedProgram, parserOptions: { projectService: false, project: true } },
    rules: unsafeRulesOff,
  },
  {
    // Client scripts inside .astro files and plain .mjs files are not in the TS project.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  { files: ['**/*.mjs', '*.js', 'scripts/**/*.js'], languageOptions: { globals: globals.node } },
  {
    // Tests and tools read JSON, YAML and HTML they did not type; the product code in src/ keeps the rules.
    files: ['tests/**', 'scripts/**', '**/*.test.ts'],
    rules: unsafeRulesOff,
  },
  ...roomRules,
);
