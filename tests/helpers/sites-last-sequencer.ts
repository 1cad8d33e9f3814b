/**
 * Test files that read no test site run first, while the sites are built
 * (tests/build/global-setup.ts); then the files that read them. Within each
 * group Vitest's own order (slowest known first) holds.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { sitesNamedIn } from './site-builds.ts';

export default class SitesLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const readsSites = (f: TestSpecification) => sitesNamedIn(readFileSync(f.moduleId, 'utf8')).length > 0;
    return [...sorted.filter((f) => !readsSites(f)), ...sorted.filter(readsSites)];
  }
}
