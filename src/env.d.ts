declare namespace App {
  interface Locals {
    /** The schools in every page's footer, set by src/middleware.ts. */
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient namespace cannot import
    footerSchools: import('./data/footer').SchoolLink[];
  }
}
