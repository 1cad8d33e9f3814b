/**
 * Checks on the text below the front matter, parsed with the same MDX/Markdown
 * parser the build uses (Sätteri): syntax errors, imports, raw HTML that is not
 * allowed, unknown components, links and images.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { editorComponentNames } from '../lib/vocabulary';

export interface BodyProblem {
  line: number;
  message: string;
  /** A link or image to check against the site's pages or files. */
  link?: { url: string; kind: 'link' | 'image' | 'knop' };
  /** An image in the text, with its alt text. */
  alt?: string;
  /** A hint, not an error: the build and the page work, but a reader may miss something. */
  warning?: true;
}

/** `#` is the page's own title (its h1): the text's headings start at `##`. */
const TITLE_HEADING =
  'Een kop met één # is de titel van de pagina, en die staat er al boven. Gebruik ## voor een tussenkop.';
const skippedHeading = (depth: number, last: number) =>
  `Deze kop slaat een niveau over: na ${'#'.repeat(last)} komt ${'#'.repeat(last + 1)}, niet ${'#'.repeat(depth)}. Wie een schermlezer gebruikt, springt van kop naar kop; een overgeslagen niveau lijkt dan een stuk dat ontbreekt. Schrijf ${'#'.repeat(last + 1)}.`;

interface MdNode {
  type: string;
  name?: string | null;
  /** A heading's level: 2 for `##`. */
  depth?: number;
  url?: string;
  alt?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdNode[];
}

const forbiddenTags = /^(script|iframe|style|object|embed|form|link|meta|base)$/i;
const allowed = new Set<string>(editorComponentNames);
const requiredProps: Record<string, string[]> = {
  Citaat: ['wie', 'bron'],
  Foto: ['bijschrift', 'maker'],
  Feiten: ['titel'],
  Knop: ['href'],
  Persoon: ['id'],
};
const componentList = editorComponentNames.join(', ');
/** An editor component written in lower case (`<citaat>`) is an unknown HTML tag to the build: its parts would go missing. */
const componentByLowerName = new Map(editorComponentNames.map((n) => [n.toLowerCase(), n]));
const IMG_MESSAGE =
  'Gebruik ![wat je ziet](../afbeeldingen/naam.jpg) in plaats van <img>: dan controleert de site het bestand en de beschrijving, en maakt ze het beeld klein genoeg voor een telefoon.';
const lowerComponentMessage = (tag: string, component: string) =>
  `Schrijf <${component}> met een hoofdletter. <${tag}> kent de site niet: het onderdeel en wat erbij hoort (zoals de bron) komen dan niet op de pagina.`;

