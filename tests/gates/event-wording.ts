/**
 * "A past date is not an outcome", checked on a built site: no page, card, feed
 * or JSON-LD says an event was held (or gives it a status, a place or an
 * organizer) unless its content file records that. Returns faults as lines;
 * an empty list means the site keeps the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

/** What a content file records about one event. */
export interface EventRecord {
  /** `uitkomst.soort`, when a source records an outcome. */
  outcome?: string | undefined;
  hasPlace: boolean;
}

/** The events of a content folder: id → what its file records. */
export function eventRecords(contentDir: string): Map<string, EventRecord> {
  const dir = join(contentDir, 'agenda');
  const out = new Map<string, EventRecord>();
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
    const data = (parseYaml(front) ?? {}) as { uitkomst?: { soort?: string }; locatie?: unknown };
    out.set(file.replace(/\.mdx?$/, ''), { outcome: data.uitkomst?.soort, hasPlace: data.locatie !== undefined });
  }
  return out;
}

/** Words that claim what happened at an event, or that past-tense its taking place. */
const happened =
  /\b(geweest|gehouden|afgelast|geannuleerd|verplaatst|was|waren|vond plaats|deden mee|meededen|stonden)\b/i;
/** The site's old ways of calling a passed date an outcome: never anywhere outside an editor's own text. */
const neverInSiteText = /\b(geweest|deden mee|meededen|op het podium stonden|nog niet bezocht)\b/i;
const outcomeWord: Record<string, string> = { gehouden: 'Gehouden', afgelast: 'Afgelast', verplaatst: 'Verplaatst' };

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
// structuredText puts blocks apart: compressed HTML has no space between "Geweest" and the next element's text.
const textOf = (el: HTMLElement | null | undefined) => clean(el?.structuredText ?? '');

/** The site's own text on a page: everything visible except editors' bodies (.prose), scripts and styles. */
function siteText(root: HTMLElement): string {
  const copy = parse(root.toString());
  for (const el of copy.querySelectorAll('script, style, template, .prose')) el.remove();
  return textOf(copy.querySelector('body') ?? copy);
}

/** Faults on one built page. `urlPath` like "/agenda/x/" (base path removed). */
export function pageFaults(urlPath: string, html: string, events: Map<string, EventRecord>): string[] {
  const root = parse(html);
  const faults: string[] = [];
  const own = siteText(root);
  const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  for (const [where, text] of [
    ['tekst', own],
    ['beschrijving', description],
  ] as const) {
    const m = neverInSiteText.exec(text);
    if (m) faults.push(`${urlPath}: ${where} zegt "${m[0]}"`);
  }
  // Every event card: an outcome word only with a recorded outcome, and then the right one.
  for (const card of root.querySelectorAll('[data-event-card]')) {
    const id = card.getAttribute('data-event-card')!;
    const rec = events.get(id);
    const text = textOf(card);
    if (rec?.outcome) {
      if (!text.includes(outcomeWord[rec.outcome]!))
        faults.push(`${urlPath}: kaart ${id} toont de uitkomst ${rec.outcome} niet`);
    } else if (happened.test(text))
      faults.push(`${urlPath}: kaart ${id} zonder uitkomst zegt "${happened.exec(text)![0]}"`);
  }
  // An event's own page: the eyebrow and the facts.
  const own_ = /^\/agenda\/([^/]+)\/$/.exec(urlPath)?.[1];
  const rec = own_ ? events.get(own_) : undefined;
  if (own_ && rec && !rec.outcome) {
    const header = [
      textOf(root.querySelector('article .eyebrow')),
      textOf(root.querySelector('article [data-event-state]')),
      textOf(root.querySelector('main dl')),
    ].join(' ');
    const m = happened.exec(header);
    if (m) faults.push(`${urlPath}: evenement zonder uitkomst zegt "${m[0]}"`);
  }
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const ld = JSON.parse(script.textContent) as Record<string, unknown>;
    if (ld['@type'] !== 'Event') continue;
    const id = /\/agenda\/([^/]+)\/$/.exec(String(ld.url))?.[1] ?? '';
    const r = events.get(id);
    if (!r) faults.push(`${urlPath}: JSON-LD voor onbekend evenement ${id}`);
    if (ld.eventStatus && !r?.outcome) faults.push(`${urlPath}: JSON-LD eventStatus zonder uitkomst (${id})`);
    if (ld.location && !r?.hasPlace) faults.push(`${urlPath}: JSON-LD location zonder locatie (${id})`);
    if (ld.organizer) faults.push(`${urlPath}: JSON-LD organizer, maar geen veld legt een organisator vast (${id})`);
  }
  return faults;
}

/** Faults in one iCalendar file: STATUS and "Afgelast:" only from a recorded outcome. */
export function calendarFaults(name: string, ics: string, events: Map<string, EventRecord>): string[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const faults: string[] = [];
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    const id = /^UID:([^@\r\n]+)@/m.exec(block)?.[1] ?? '';
    const status = /^STATUS:(\w+)/m.exec(block)?.[1];
    const summary = /^SUMMARY:(.*)$/m.exec(block)?.[1] ?? '';
    const outcome = events.get(id)?.outcome;
    const want = outcome === 'afgelast' ? 'CANCELLED' : outcome ? 'CONFIRMED' : undefined;
    if (status !== want) faults.push(`${name}: ${id} heeft STATUS ${status ?? '(geen)'}, verwacht ${want ?? '(geen)'}`);
    if (/^(Afgelast|Geannuleerd):/.test(summary) !== (outcome === 'afgelast'))
      faults.push(`${name}: ${id} titel "${summary}" past niet bij de uitkomst`);
  }
  return faults;
}
