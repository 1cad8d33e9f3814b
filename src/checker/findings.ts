/** What the content checker reports, and how it prints it (plain, and as GitHub annotations). */

export interface Finding {
  /** Path as the editor sees it, e.g. `content/verhalen/fleur.mdx`. */
  file: string;
  /** 1-based line of the field (or of the body text). */
  line: number;
  /** Field name (`datum`, `afbeelding.alt`), or `tekst` for the body. */
  field: string;
  /** Dutch: what is wrong and how to fix it. */
  message: string;
  severity: 'error' | 'warning';
}

/** `content/verhalen/x.mdx:4: veld 'datum': …` (with "waarschuwing:" for hints). */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}: ${f.severity === 'warning' ? 'waarschuwing: ' : ''}veld '${f.field}': ${f.message}`;
}

/** Escapes for a GitHub workflow command: properties and message have their own rules. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,title=…::…`: shown on the changed line in a pull request. */
export function githubAnnotation(f: Finding): string {
  const level = f.severity;
  return `::${level} file=${escapeProperty(f.file)},line=${f.line},title=${escapeProperty(`veld '${f.field}'`)}::${escapeData(f.message)}`;
}

/** Findings in a stable order: by file, then line. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}
