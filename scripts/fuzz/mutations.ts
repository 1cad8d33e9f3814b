/**
 * The mutations of the content fuzzer: everyday mistakes an editor makes
 * ("harmful": the checker must catch them, or the build must not mind) and
 * changes that change nothing ("harmless": the checker must accept them).
 * Each is a pure function of a file's text and a seeded random source.
 */
import { placeholders } from '../../src/content-types/index.ts';
import { sharedPlaceholders } from '../../src/content-types/placeholders.ts';

export type Random = () => number;

/** A seeded, reproducible random source (mulberry32). */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** What a mutation does to one file: new text or bytes, a new name, extra files. */
export interface Change {
  text?: string;
  bytes?: Buffer;
  /** New file name (same folder). */
  rename?: string;
  /** Files to add to content/afbeeldingen/: name → file in tests/content-errors/. */
  images?: Record<string, string>;
  what: string;
}

export interface Kind {
  name: string;
  harmful: boolean;
  /** Undefined when this file offers nothing to mutate this way. */
  mutate: (text: string, file: string, r: Random) => Change | undefined;
}

const split = (text: string) => {
  const lines = text.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return { lines, end };
};
const frontLines = (text: string, re: RegExp) => {
  const { lines, end } = split(text);
  return lines.map((l, i) => ({ l, i })).filter(({ l, i }) => (end === -1 ? true : i > 0 && i < end) && re.test(l));
};
const replaceLine = (text: string, i: number, line: string | undefined) => {
  const lines = text.split('\n');
  if (line === undefined) lines.splice(i, 1);
  else lines[i] = line;
  return lines.join('\n');
};
const isText = (file: string) => /\.mdx?$/.test(file);
const append = (text: string, extra: string) => `${text.replace(/\n*$/, '\n')}\n${extra}\n`;

