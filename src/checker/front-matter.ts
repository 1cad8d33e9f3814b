/**
 * Front matter, read exactly as the build reads it: Astro's own front matter
 * parser (js-yaml inside @astrojs/internal-helpers) gives every value the checker
 * judges. A second parser (`yaml`) only supplies line numbers and, for a file the
 * build cannot read, a clear Dutch reason.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

export interface ParsedFile {
  data: unknown;
  /** Line of a field path such as ['afbeelding', 'alt']; the nearest parent found, else the first line. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** A YAML syntax error, with its line. */
  error?: { line: number; message: string };
  /** Values a ` #` cut short (see `cutValues`). */
  cut?: CutValue[];
}

/** A value without quotes in which ` #` starts a YAML comment: the site shows only what comes before it. */
export interface CutValue {
  line: number;
  path: PropertyKey[];
  message: string;
}

const EMPTY = 'Dit bestand is leeg. Vul de velden in (zie het voorbeeld in docs/redactie.md) of haal het bestand weg.';

/** The values as the build sees them: Astro's parser for front matter and for YAML data files (same js-yaml call), JSON.parse for JSON. */
export function buildReading(text: string, kind: 'text' | 'data', json = false): unknown {
  if (json) return JSON.parse(text);
  if (kind === 'text') return parseFrontmatter(text).frontmatter;
  // A YAML data file is read by the same js-yaml call Astro's front matter parser makes. Astro loads a
  // data file as one YAML document, which may open with a line "---"; a second "---" is an error.
  const body = text.replace(/^\uFEFF/, '').replace(/^---[ \t]*\r?\n/, '');
  if (/^---[ \t]*$/m.test(body)) throw new Error('more than one YAML document');
  return parseFrontmatter(`---\n${body}\n---\n`).frontmatter;
}

/** Reads the front matter of a Markdown/MDX file (YAML/JSON files are all front matter); the body is checked in body.ts. */
export function parseContentFile(text: string, kind: 'text' | 'data', json = false): ParsedFile {
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return { data: undefined, lineOf: () => 1, error: { line: 1, message: EMPTY } };
  let yamlText = text;
  let offsetLines = 0;
  if (kind === 'text') {
    const raw = extractFrontmatter(text);
    if (raw === undefined) {
      const opened = /^\uFEFF?\s*---\s*$/m.test(text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '');
      const message = opened
        ? 'De velden bovenaan worden niet afgesloten. Zet een regel met alleen --- onder het laatste veld.'
        : 'Het bestand begint niet met ---. Zet de velden bovenaan tussen twee regels met ---.';
      return { data: undefined, lineOf: () => 1, error: { line: 1, message } };
    }
    yamlText = raw;
    offsetLines = text.slice(0, text.indexOf(raw)).split('\n').length - 1;
  }
  if (json) {
    try {
      return { data: buildReading(text, kind, true), lineOf: () => 1 };
    } catch (e) {
      return {
        data: undefined,
        lineOf: () => 1,
        error: { line: 1, message: `Dit is geen geldige JSON: ${(e as Error).message}` },
      };
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const line = (offset: number) => counter.linePos(offset).line + offsetLines;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = nodeAt(doc.contents, path.slice(0, n));
      if (node?.range) return line(node.range[0]);
    }
    return 1;
  };
  try {
    return { data: buildReading(text, kind), lineOf, cut: cutValues(doc, line) };
  } catch (e) {
    const [err] = doc.errors;
    const mark = (e as { mark?: { line?: number } }).mark;
    const at = err ? line(err.pos[0]) : (mark?.line ?? 0) + 1 + offsetLines;
    const lines = text.split(/\r?\n/);
    const glued = gluedField(lines, at);
    if (glued) return { data: undefined, lineOf, error: glued };
    const uneven = err?.code === 'BAD_INDENT' ? unevenIndent(lines, at) : undefined;
    if (uneven) return { data: undefined, lineOf, error: { line: at, message: uneven } };
    return { data: undefined, lineOf, error: { line: at, message: yamlMessage(err?.code ?? (e as Error).message) } };
  }
}

/**
 * Plain values followed by a comment on their line: `titel: Dag van de Bouw #1` is read as "Dag van de
 * Bouw", because YAML takes ` #` and the rest of the line as a comment. Editors mean it as text.
 */
