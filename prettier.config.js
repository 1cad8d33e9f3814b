// Prettier for code, styles, data and the Markdown docs (`npm run format`; `npm run lint` checks it).
// What it must not touch is in .prettierignore: content/ (the CMS writes those files), test fixtures
// whose bytes are the test case, and files that tools write.

/** @type {import('prettier').Config} */
export default {
  // The house rule is "aim for 120": narrower wraps twice as many lines without removing more of the long
  // ones, which are strings and expressions Prettier cannot break.
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [
    {
      // Astro 7 compiles markup with compressHTML 'jsx': whitespace with a line break in it is dropped, a
      // space on one line is kept. Strict whitespace makes Prettier write such a space as {' '} when it
      // breaks the line, so formatting never changes a page (the spaces between <dt> and <dd> came in
      // with search: they keep the words of a fact list apart in the page's text).
      files: '*.astro',
      options: { parser: 'astro', htmlWhitespaceSensitivity: 'strict' },
    },
    {
      // The examples in the docs show files exactly as editors and the CMS write them; Prettier keeps its
      // hands off fenced code. A table whose aligned form would pass 160 characters has
      // <!-- prettier-ignore --> above it and stays compact (aligned, every row is padded to the widest).
      files: '*.md',
      options: { embeddedLanguageFormatting: 'off' },
    },
  ],
};
