/**
 * Sveltia CMS's own code saves, end to end: the real /admin/ bundle in Chromium,
 * in the CMS's local-repository mode on a copy of content/ (tests/helpers/
 * cms-local-repo.ts). For every collection a new entry is filled in through the
 * form, every field, with a JPEG upload that carries GPS and an owner; one real
 * entry gets one field edited; one is deleted. The files the CMS wrote are read
 * back and must pass the content check and one full `astro build`, the pages
 * must show what was typed, the uploaded image must carry no GPS or owner, the
 * edited file must differ in exactly the edited line, and every file the CMS
 * wrote must already be in the form our normaliser writes (src/admin/cms-format).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../src/admin/cms-config';
import { canonicalContent } from '../../src/admin/cms-format';
import { cmsSettings } from '../../src/admin/settings';
import { checkContent } from '../../src/checker/check';
import { escapeText } from '../../src/lib/icalendar';
import { privateFields } from '../../src/lib/image-metadata';
import { pastedCharacterFormPattern } from '../../src/lib/pasted-characters';
import { collectionNames, contentTypes, type CollectionName } from '../../src/content-types';
import { root, runAstro, sites } from '../helpers/astro-run';
import { page as builtPage, text } from '../helpers/dist';
import { launchBrowser } from '../helpers/browser';
import { fillFolder, readFolder, useOriginPrivateFolder, type RepoFiles } from '../helpers/cms-local-repo';
import { serve, type RunningServer } from '../helpers/static-server';

const NOW = '2026-12-01T10:00:00Z';
const config = cmsConfig(cmsSettings({}));
/** A camera photo as an editor uploads it: wide enough for every slot, with a GPS position, a photographer and an owner in its EXIF. */
const GPS_PHOTO = join(mkdtempSync(join(tmpdir(), 'mbo030-foto-')), 'telefoonfoto.jpg');
const gpsExif = {
  IFD0: { Artist: 'Fotograaf Test' },
  IFD2: { CameraOwnerName: 'Eigenaar Test' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
};

/**
 * Characters an editor types that mean something to YAML, Markdown, MDX, HTML, XML or iCalendar
 * (quotes, &, <, {, ;, \\, #), and emoji, accents and right-to-left text: in summaries and in the
 * text of a story and an event, so the CMS's own saving, the content check and the build all see them.
 */
const ANY_CHARACTERS = 'Kosten: {gratis}, 5 < 10 & 3 > 2; 50% — “Welkom!” ½ × 👩‍🎓 🇳🇱 محمد ✓ a\\b #1.';

/** What an editor types per collection: every field, values that satisfy the rules between fields. */
const typed: Record<CollectionName, Record<string, unknown>> = {
  scholen: {
    naam: 'Proefschool De Brug',
    korteNaam: 'Proefschool',
    website: 'https://www.example.nl/proefschool',
    omschrijving: 'Een school die alleen in de test bestaat. Ze heeft één locatie.',
    locaties: [{ naam: 'Hoofdgebouw', adres: 'Stationsplein 1', plaats: 'Utrecht' }],
  },
  ambassadeurs: {
    naam: 'Zoë',
    soort: 'student',
    school: 'nimeto',
    opleiding: 'Verzorgende IG',
    niveau: 3,
    jaren: ['2025-2026'],
    portret: { src: 'upload', alt: 'Zoë lacht in de zorgklas van haar school.', toontPersonen: true },
    citaat: { tekst: 'Ik help graag mensen, elke dag weer.', bron: 'Zoë in een gesprek op school, november 2026' },
    samenvatting: 'Zoë leert voor verzorgende in de zorg en vertelt over haar stage.',
    toestemming: {
      basis: 'formulier',
      gegeven: '2026-11-02',
      door: 'ouder',
      onder16: true,
      vastgelegd: 'Zaak 2026-0142',
      tot: '2030-11-01',
    },
    draft: false,
    body: 'Zoë is ambassadeur van Nimeto. Ze werkt graag met mensen.\n\n## Haar stage\n\nZe loopt stage in een verpleeghuis in Overvecht.',
  },
  verhalen: {
    titel: 'Zoë leert zorgen in Overvecht',
    samenvatting: 'Zoë (17) loopt stage: "zorg & welzijn" <thuis> {elke dag} ½ × 50% — 👩‍🎓 محمد ✓ a\\b #1',
    ambassadeurs: ['zoe'],
    scholen: ['nimeto'],
    sector: 'zorg en welzijn',
    gebeurd: '2026-11',
    datum: '2026-11-20',
    bron: 'Gesprek met Zoë op school, 20 november 2026',
    afbeelding: { src: 'upload', alt: 'Zoë helpt een bewoner met een kop thee.', toontPersonen: true },
    tags: ['zorg', 'stage'],
    draft: false,
    body: `Zoë loopt stage in een verpleeghuis. Ze helpt bewoners met eten en drinken.\n\n## Wat ze leert\n\nZe leert goed luisteren.\n\n${ANY_CHARACTERS}`,
  },
  agenda: {
    titel: 'Open dag van de Proefschool',
    samenvatting: 'Studenten laten zien wat ze maken; iedereen is welkom, ook ouders & vrienden: "gratis" {ja} \\ 👋',
    start: '2027-02-10T10:00',
    eind: '2027-02-10T15:00',
    heleDag: false,
    precisie: 'dag',
    locatie: { naam: 'Hoofdgebouw', adres: 'Stationsplein 1', plaats: 'Utrecht' },
    ambassadeurs: ['zoe'],
    bron: 'Brief van de school, november 2026',
    scholen: ['nimeto'],
    categorie: 'onderwijs',
    status: 'gepland',
    volgnummer: 1,
    aanmelden: 'https://www.example.nl/aanmelden',
    afbeelding: { src: 'upload', alt: 'Een open deur met een bord: welkom.', toontPersonen: false },
    draft: false,
    body: `Op de open dag zie je wat studenten maken.\n\nKom langs met je ouders.\n\n${ANY_CHARACTERS}`,
  },
  tour: {
    titel: 'Bezoek van de Mbo Tour 030 bij Nimeto',
    datum: '2026-11-18',
    gepubliceerd: '2026-11-20',
    precisie: 'dag',
    school: 'nimeto',
    locatie: 'Hoofdgebouw van Nimeto',
    opleidingen: ['verzorgende IG'],
    ontmoet: [{ rol: 'studenten', naam: 'klas 2B' }],
    ambassadeurs: ['zoe'],
    bron: 'Verslag van de afdeling Communicatie, 18 november 2026',
    samenvatting: 'De wethouder keek mee in de zorgklas en praatte met studenten.',
    fotos: [{ src: 'upload', alt: 'De wethouder praat met studenten in de zorgklas.', toontPersonen: true }],
    draft: false,
    body: 'De wethouder bezocht de zorgklas van Nimeto.\n\nHij praatte met studenten over hun stage.',
  },
  paginas: {
    titel: 'Proefpagina uit het formulier',
    beschrijving: 'Een vaste pagina die de redactie in het formulier maakte.',
    intro: 'Een korte inleiding op deze pagina.',
    body: 'Dit is de tekst van de proefpagina.\n\n## Een kopje\n\nEn nog een alinea.',
  },
  gespot: {
    titel: 'Op de bouwkeet',
    wat: 'Het merk mbo030 op een bouwkeet.',
    waar: 'Bij de nieuwbouw in Leidsche Rijn.',
    bijdrage: 'Timmerlieden met een mbo-opleiding bouwen hier huizen.',
    scholen: ['nimeto'],
    stand: 'gezien',
    datum: '2026-11',
    bron: 'Foto van de redactie, november 2026',
    afbeelding: { src: 'upload', alt: 'Een bouwkeet met het logo mbo030.', toontPersonen: false },
    volgorde: 4,
    draft: false,
    body: 'Het merk staat op de keet van de bouwplaats.',
  },
};

/** New entries in the registry's order: each refers only to types listed before it (else choosing the reference fails). */
const order = collectionNames;
const EDITED = {
  collection: 'verhalen',
  id: 'beroepentuin-overvecht',
  field: 'titel',
  value: 'De Beroepentuin wil werkzoekenden opleiden voor de techniek en de zorg',
};
const DELETED = 'content/agenda/nijntje-65-jaar.md';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
const before: RepoFiles = Object.fromEntries(
  walk(join(root, 'content')).map((p) => [relative(root, p), new Uint8Array(readFileSync(p))]),
);

let browser: Browser;
let server: RunningServer;
let page: Page;
let after: RepoFiles = {};
const problems: string[] = [];

beforeAll(async () => {
  await sharp({ create: { width: 2400, height: 1500, channels: 3, background: '#2f80c0' } })
    .jpeg()
    .withExif(gpsExif)
    .toFile(GPS_PHOTO);
  browser = await launchBrowser();
  server = await serve(sites.real, '/');
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
  await useOriginPrivateFolder(context);
  page = await context.newPage();
  // The machine may be busy: a slow step waits longer, never a fixed time.
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (e) => problems.push(`script: ${e.message}`));
  page.on(
    'request',
    (r) => !r.url().startsWith(server.origin) && !/^(data|blob):/.test(r.url()) && problems.push(`verzoek: ${r.url()}`),
  );
  await page.goto(`${server.url}admin/`);
  await fillFolder(page, before);
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
  await page.getByText('Verhalen', { exact: true }).first().waitFor();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const section = (path: string) => page.locator(`[data-key-path="${path}"]`).filter({ visible: true }).first();
/** The CMS draws a group's fields when they scroll into view: scrolls the group's end into view until the field is there. */
async function reveal(path: string): Promise<void> {
  const top = page
    .locator(`[data-key-path="${path.split('.')[0]}"]`)
    .filter({ visible: true })
    .first();
  const here = page.locator(`[data-key-path="${path}"]`);
  await expect
    .poll(
      async () => (await here.count()) > 0 || (await top.evaluate((e) => e.scrollIntoView({ block: 'end' })), false),
      { timeout: 120_000 },
    )
    .toBe(true);
}
const label = (f: CmsField, v: unknown) => {
  const options = (f.options as unknown[] | undefined) ?? [];
  const match = options.find((o) =>
    typeof o === 'object' && o !== null ? (o as { value: unknown }).value === v : o === v,
  );
  return typeof match === 'object' && match !== null ? (match as { label: string }).label : String(v);
};
/** What a relation shows for an id: the entry's title or name, as the form lists it. */
const shown: Record<string, string> = { nimeto: 'Nimeto', zoe: 'Zoë' };

async function choose(where: Locator, name: string): Promise<void> {
  const radio = where.getByRole('radio', { name, exact: true });
  if (await radio.count()) return radio.first().click();
  const box = where.getByRole('checkbox', { name, exact: true });
  if (await box.count()) return box.first().click();
  await where.getByRole('combobox').first().click();
  await page.getByRole('option', { name, exact: true }).first().click();
}

/** A typed value as a form control holds it: the values above are strings, numbers and booleans. */
function asText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new Error(`not a value an editor types into one control: ${JSON.stringify(v)}`);
}

/** Fills one field of the form the way an editor does, by its widget. */
async function fill(path: string, f: CmsField, v: unknown): Promise<void> {
  if (v === undefined) return;
  await reveal(path);
  const at = section(path);
  await at.scrollIntoViewIfNeeded();
  switch (f.widget) {
    case 'string':
      return at.locator('input').first().fill(asText(v));
    case 'text':
    case 'markdown':
      return at.locator('textarea').first().fill(asText(v));
    case 'datetime':
      return at.locator('input[type="date"]').first().fill(asText(v));
    case 'number':
      return at.getByRole('spinbutton').first().fill(asText(v));
    case 'boolean':
      if ((await at.getByRole('switch').first().getAttribute('aria-checked')) !== asText(v))
        await at.getByRole('switch').first().click();
      return;
    case 'select':
      return choose(at, label(f, v));
    case 'relation':
      for (const id of Array.isArray(v) ? v : [v]) await choose(at, shown[String(id)] ?? String(id));
      return;
    case 'image':
      // The CMS converts the photo (to WebP, without its metadata) before it shows the file and the next fields.
      await at.locator('input[type="file"]').first().setInputFiles(GPS_PHOTO);
      return at
        .getByText(/\.\.\/afbeeldingen\/.+\.webp/)
        .first()
        .waitFor();
    case 'object':
      return fillObject(path, f, v as Record<string, unknown>);
    case 'list':
      return fillList(path, f, v as unknown[]);
  }
  throw new Error(`widget ${f.widget} (${path})`);
}

async function fillObject(path: string, f: CmsField, v: Record<string, unknown>): Promise<void> {
  const at = section(path);
  // An optional group is switched on with its checkbox; the consent group is added with a type.
  const toggle = at.getByRole('checkbox').first();
  if (f.required === false && (await toggle.count()) && (await toggle.getAttribute('aria-checked')) !== 'true')
    await toggle.click();
  let fields = f.fields as CmsField[] | undefined;
  if (f.types) {
    const types = f.types as (CmsField & { fields: CmsField[] })[];
    const type = types.find((t) => t.name === v[String(f.typeKey)])!;
    await at
      .getByRole('button', { name: /toevoegen/ })
      .first()
      .click();
    await page.getByRole('menuitem', { name: type.label }).click();
    fields = type.fields;
  }
  for (const sub of fields!) await fill(`${path}.${sub.name}`, sub, v[sub.name]);
}

async function fillList(path: string, f: CmsField, items: unknown[]): Promise<void> {
  const at = section(path);
  const sub = f.fields as CmsField[] | undefined;
  for (const [i, item] of items.entries()) {
    const inputs = at.getByRole('textbox', { name: 'Itemwaarde' });
    if (!sub && !f.field && (await inputs.count()) > i) {
      await inputs.nth(i).fill(String(item));
      continue;
    }
    await at
      .getByRole('button', { name: /toevoegen/ })
      .last()
      .click();
    if (sub) for (const s of sub) await fill(`${path}.${i}.${s.name}`, s, (item as Record<string, unknown>)[s.name]);
    else if (f.field) await fill(`${path}.${i}`, f.field as CmsField, item);
    else await at.getByRole('textbox', { name: 'Itemwaarde' }).nth(i).fill(String(item));
  }
}

/**
 * The field (or one item of a list) with a line break from Word pasted in (U+000B): the form does not
 * save and says why beside the field, in our words (lib/pasted-characters), until the editor types the
 * text again.
 */
async function refusesPastedCharacter(path: string, value: string): Promise<void> {
  const input = section(path).locator('input').first();
  await input.fill(`${value.slice(0, 3)}\u000b${value.slice(3)}`);
  await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
  await section(path).getByText(pastedCharacterFormPattern.message).first().waitFor();
  await input.fill(value);
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
  await page.waitForURL((u) => !/\/(new|entries\/)/.test(u.hash), { timeout: 60_000 });
}

describe('Sveltia CMS saves through its own code (local repository in Chromium)', () => {
  it('creates an entry in every collection, edits one field of a real entry and deletes one', async () => {
    for (const name of order) {
      const c = config.collections.find((x) => x.name === name)!;
      await page.goto(`${server.url}admin/#/collections/${name}/new`);
      await section(c.fields[0]!.name).waitFor();
      for (const f of c.fields) await fill(f.name, f, typed[name][f.name]);
      if (name === 'verhalen') {
        await refusesPastedCharacter('titel', String(typed.verhalen.titel));
        await refusesPastedCharacter('tags.0', String((typed.verhalen.tags as string[])[0]));
      }
      await save();
    }
    await page.goto(`${server.url}admin/#/collections/${EDITED.collection}/entries/${EDITED.id}`);
    await section(EDITED.field).locator('input').first().fill(EDITED.value);
    await save();
    await page.goto(`${server.url}admin/#/collections/agenda/entries/nijntje-65-jaar`);
    await section('titel').waitFor();
    await page.getByRole('button', { name: 'Editoropties tonen' }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.waitForURL((u) => !u.hash.includes('/entries/'));
    after = await readFolder(page);
    expect(problems).toEqual([]);
  }, 900_000);

  it('wrote one new file per collection, deleted one and changed exactly the edited line of the other', () => {
    const text = (files: RepoFiles, p: string) => Buffer.from(files[p]!).toString('utf8');
    const added = Object.keys(after)
      .filter((p) => !(p in before))
      .sort();
    const removed = Object.keys(before).filter((p) => !(p in after));
    const changed = Object.keys(after).filter(
      (p) => p in before && Buffer.compare(Buffer.from(before[p]!), Buffer.from(after[p]!)) !== 0,
    );
    expect(removed).toEqual([DELETED]);
    expect(added.filter((p) => !p.startsWith('content/afbeeldingen/'))).toEqual(
      order.map((n) => `content/${n}/${ids[n]}.${contentTypes[n].files.cms.extension}`).sort(),
    );
    expect(added.filter((p) => p.startsWith('content/afbeeldingen/')).length).toBeGreaterThan(0);
    const edited = `content/${EDITED.collection}/${EDITED.id}.md`;
    expect(changed).toEqual([edited]);
    const old = text(before, edited).split('\n');
    const now = text(after, edited).split('\n');
    expect(now.length).toBe(old.length);
    expect(now.flatMap((line, i) => (line === old[i] ? [] : [`-${old[i]}`, `+${line}`]))).toEqual([
      `-${old.find((l) => l.startsWith('titel: '))}`,
      `+titel: ${EDITED.value}`,
    ]);
  });

  it('every file the CMS wrote is already in the form of our normaliser (src/admin/cms-format)', () => {
    for (const p of Object.keys(after).filter(
      (x) => /^content\/[a-z]+\/[^/]+\.(md|yaml)$/.test(x) && !x.startsWith('content/afbeeldingen/'),
    )) {
      const collection = p.split('/')[1] as CollectionName;
      const written = Buffer.from(after[p]!).toString('utf8');
      expect(canonicalContent(collection, written), p).toBe(written);
    }
  });

  it('the uploaded photos carry no GPS position and no owner', async () => {
    const uploads = Object.keys(after).filter((p) => p.startsWith('content/afbeeldingen/') && !(p in before));
    expect(uploads.length).toBeGreaterThan(0);
    // The photo as uploaded does carry them, so the check below can fail.
    expect(privateFields(await sharp(readFileSync(GPS_PHOTO)).metadata())).toEqual(
      expect.arrayContaining(['GPS-positie (EXIF)', 'eigenaar van de camera (CameraOwnerName)']),
    );
    for (const p of uploads) expect(privateFields(await sharp(Buffer.from(after[p]!)).metadata()), p).toEqual([]);
  });
});

/** The file names the CMS gave the new entries (from their titles). */
const ids: Record<CollectionName, string> = {
  scholen: 'proefschool-de-brug',
  ambassadeurs: 'zoe',
  verhalen: 'zoe-leert-zorgen-in-overvecht',
  agenda: 'open-dag-van-de-proefschool',
  tour: 'bezoek-van-de-mbo-tour-030-bij-nimeto',
  paginas: 'proefpagina-uit-het-formulier',
  gespot: 'op-de-bouwkeet',
};

describe('what the CMS wrote passes the content check and builds', () => {
  let dir = '';
  let out = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mbo030-cms-'));
    for (const [p, bytes] of Object.entries(after)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), bytes);
    }
    out = join(dir, 'dist');
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('the content check finds nothing', async () => {
    const findings = await checkContent({ dir: join(dir, 'content'), cwd: dir, now: new Date(NOW) });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.field}: ${f.message}`).join('\n')).toBe('');
  });

  it('one full build is green and every new page shows what was typed', async () => {
    const { code, output } = await runAstro('build', {
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: out,
      CACHE_DIR: join(dir, 'cache'),
      MBO030_NOW: NOW,
    });
    expect(code, output.slice(-3000)).toBe(0);
    for (const name of order) {
      // The page as a reader gets it: node-html-parser reads the character references back.
      const doc = builtPage(out, `/${contentTypes[name].page(ids[name])}`);
      const shown = text(doc);
      const t = typed[name];
      for (const value of [t.titel ?? t.naam, t.samenvatting ?? t.wat ?? t.beschrijving ?? t.omschrijving])
        expect(shown, `${name}: ${String(value)}`).toContain(String(value));
      const firstParagraph = typeof t.body === 'string' ? t.body.split('\n')[0]! : undefined;
      if (firstParagraph) expect(shown, `${name}: tekst`).toContain(firstParagraph);
      if (typeof t.body === 'string' && t.body.includes(ANY_CHARACTERS))
        expect(
          doc.querySelectorAll('p').map((p) => text(p)),
          `${name}: tekst met alle soorten tekens`,
        ).toContain(ANY_CHARACTERS);
    }
    // The news feed is XML a feed reader can read (only XML 1.0 characters), with the summary as typed.
    const feed = readFileSync(join(out, 'verhalen/rss.xml'), 'utf8');
    expect(feed).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    const items = (new XMLParser().parse(feed) as { rss: { channel: { item: { description: string }[] } } }).rss.channel
      .item;
    expect(items.map((i) => i.description)).toContain(String(typed.verhalen.samenvatting));
    // The event's calendar file has the summary as one escaped iCalendar text (RFC 5545), folded at 75 octets.
    const ics = readFileSync(join(out, `agenda/${ids.agenda}.ics`), 'utf8');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(escapeText(String(typed.agenda.samenvatting)));
    expect(existsSync(join(out, 'agenda/nijntje-65-jaar/index.html'))).toBe(false);
    expect(readFileSync(join(out, 'verhalen/beroepentuin-overvecht/index.html'), 'utf8')).toContain(EDITED.value);
  }, 600_000);
});

/**
 * The preview pane against the built page of the same entry: the same heading
 * and running text, in the same font family, and that font really loaded (the
 * site's Noto Sans files, from our own origin). The built page and /admin/ are
 * those of the real test site (tests/helpers/site-builds.ts), served above.
 */
describe('the preview pane shows the story as the built page does', () => {
  it('same heading, same text (line breaks and typography), same font (loaded)', async () => {
    const site = server;
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    try {
      await useOriginPrivateFolder(context);
      const p = await context.newPage();
      p.setDefaultTimeout(120_000);
      const font = (e: Element, sel: string) => {
        const el = e.querySelector(sel)!;
        const family = getComputedStyle(el).fontFamily.split(',')[0]!.replace(/"/g, '').trim();
        return {
          family,
          loaded:
            el.ownerDocument.fonts.check(`16px "${family}"`) &&
            [...el.ownerDocument.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded'),
        };
      };
      const words = (s: string) => s.replace(/\s+/g, ' ').trim();
      const entries: [string, string, string][] = [
        ['verhalen', 'beroepentuin-overvecht', 'verhalen/beroepentuin-overvecht/'],
        ['tour', 'mbo-utrecht-zorg-en-welzijn', 'mbo-tour-030/mbo-utrecht-zorg-en-welzijn/'],
      ];
      const built: Record<string, { h1: string; body: string; font: unknown }> = {};
      for (const [, id, path] of entries) {
        await p.goto(`${site.url}${path}`);
        await p.evaluate(() => document.fonts.ready);
        built[id] = {
          h1: await p.locator('h1').first().innerText(),
          body: words(await p.locator('.prose').first().innerText()),
          font: await p.locator('body').evaluate(font, '.prose p'),
        };
      }
      await p.goto(`${site.url}admin/`);
      await fillFolder(p, before);
      await p.getByRole('button', { name: 'Werken met een lokale repository' }).click();
      for (const [collection, id] of entries) {
        await p.goto(`${site.url}admin/#/collections/${collection}/entries/${id}`);
        const preview = p.locator('iframe').first().contentFrame();
        await expect.poll(() => preview.locator('h1').innerText(), { timeout: 120_000 }).toBe(built[id]!.h1);
        await expect
          .poll(() => preview.locator('body').evaluate(font, '.prose p'), { timeout: 120_000 })
          .toEqual(built[id]!.font);
        expect((built[id]!.font as { family: string }).family).toMatch(/^Noto Sans/);
        // Same words and punctuation (curly quotes, dashes), and no line broken where the source wraps.
        expect(words(await preview.locator('.prose').first().innerText()), id).toBe(built[id]!.body);
        expect(await preview.locator('.prose br').count(), id).toBe(0);
      }
    } finally {
      await context.close();
    }
  }, 900_000);
});
