/** Mbo Tour 030: the diary of the alderman's school visits (content/tour/, schema in src/schemas/tour.ts). */
import { formatDate } from '../lib/dutch-dates';
import { path } from '../lib/routes';
import { tourSchema } from '../schemas/tour';
import { contentType, textFiles } from './content-type';
import { ambassadors, draft, figure, precision, source, summary, title, vagueDate } from './form-texts';
import { q, sharedPlaceholders } from './placeholders';

const placeholders = { visitSummary: 'Schrijf hier in één of twee korte zinnen wat de wethouder deed en zag.' };

export const tour = contentType({
  files: textFiles,
  schema: tourSchema,
  images: { fotos: 1200 },
  page: (id) => path('tourVisit', { id }),
  form: {
    label: 'Mbo Tour 030',
    singular: 'Bezoek',
    fields: {
      titel: title,
      datum: vagueDate('Datum van het bezoek'),
      gepubliceerd: {
        label: 'Publicatiedatum',
        hint: 'De dag waarop dit stuk op deze site verschijnt (voor de nieuwsfeed). Niet de dag van het bezoek.',
      },
      precisie: precision,
      school: { label: 'School', hint: 'De school die bezocht werd.' },
      locatie: { label: 'Locatie of academie', hint: 'Welke locatie werd bezocht.' },
      opleidingen: { label: 'Opleidingen', hint: 'Welke opleidingen werden bezocht.' },
      ontmoet: {
        label: 'Wie werd ontmoet?',
        hint: 'Een rol, en een naam alleen als de bron de persoon noemt.',
        fields: {
          rol: { label: 'Rol', hint: 'Bijvoorbeeld "docent" of "studenten zorg".' },
          naam: { label: 'Naam', hint: 'Alleen als de bron deze naam noemt.' },
        },
      },
      ambassadeurs: ambassadors,
      bron: source,
      samenvatting: summary,
      fotos: figure("Foto's of tekeningen"),
      draft,
    },
  },
  preview: { title: 'titel', lead: 'samenvatting', eyebrow: 'Mbo Tour 030', image: 'fotos' },
  newEntry: {
    command: 'tour',
    needs: ['titel', 'school', 'datum', 'locatie'],
    questions: { datum: 'Datum van het bezoek (JJJJ-MM-DD, of JJJJ-MM)', locatie: 'Locatie of academie' },
    placeholders,
    frontMatter: (f, today) => `titel: ${q(f.titel!)}
datum: ${f.datum}
school: ${f.school}
locatie: ${q(f.locatie!)}
# Opleidingen die de wethouder bezocht, bijvoorbeeld [verpleegkunde, ict].
opleidingen: []
# Met wie is gesproken: een rol, en alleen een naam als de persoon dat goedvindt.
ontmoet:
  - rol: studenten
samenvatting: ${q(placeholders.visitSummary)}
# Ids uit content/ambassadeurs/ van ambassadeurs die erbij waren.
ambassadeurs: []
# Waar komen de feiten vandaan? Document en paragraaf, of een webadres. Staat op de pagina als "Bron".
bron: ${q(sharedPlaceholders.source)}
# fotos:
#   - src: ../afbeeldingen/bezoek.jpg
#     alt: Wat er op de foto te zien is
# De dag dat dit stuk op deze site komt (voor de nieuwsfeed), niet de dag van het bezoek.
gepubliceerd: ${today}
draft: false`,
  },
  shareCard: {
    title: 'titel',
    eyebrow: (d) => `Mbo Tour 030 · ${formatDate(d.datum, d.precisie)}`,
    schools: (d) => [d.school],
  },
  search: {
    kind: { value: 'tourverslag', label: 'Tourverslag' },
    facts: (d) => ({
      schools: [d.school],
      summary: d.samenvatting,
      image: { src: d.fotos[0]?.src, kind: 'wide' },
      start: d.datum,
      dateLabel: formatDate(d.datum, d.precisie),
    }),
  },
  feed: (d) => ({
    title: d.titel,
    published: d.gepubliceerd,
    description: d.samenvatting,
    schools: [d.school],
    categories: ['Mbo Tour 030'],
  }),
});