/** Problems in the body of a text entry; `mdx` is false for `.md` files. */
export function bodyProblems(fileText: string, mdx: boolean): BodyProblem[] {
  let tree: MdNode;
  try {
    tree = (mdx ? mdxToMdast(fileText) : markdownToMdast(fileText)) as unknown as MdNode;
  } catch (e) {
    const raw = (e as Error).message;
    const line = Number(/^(\d+):\d+/.exec(raw)?.[1] ?? 1);
    return [
      {
        line,
        message: `De tekst is geen geldige MDX: ${raw.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}. Vaak is een tag niet gesloten (<Foto> zonder </Foto>), of staat er een { of < in gewone tekst: zet daar een \\ voor.`,
      },
    ];
  }
  const out: BodyProblem[] = [];
  // The level of the heading before (the page's title is level 1).
  let lastHeading = 1;
  const visit = (n: MdNode) => {
    const line = n.position?.start.line ?? 1;
    switch (n.type) {
      case 'mdxjsEsm': {
        const v = n.value ?? '';
        const names = /^import\s+\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/.exec(v.trim());
        const okImport =
          names &&
          /(^|\/)components\/redactie(\/index(\.ts)?)?$/.test(names[2]!) &&
          names[1]!.split(',').every((x) => allowed.has(x.trim()));
        if (!okImport) {
          out.push({
            line,
            message: `Hier mag geen import of export staan. De onderdelen ${componentList} werken zonder import; haal deze regel weg.`,
          });
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A forbidden element is reported once, not again for what is inside it.
        if (jsxElement(n, line, out) === 'forbidden') return;
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // In MDX, {…} is code: {naam} stops the build ("naam is not defined"), {1 + 1} shows 2. A comment is fine.
        const code = (n.value ?? '').trim();
        if (!/^\/\*[\s\S]*\*\/$/.test(code))
          out.push({
            line,
            message: `{${code}} is in een .mdx-bestand code, geen tekst: de site leest het als opdracht, en de build kan erop stoppen. Bedoel je de tekens zelf? Zet een \\ voor de accolade: \\{${code}}.`,
          });
        break;
      }
      case 'heading': {
        const depth = n.depth ?? 2;
        if (depth === 1) out.push({ line, message: TITLE_HEADING, warning: true });
        else if (depth > lastHeading + 1)
          out.push({ line, message: skippedHeading(depth, lastHeading), warning: true });
        lastHeading = Math.max(depth, 2);
        break;
      }
      case 'html':
        rawHtml(n.value ?? '', line, mdx, out);
        break;
      case 'link':
      case 'definition':
        if (n.url) out.push({ line, message: '', link: { url: n.url, kind: 'link' } });
        break;
      case 'image':
        out.push({ line, message: '', link: { url: n.url ?? '', kind: 'image' }, alt: n.alt ?? '' });
        break;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

function jsxElement(n: MdNode, line: number, out: BodyProblem[]): 'forbidden' | undefined {
  const name = n.name ?? '';
  const attrs = n.attributes ?? [];
  for (const a of attrs) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (/^on/i.test(a.name))
      out.push({ line, message: `Het attribuut ${a.name} voert code uit en mag niet in de tekst. Haal het weg.` });
    if (a.name === 'style')
      out.push({ line, message: 'Een style-attribuut mag niet: de opmaak komt van de site zelf. Haal het weg.' });
  }
  if (!name) return;
  if (forbiddenTags.test(name)) {
    out.push({
      line,
      message: `<${name}> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten.`,
    });
    return 'forbidden';
  }
  const component = componentByLowerName.get(name.toLowerCase());
  if (!/^[A-Z]/.test(name) && component)
    return void out.push({ line, message: lowerComponentMessage(name, component) });
  if (name === 'img') return void out.push({ line, message: IMG_MESSAGE });
  if (name === 'a') {
    const href = attrs.find((a) => a.name === 'href')?.value;
    if (typeof href === 'string') out.push({ line, message: '', link: { url: href, kind: 'link' } });
  }
  if (/^[A-Z]/.test(name)) {
    if (!allowed.has(name)) {
      out.push({
        line,
        message: `Onbekend onderdeel <${name}>. Je kunt gebruiken: ${componentList}. Let op hoofdletters.`,
      });
      return;
    }
    const given = new Set(attrs.map((a) => a.name));
    for (const prop of requiredProps[name] ?? []) {
      if (!given.has(prop))
        out.push({ line, message: `<${name}> heeft ${prop}="…" nodig. Zie het voorbeeld in docs/redactie.md.` });
    }
    if (name === 'Knop') {
      const href = attrs.find((a) => a.name === 'href')?.value;
      if (typeof href === 'string') out.push({ line, message: '', link: { url: href, kind: 'knop' } });
    }
  }
  return undefined;
}

function rawHtml(html: string, line: number, mdx: boolean, out: BodyProblem[]) {
  // Opening tags only: a closing tag repeats what its opening tag already said.
  const tag = /^\s*<([A-Za-z][\w-]*)/.exec(html)?.[1];
  if (!tag) return;
  const component = componentByLowerName.get(tag.toLowerCase());
  const href = /^\s*<a\s[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(html);
  if (href) out.push({ line, message: '', link: { url: href[1] ?? href[2]!, kind: 'link' } });
  if (!mdx && /^[A-Z]/.test(tag) && allowed.has(tag)) {
    out.push({ line, message: `<${tag}> werkt alleen in een .mdx-bestand. Hernoem dit bestand van .md naar .mdx.` });
  } else if (component && tag !== component) {
    const md = mdx ? '' : ' Onderdelen werken alleen in een .mdx-bestand: hernoem dit bestand ook van .md naar .mdx.';
    out.push({ line, message: `${lowerComponentMessage(tag, component)}${md}` });
  } else if (/^img$/i.test(tag)) {
    out.push({ line, message: IMG_MESSAGE });
  } else if (forbiddenTags.test(tag)) {
    out.push({
      line,
      message: `<${tag}> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg.`,
    });
  } else if (/\son[a-z]+\s*=/i.test(html)) {
    out.push({
      line,
      message: 'Een attribuut dat met on begint (zoals onclick) voert code uit en mag niet in de tekst. Haal het weg.',
    });
  } else if (/\sstyle\s*=/i.test(html)) {
    out.push({ line, message: 'Een style-attribuut mag niet: de opmaak komt van de site zelf. Haal het weg.' });
  }
}
