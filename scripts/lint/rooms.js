// The rooms of docs/architecture.md as lint rules: what each folder under src/ may not import.
// A "type" entry is forbidden for values but allowed as `import type` (types flow up, values do not).
// Each rule is shown to catch a violation in scripts/lint/rooms.test.ts.

/**
 * A folder (or one file) under src/, the rooms it may never import, those of them it may take types
 * from, and single modules of a forbidden room it may still import (`except`, as `room/module`).
 * @typedef {{ folder: string, never: string[], typesOnly?: string[], except?: string[] }} Room
 */

const everyRoom = [
  'lib',
  'schemas',
  'content-types',
  'data',
  'pages',
  'layouts',
  'components',
  'checker',
  'browser',
  'integrations',
  'admin',
];
const others = (...allowed) => everyRoom.filter((room) => !allowed.includes(room));

/** What markup may not import (and may take only types from): layouts, components, and the editors' Persoon. */
const markupRules = {
  never: [
    'pages',
    'layouts',
    'checker',
    'browser',
    'integrations',
    'admin',
    'astro:content',
    'data',
    'schemas',
    'content-types',
  ],
  typesOnly: ['data', 'schemas', 'content-types'],
};

/** @type {Room[]} */
export const rooms = [
  {
    folder: 'src/lib',
    never: [...others('lib', 'schemas', 'content-types'), 'content-types', 'astro:content', 'astro:assets'],
    typesOnly: ['schemas', 'content-types'],
  },
  { folder: 'src/schemas', never: others('lib', 'schemas') },
  // The registry: the checker and the CMS generator load it, so it never loads content (types only from astro:content).
  {
    folder: 'src/content-types',
    never: [...others('lib', 'schemas', 'content-types'), 'astro:content', 'astro:assets'],
    typesOnly: ['astro:content'],
  },
  { folder: 'src/data', never: others('lib', 'schemas', 'content-types', 'data') },
  {
    folder: 'src/pages',
    never: ['schemas', 'content-types', 'checker', 'browser', 'integrations', 'admin', 'astro:content'],
  },
  { folder: 'src/layouts', ...markupRules },
  { folder: 'src/components', ...markupRules },
  {
    // The one exception in the table: nothing passes props through an MDX body, so the editors'
    // <Persoon> asks data/published-people itself. Everything else a component may not import, it may not either.
    folder: 'src/components/redactie/Persoon.astro',
    ...markupRules,
    except: ['data/published-people'],
  },
  {
    folder: 'src/checker',
    never: [...others('lib', 'schemas', 'content-types', 'checker', 'admin'), 'astro:content', 'astro:assets'],
  },
  { folder: 'src/browser', never: [...others('lib', 'browser'), 'astro:content', 'astro:assets'] },
  { folder: 'src/integrations', never: others('lib', 'admin', 'integrations', 'schemas') },
  { folder: 'src/admin', never: others('lib', 'schemas', 'content-types', 'admin') },
  { folder: 'src/middleware.ts', never: others('lib', 'data') },
];

/** The import strings that reach a room (`../data/site`, `astro:content`), but not the modules in `except`. */
function pattern(room, typesOnly, except = []) {
  const allowed = except.filter((e) => e.startsWith(`${room}/`)).map((e) => e.slice(room.length + 1));
  const inside = allowed.length > 0 ? `/(?!(${allowed.join('|')})$)` : '/';
  const regex = room.includes(':') ? `^${room}$` : `(^|/)${room}(${inside}|$)`;
  const message = typesOnly
    ? `Only types may come from ${room}/ here (docs/architecture.md): pass values in as props.`
    : `This room may not import ${room} (docs/architecture.md, "Rooms and what each may import").`;
  return { regex, message, ...(typesOnly ? { allowTypeImports: true } : {}) };
}

function importRule(room) {
  const typesOnly = room.typesOnly ?? [];
  const patterns = room.never.map((target) => pattern(target, typesOnly.includes(target), room.except));
  return ['error', { patterns }];
}

/** Globals that exist only in a browser: code that uses them belongs in src/browser/. */
const browserGlobals = ['document', 'window', 'customElements', 'HTMLElement', 'navigator', 'localStorage'].map(
  (name) => ({ name, message: 'Browser code lives in src/browser/ (docs/architecture.md).' }),
);

/** The files of a room: a folder's .ts and .astro files, or the one file it names. */
export const roomFiles = (room) =>
  /\.(ts|astro)$/.test(room.folder) ? [room.folder] : [`${room.folder}/**/*.ts`, `${room.folder}/**/*.astro`];

export const roomRules = [
  ...rooms.map((room) => ({
    files: roomFiles(room),
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': importRule(room) },
  })),
  {
    // Markup takes props: a layout or component loads no module while it renders (an import() or
    // import.meta.glob would load content past the import rules above).
    files: ['src/{layouts,components}/**/*.{ts,astro}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'Layouts and components take props: no import() (docs/architecture.md).',
        },
        {
          selector: "CallExpression[callee.object.type='MetaProperty'][callee.property.name=/^glob/]",
          message: 'Layouts and components take props: no import.meta.glob (docs/architecture.md).',
        },
      ],
    },
  },
  {
    files: ['src/{lib,schemas,content-types,data,pages,layouts,components,checker,integrations}/**/*.{ts,astro}'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', ...browserGlobals] },
  },
  {
    // A <script> in a component only loads a module from src/browser/: no inline browser code.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    rules: {
      'no-restricted-globals': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program > :not(ImportDeclaration)',
          message: 'A <script> in a component only imports from src/browser/; put the code there.',
        },
        {
          selector: 'ImportDeclaration[source.value!=/\\/browser\\//]',
          message: 'A <script> in a component only imports from src/browser/.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '(^|/)tests/', message: 'scripts/ may use src/, never tests/ (docs/architecture.md).' }],
        },
      ],
    },
  },
];