function cutValues(doc: Document, line: (offset: number) => number): CutValue[] {
  const cut: CutValue[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || !node.comment || node.type !== 'PLAIN' || !node.range) return;
      const path: PropertyKey[] = [];
      const chain = [...ancestors, node];
      chain.forEach((a, i) => {
        if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
        if (isSeq(a)) path.push(a.items.indexOf(chain[i + 1]));
      });
      const shown = String(node.source ?? node.value);
      const written = `${shown} #${node.comment}`;
      cut.push({
        line: line(node.range[0]),
        path,
        message: `Alles na het teken # valt weg: op de site staat nu alleen "${shown}". Zet de hele tekst tussen aanhalingstekens: "${written.replace(/"/g, '\\"')}".`,
      });
    },
  });
  return cut;
}

/** The node of the key (for maps) or item (for lists) at a path. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | null | undefined = root;
  let keyNode: Node | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === part);
      if (!pair) return undefined;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part] as Node | null;
      keyNode = node ?? undefined;
    } else return undefined;
  }
  return keyNode ?? node ?? undefined;
}

/**
 * `titel:Dag van de Bouw`: without a space after the colon YAML reads no field, and its own error
 * (often a line later) points elsewhere. Looks at the error's line and the two before it.
 */
function gluedField(lines: string[], at: number): { line: number; message: string } | undefined {
  for (let n = Math.max(1, at - 2); n <= at; n++) {
    const m = /^\s*(-\s+)?([A-Za-z][\w]*):([^\s].*)$/.exec(lines[n - 1] ?? '');
    if (m)
      return {
        line: n,
        message: `Zet een spatie na de dubbele punt: ${m[2]}: ${m[3]}. Zonder spatie leest de site hier geen veld.`,
      };
  }
  return undefined;
}

/**
 * `afbeelding:` with `src:` three spaces in and `alt:` two: YAML stops at the second line. Says both
 * counts, so the editor sees which two lines differ (the mistake may be on the line above).
 */
function unevenIndent(lines: string[], at: number): string | undefined {
  const indent = (s: string) => /^ */.exec(s)![0].length;
  let above = at - 1;
  while (above > 0 && !lines[above - 1]!.trim()) above--;
  const here = lines[at - 1];
  if (here === undefined || above < 1) return undefined;
  const [a, b] = [indent(here), indent(lines[above - 1]!)];
  if (a === b || a === 0 || b === 0) return undefined;
  return `Deze regel springt ${a} spaties in, de regel erboven ${b}. Velden die bij elkaar horen (zoals src en alt onder afbeelding) staan precies even ver in; in de voorbeelden is dat 2 spaties.`;
}

/** YAML errors in words an editor understands. */
function yamlMessage(code: string): string {
  const hint: Record<string, string> = {
    DUPLICATE_KEY: 'Dit veld staat er twee keer. Haal een van de twee weg.',
    MULTIPLE_DOCS:
      'In een .yaml-bestand staat hoogstens één regel met alleen ---, en alleen bovenaan. Haal de andere weg.',
    BAD_INDENT: 'De inspringing klopt niet. Gebruik spaties (geen tabs) en zet velden onder elkaar op dezelfde hoogte.',
    TAB_AS_INDENT: 'Hier staat een tab. Gebruik spaties om in te springen.',
    MISSING_CHAR: 'Hier mist een teken, bijvoorbeeld een sluitend aanhalingsteken of een dubbele punt.',
    BLOCK_AS_IMPLICIT_KEY:
      'Staat er een dubbele punt (:) in de tekst? Zet de hele tekst dan tussen aanhalingstekens: veld: "tekst: met dubbele punt". Of mist er een dubbele punt na de veldnaam?',
    MULTILINE_IMPLICIT_KEY: 'Een tekst loopt over meer regels. Zet hem tussen aanhalingstekens of op één regel.',
    UNEXPECTED_TOKEN:
      'Hier staat een teken dat niet verwacht wordt. Staat er een dubbele punt in een tekst? Zet de tekst dan tussen aanhalingstekens.',
  };
  if (/duplicated mapping key/.test(code)) return hint.DUPLICATE_KEY!;
  return (
    hint[code] ??
    'De velden bovenaan kloppen niet. Vergelijk met het voorbeeld in docs/redactie.md: veldnaam, dubbele punt, spatie, waarde.'
  );
}