export const kinds: Kind[] = [
  {
    name: 'veld weg',
    harmful: true,
    mutate: (text, _f, r) => {
      const c = frontLines(
        text,
        /^(titel|samenvatting|bron|sector|datum|categorie|naam|school|soort|locatie|korteNaam|omschrijving|beschrijving):/,
      );
      if (!c.length) return undefined;
      const { l, i } = pick(r, c);
      return { text: replaceLine(text, i, undefined), what: `regel "${l}" weg` };
    },
  },
  {
    name: 'verkeerd type',
    harmful: true,
    mutate: (text, _f, r) => {
      const options = [
        [/^(scholen|ambassadeurs|tags): \[([^\],]+)\]$/, (m: RegExpExecArray) => `${m[1]}: ${m[2]}`],
        [
          /^(titel|samenvatting|naam): (.+)$/,
          (m: RegExpExecArray) => `${m[1]}: [${m[2]!.replace(/[,[\]]/g, '')}, extra]`,
        ],
        [/^draft: (true|false)$/, () => 'draft: ja'],
        [/^(datum|start|gegeven): .+$/, (m: RegExpExecArray) => `${m[1]}: volgende week`],
        [/^(volgorde|niveau): .+$/, (m: RegExpExecArray) => `${m[1]}: veel`],
      ] as const;
      const hits = options.flatMap(([re, f]) => frontLines(text, re).map((h) => ({ ...h, line: f(re.exec(h.l)!) })));
      if (!hits.length) return undefined;
      const h = pick(r, hits);
      return { text: replaceLine(text, h.i, h.line), what: `"${h.l}" → "${h.line}"` };
    },
  },
  {
    name: 'kapotte YAML',
    harmful: true,
    mutate: (text, _f, r) => {
      const c = frontLines(text, /^[a-zA-Z]+: [^"'[{|>].*$/);
      if (!c.length) return undefined;
      const { l, i } = pick(r, c);
      const broken = pick(r, [`${l}: met dubbele punt`, `\t${l}`, l.replace(/: /, ': "'), `${l}\n  - los: [`]);
      return { text: replaceLine(text, i, broken), what: `"${l}" → ${JSON.stringify(broken)}` };
    },
  },
  {
    name: 'verkeerd beeld',
    harmful: true,
    mutate: (text, _f, r) => {
      const c = frontLines(text, /^\s*src: \.\.\/afbeeldingen\/\S+$/);
      if (!c.length) return undefined;
      const { l, i } = pick(r, c);
      const [name, images] = pick(r, [
        ['bestaat-niet.jpg', {}],
        ['iphone-foto.heic', { 'iphone-foto.heic': 'iphone.heic' }],
        ['tekening.svg', { 'tekening.svg': 'tekening.svg' }],
        ['klein.png', { 'klein.png': 'klein.png' }],
        ['met-gps.jpg', { 'met-gps.jpg': 'met-gps.jpg' }],
      ] as const);
      return {
        text: replaceLine(text, i, l.replace(/afbeeldingen\/\S+$/, `afbeeldingen/${name}`)),
        images,
        what: `beeld → ${name}`,
      };
    },
  },
  {
    name: 'kapotte link',
    harmful: true,
    mutate: (text, file, r) => {
      if (!isText(file)) return undefined;
      const extra = pick(r, [
        'Lees [meer](../bestaat-niet/).',
        'Zie [de agenda](/agenda/).',
        'Kijk op [de site](http://example.org/).',
        '![Een foto](../afbeeldingen/weg.png)',
        '![](../afbeeldingen/hero.png)',
        'Zie [sport](../../agenda/soort/voetbal/).',
      ]);
      return { text: append(text, extra), what: extra };
    },
  },
  {
    name: 'onderdeel verkeerd',
    harmful: true,
    mutate: (text, file, r) => {
      if (!isText(file)) return undefined;
      const mdx = file.endsWith('.mdx');
      const extra = mdx
        ? pick(r, [
            '<Video src="x" />',
            '<Citaat wie="Sanne">Zonder bron.</Citaat>',
            '<Persoon id="niemand" />',
            '<script>alert(1)</script>',
            '<Knop>Nergens heen</Knop>',
            "import X from './x.astro'",
          ])
        : '<Citaat wie="Sanne" bron="Interview">In een .md-bestand.</Citaat>';
      return { text: append(text, extra), what: extra };
    },
  },
  {
    name: 'codering',
    harmful: true,
    mutate: (text, _f, r) => {
      const withAccent = /[^\p{ASCII}]/u.test(text) ? text : text.replace(/^(titel|naam): (.+)$/m, '$1: $2 café');
      if (!/[^\p{ASCII}]/u.test(withAccent)) return undefined;
      return pick(r, [
        { bytes: Buffer.from(withAccent, 'latin1'), what: 'opgeslagen als Latin-1' },
        {
          bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withAccent, 'utf16le')]),
          what: 'opgeslagen als UTF-16',
        },
      ]);
    },
  },
  {
    name: 'voorbeeldtekst',
    harmful: true,
    mutate: (text, file, r) => {
      const summary = frontLines(text, /^samenvatting: /);
      if (summary.length && r() < 0.5)
        return {
          text: replaceLine(text, summary[0]!.i, `samenvatting: ${JSON.stringify(placeholders.storySummary)}`),
          what: 'samenvatting is voorbeeldtekst',
        };
      if (!isText(file)) return undefined;
      return {
        text: append(
          text,
          pick(r, [sharedPlaceholders.bodyLead, sharedPlaceholders.bodyMore, sharedPlaceholders.bodyHeading]),
        ),
        what: 'voorbeeldtekst in de tekst',
      };
    },
  },
  {
    name: 'hernoemd',
    harmful: true,
    mutate: (_text, file, r) => {
      const base = file.split('/').pop()!;
      const [stem, ext] = [base.replace(/\.[^.]+$/, ''), base.slice(base.lastIndexOf('.'))];
      const rename = pick(r, [
        `${stem[0]!.toUpperCase()}${stem.slice(1)}${ext}`,
        `${stem.replace(/-/g, ' ')} kopie${ext}`,
        `${stem}.txt`,
        `${stem}.markdown`,
      ]);
      return rename === base ? undefined : { rename, what: `${base} → ${rename}` };
    },
  },
  {
    name: 'geplakt stuurteken',
    harmful: true,
    // Pasted from Word or text in another encoding: the character itself, or the escape a YAML writer (the CMS)
    // makes of it. The checker must refuse it (lib/pasted-characters); a page or feed may never hold it.
    mutate: (text, file, r) => {
      const char = pick(r, ['\u000b', '\u000c', '\u0007', '\u001b', '\u0092', '\ufffe']);
      const c = frontLines(text, /^(titel|samenvatting|naam|omschrijving|beschrijving): (?!["'])(.{1,60})$/);
      const where = c.length && (!isText(file) || r() < 0.6) ? pick(r, c) : undefined;
      const hex = char.codePointAt(0)!.toString(16).padStart(4, '0');
      if (!where) {
        if (!isText(file)) return undefined;
        return { text: append(text, `Een zin uit Word${char}met een teken erin.`), what: `U+${hex} in de tekst` };
      }
      const [key, value] = [where.l.slice(0, where.l.indexOf(':')), where.l.slice(where.l.indexOf(':') + 2)];
      const cut = Math.max(1, Math.floor(value.length / 2));
      const escaped = r() < 0.5;
      const line = escaped
        ? `${key}: ${JSON.stringify(value.slice(0, cut)).slice(0, -1)}\\u${hex}${JSON.stringify(value.slice(cut)).slice(1)}`
        : `${key}: ${value.slice(0, cut)}${char}${value.slice(cut)}`;
      return { text: replaceLine(text, where.i, line), what: `U+${hex} in ${key}${escaped ? ' (als escape)' : ''}` };
    },
  },
  {
    name: 'Windows-regeleinden',
    harmful: false,
    mutate: (text) => ({ text: text.replace(/\r?\n/g, '\r\n'), what: 'CRLF' }),
  },
  {
    name: 'BOM',
    harmful: false,
    mutate: (text) => ({ text: `\uFEFF${text}`, what: 'byte order mark vooraan' }),
  },
  {
    name: 'veldvolgorde',
    harmful: false,
    mutate: (text, file, r) => {
      const { lines, end } = split(text);
      const yamlLines = file.endsWith('.yaml') ? lines : end > 0 ? lines.slice(1, end) : [];
      const blocks: string[][] = [];
      let comments: string[] = [];
      for (const l of yamlLines) {
        if (l.startsWith('#')) comments.push(l);
        else if (/^[a-zA-Z]/.test(l)) {
          blocks.push([...comments, l]);
          comments = [];
        } else if (blocks.length) blocks.at(-1)!.push(l);
      }
      if (blocks.length < 2 || comments.length) return undefined;
      const shuffled = [...blocks].sort(() => r() - 0.5);
      const yaml = shuffled.flat();
      const out = file.endsWith('.yaml') ? yaml.join('\n') : ['---', ...yaml, ...lines.slice(end)].join('\n');
      return {
        text: file.endsWith('.yaml') && !out.endsWith('\n') ? `${out}\n` : out,
        what: 'velden in andere volgorde',
      };
    },
  },
  {
    name: 'aanhalingstekens',
    harmful: false,
    mutate: (text, _f, r) => {
      const c = frontLines(text, /^\s*[a-zA-Z]+: (?!["'[{|>&*!%@`#-])(?!(true|false|null|~|\d[\d\s:.T-]*|[\d.]+)$).+$/);
      if (!c.length) return undefined;
      const { l, i } = pick(r, c);
      const m = /^(\s*[a-zA-Z]+): (.+)$/.exec(l)!;
      const quoted = r() < 0.5 ? JSON.stringify(m[2]) : `'${m[2]!.replace(/'/g, "''")}'`;
      return { text: replaceLine(text, i, `${m[1]}: ${quoted}`), what: `${m[1]!.trim()} tussen aanhalingstekens` };
    },
  },
  {
    name: 'emoji',
    harmful: false,
    // Share cards and badges draw emoji from a shipped font (src/lib/trademark/font-chain.ts): a school's name too.
    mutate: (text, _file, r) => {
      const c = frontLines(text, /^(titel|naam): (?!["'])(.{1,70})$/);
      if (!c.length) return undefined;
      const { l, i } = pick(r, c);
      const emoji = pick(r, ['🎉', '💪', '🔧', '❤️', '👩‍🎓']);
      return { text: replaceLine(text, i, `${l} ${emoji}`), what: `emoji ${emoji} in ${l.split(':')[0]}` };
    },
  },
  {
    name: 'tekens',
    harmful: false,
    // Any character an editor can type in a drawn title or name: the page shows it, the card draws it or shows
    // U+FFFD (a warning). Characters no shipped font has are refused in a school's name (its badge): not here.
    mutate: (text, file, r) => {
      const c = frontLines(text, /^(titel|naam): (?!["'])(.{1,60})$/);
      if (!c.length) return undefined;
      const drawn = [
        '👩‍👩‍👧',
        '🏳️‍🌈',
        '👍🏽',
        '🇳🇱',
        '#️⃣',
        'q\u0303',
        'e\u0301',
        'محمد',
        'عام ٢٠٢٢',
        'שלום',
        'नमस्ते',
        'Ελλάδα',
        'Київ',
        'Ősz',
        '✓',
        '★',
        '→',
        '∑',
        '½',
      ];
      const undrawn = ['漢字', '한국어', 'ไทย', 'ქართული', '𓀀'];
      const piece = pick(r, file.startsWith('scholen/') ? drawn : [...drawn, ...undrawn]);
      const { l, i } = pick(r, c);
      return { text: replaceLine(text, i, `${l} ${piece}`), what: `${JSON.stringify(piece)} in ${l.split(':')[0]}` };
    },
  },
  {
    name: 'hekje zonder aanhalingstekens',
    harmful: true,
    // YAML reads " #" and the rest as a note: the site would show the text cut short (sessie 16).
    mutate: (text, _f, r) => {
      const c = frontLines(text, /^(titel|samenvatting|naam): (?!["'])(.{1,60})$/);
      if (!c.length) return undefined;
      const { l, i } = pick(r, c);
      return { text: replaceLine(text, i, `${l} #1`), what: `"${l}" → "${l} #1"` };
    },
  },
  {
    name: 'accolades in MDX',
    harmful: true,
    // In .mdx, {…} is code: {naam} stopped the build while the check passed (sessie 16).
    mutate: (text, file, r) => {
      if (!file.endsWith('.mdx')) return undefined;
      const piece = pick(r, ['{naam}', '{1 + 1}', '{"tekst"}', '{school.naam}']);
      return { text: append(text, `Een zin met ${piece} erin.`), what: `${piece} in de tekst` };
    },
  },
  {
    name: 'witregels',
    harmful: false,
    mutate: (text, file, r) => {
      if (file.endsWith('.yaml')) return { text: `${text}\n\n`, what: 'witregels aan het eind' };
      const { lines, end } = split(text);
      if (end < 2) return undefined;
      const at = 1 + Math.floor(r() * (end - 1));
      if (/^\s/.test(lines[at] ?? '')) return undefined;
      lines.splice(at, 0, '');
      return { text: `${lines.join('\n')}\n\n`, what: `lege regel in de velden (regel ${at + 1}) en aan het eind` };
    },
  },
];
