/**
 * Checks on the front matter text itself, for mistakes the YAML parser or the
 * schema cannot see: YAML quietly turns 2022-02-30 into 2 March, and an image
 * path that points nowhere only fails late, deep in the image pipeline.
 */
import { parseLocalDate } from './local-date';
import { formatProblem } from './image-formats';

export interface FrontmatterProblem {
  /** 1-based line in the file. */
  line: number;
  /** Field name on that line. */
  field: string;
  /** Dutch explanation. */
  message: string;
}

const dateLine =
  /^\s*(?:-\s+)?([\p{L}\w]+):\s*["']?(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?["']?\s*(?:#.*)?$/u;
const srcLine = /^\s*(?:-\s+)?src:\s*["']?(\.{1,2}\/[^"'#]+?)["']?\s*(?:#.*)?$/;

function frontmatterLines(fileText: string): { text: string; line: number }[] {
  const lines = fileText.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return lines.map((text, i) => ({ text, line: i + 1 }));
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end === -1 ? undefined : end).map((text, i) => ({ text, line: i + 2 }));
}

/** Dates in the front matter that do not exist, such as 2022-02-30 or 2022-13-01. */
export function impossibleDates(fileText: string): FrontmatterProblem[] {
  const problems: FrontmatterProblem[] = [];
  for (const { text, line } of frontmatterLines(fileText)) {
    const m = dateLine.exec(text);
    if (!m) continue;
    const [y, mo, d] = m[2]!.split('-');
    const parsed = parseLocalDate(`${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
    if ('error' in parsed) problems.push({ line, field: m[1]!, message: parsed.error });
  }
  return problems;
}

/** Relative image paths (`src: ../afbeeldingen/x.jpg`) whose file does not exist or, given `read`, that the build cannot process. */
export function missingFiles(
  fileText: string,
  exists: (relativePath: string) => boolean,
  read?: (relativePath: string) => Buffer,
): FrontmatterProblem[] {
  const problems: FrontmatterProblem[] = [];
  for (const { text, line } of frontmatterLines(fileText)) {
    const m = srcLine.exec(text);
    if (m && exists(m[1]!)) {
      // The build's loader also checks the format (the content check does that with the image's slot).
      const format = read ? formatProblem(m[1]!, read(m[1]!)) : undefined;
      if (format) problems.push({ line, field: 'src', message: format });
    } else if (m) {
      problems.push({
        line,
        field: 'src',
        message: `Het bestand ${m[1]} bestaat niet. Zet de afbeelding in content/afbeeldingen/ en controleer de naam (hoofdletters tellen mee).`,
      });
    }
  }
  return problems;
}
