/** Agenda: city events where mbo students take the stage (content/agenda/, schema in src/schemas/agenda.ts). */
import { eventWhen } from '../lib/event-labels';
import { path } from '../lib/routes';
import { cardEventDate } from '../lib/share-card-text';
import { eventCategories } from '../lib/vocabulary';
import { eventSchema } from '../schemas/agenda';
import { contentType, textFiles } from './content-type';
import { ambassadors, draft, figure, location, precision, schools, source, summary, title } from './form-texts';
import { q, sharedPlaceholders } from './placeholders';

const placeholders = {
  eventSummary: 'Schrijf hier in één of twee korte zinnen wat er gebeurt en wat mbo-studenten doen.',
};

export const agenda = contentType({
  files: textFiles,
  schema: eventSchema,
  images: { afbeelding: 1200 },
  page: (id) => path('event', { id }),
  form: {
    label: 'Agenda',
    singular: 'Evenement',
    fields: {
      titel: title,
      samenvatting: summary,
      start: {
        label: 'Start',
        hint: 'Zo precies als de bron: 2022-08-19, 2022-08-19T14:00 (Utrechtse tijd), 2020-08 of 2021. Geen datum bekend? Laat leeg.',
      },
      eind: {
        label: 'Einde',
        hint: 'Alleen bij een hele startdatum, in dezelfde vorm. Leeg bij één dag. Verzin geen periode.',
      },
      heleDag: { label: 'Duurt de hele dag', hint: 'Leeg laten: zonder tijd is het de hele dag.' },
      precisie: precision,
      locatie: {
        label: 'Locatie',
        hint: 'Alleen als de bron een plek noemt. Noemt de bron geen plek? Laat leeg.',
        fields: location,
      },
      ambassadeurs: ambassadors,
      bron: source,
      scholen: schools,
      categorie: { label: 'Soort evenement', hint: 'Voor het filter op de agenda.' },
      uitkomst: {
        label: 'Uitkomst (alleen met bron)',
        hint: 'Alleen invullen als een bron zegt wat er gebeurde. Een datum die voorbij is, zegt niet of het evenement doorging. Leeg: de site zegt niets over de afloop.',
        fields: {
          soort: { label: 'Wat gebeurde er?', hint: 'Gehouden, afgelast of verplaatst, zoals de bron het zegt.' },
          tekst: { label: 'In één zin', hint: 'Wat er gebeurde, zoals de bron het vertelt.' },
          bron: {
            label: 'Bron van de uitkomst',
            hint: 'Verplicht. Waar staat dat het zo ging? Het document en de paragraaf, of een webadres.',
          },
          oorspronkelijk: {
            label: 'Oorspronkelijke datum',
            hint: 'Alleen bij verplaatst: de oude datum. De nieuwe staat bij Start.',
          },
        },
      },
      volgnummer: {
        label: 'Volgnummer',
        hint: "Eén hoger bij elke wijziging van datum, tijd, plek of uitkomst, zodat agenda's van abonnees bijwerken.",
      },
      aanmelden: { label: 'Aanmeldlink', hint: 'Een webadres dat begint met https://, als aanmelden nodig is.' },
      afbeelding: figure('Afbeelding'),
      draft,
    },
  },
  preview: { title: 'titel', lead: 'samenvatting', eyebrow: 'Agenda', image: 'afbeelding' },
  newEntry: {
    command: 'evenement',
    needs: ['titel', 'start', 'categorie'],
    questions: {
      start: 'Startdatum (JJJJ-MM-DD, of JJJJ-MM als er alleen een maand bekend is)',
      categorie: `Categorie (${eventCategories.join(', ')})`,
    },
    placeholders,
    frontMatter: (f) => `titel: ${q(f.titel!)}
samenvatting: ${q(placeholders.eventSummary)}
# JJJJ-MM-DD, "JJJJ-MM-DDTuu:mm" met tijd, of JJJJ-MM / JJJJ als de bron alleen maand of jaar noemt.
# Noemt de bron geen datum? Laat start dan weg. Verzin nooit een periode.
start: ${/T/.test(f.start!) ? q(f.start!) : f.start}
# eind (alleen bij een hele datum): ${f.start}
categorie: ${f.categorie}
# Ids uit content/scholen/ van de scholen die meedoen.
scholen: [${f.school ?? ''}]
# Ids uit content/ambassadeurs/ van wie meedoet. Noem een naam in de tekst alleen met <Persoon id="…" /> (in .mdx).
ambassadeurs: []
# Waar komen de feiten vandaan? Document en paragraaf, of een webadres. Staat op de pagina als "Bron".
bron: ${q(sharedPlaceholders.source)}
# Alleen als de bron een plek noemt:
# locatie:
#   naam: Naam van de plek
#   adres: Straat 1
#   plaats: Utrecht
# aanmelden: https://…
# Alleen als een bron zegt wat er gebeurde (een voorbije datum is geen uitkomst):
# uitkomst:
#   soort: gehouden (of afgelast, verplaatst)
#   tekst: Wat er gebeurde, in één zin, zoals de bron het zegt.
#   bron: Waar staat dat? Document en paragraaf, of een webadres.
#   oorspronkelijk: 2022-10-01 (alleen bij verplaatst: de oude datum; de nieuwe staat bij start)
draft: false`,
  },
  shareCard: {
    title: 'titel',
    eyebrow: (d) => {
      const date = cardEventDate(d);
      return date ? `Agenda · ${date}` : 'Agenda';
    },
    schools: (d) => d.scholen,
  },
  search: {
    kind: { value: 'evenement', label: 'Evenement' },
    facts: (d) => ({
      schools: d.scholen,
      summary: d.samenvatting,
      image: { src: d.afbeelding?.src, kind: 'wide' },
      start: d.start,
      end: d.eind,
      dateLabel: eventWhen(d),
    }),
  },
});
