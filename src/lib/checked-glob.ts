/**
 * The glob loader, with checks on the raw front matter before Astro validates
 * an entry: no date that does not exist, no image path that points nowhere.
 * The error names the file, the line and the field, in Dutch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { impossibleDates, missingFiles } from './frontmatter-checks';

export function checkedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath;
          if (file) {
            const text = readFileSync(file, 'utf8');
            const [problem] = [
              ...impossibleDates(text),
              ...missingFiles(
                text,
                (p) => existsSync(resolve(dirname(file), p)),
                (p) => readFileSync(resolve(dirname(file), p)),
              ),
            ];
            if (problem) throw new Error(`${file}:${problem.line}: veld '${problem.field}': ${problem.message}`);
          }
          return context.parseData(props);
        },
      }),
  };
}
